package dev.errorcontract.examples.passport;

import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/** Signs messages as a wallet's {@code personal_sign} does, with a fixed test key. */
final class TestSigner {

  /** A private key published in web3 documentation; its address is {@link PassportData#DEMO_ADDRESS}. */
  static final String PRIVATE_KEY =
      "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";

  private TestSigner() {}

  /** The {@code 0x}-prefixed 65-byte {@code r || s || v} signature of {@code message}. */
  static String sign(String message, Credentials key) {
    Sign.SignatureData sig =
        Sign.signPrefixedMessage(message.getBytes(StandardCharsets.UTF_8), key.getEcKeyPair());
    byte[] bytes = new byte[65];
    System.arraycopy(sig.getR(), 0, bytes, 0, 32);
    System.arraycopy(sig.getS(), 0, bytes, 32, 32);
    bytes[64] = sig.getV()[0];
    return Numeric.toHexString(bytes);
  }
}
