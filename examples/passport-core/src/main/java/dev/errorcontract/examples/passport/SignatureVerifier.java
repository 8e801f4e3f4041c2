package dev.errorcontract.examples.passport;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SignatureException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * Verifies EIP-191 {@code personal_sign} signatures: the 65-byte {@code r || s || v} signature a
 * wallet returns for a text message, recovered to the signer's address with web3j.
 *
 * <p>Nothing here throws for bad input: a signature that is not 65 bytes of hex, has an impossible
 * {@code v}, or does not recover to a key is simply not a signature by anyone.
 */
public final class SignatureVerifier {

  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
  private static final Pattern SIGNATURE = Pattern.compile("(0x)?[0-9a-fA-F]{130}");

  private SignatureVerifier() {}

  /** Whether {@code text} is an Ethereum address: {@code 0x} and 40 hex digits, in any case. */
  public static boolean isAddress(String text) {
    return text != null && ADDRESS.matcher(text).matches();
  }

  /**
   * The address, lower-cased with {@code 0x}, whose key made {@code signature} over {@code message},
   * or empty when the signature is malformed or recovers to no key.
   */
  public static Optional<String> recoverSigner(String message, String signature) {
    if (message == null || signature == null || !SIGNATURE.matcher(signature).matches()) {
      return Optional.empty();
    }
    byte[] bytes = Numeric.hexStringToByteArray(signature);
    byte v = bytes[64];
    // Wallets write v as 27/28; some libraries (and EIP-2098-unaware signers) as 0/1.
    if (v == 0 || v == 1) {
      v += 27;
    }
    if (v != 27 && v != 28) {
      return Optional.empty();
    }
    byte[] r = java.util.Arrays.copyOfRange(bytes, 0, 32);
    byte[] s = java.util.Arrays.copyOfRange(bytes, 32, 64);
    try {
      BigInteger key =
          Sign.signedPrefixedMessageToKey(
              message.getBytes(StandardCharsets.UTF_8), new Sign.SignatureData(v, r, s));
      return Optional.of(Numeric.prependHexPrefix(Keys.getAddress(key)).toLowerCase(Locale.ROOT));
    } catch (SignatureException | RuntimeException e) {
      // r or s out of range, or no point on the curve: no signer.
      return Optional.empty();
    }
  }

  /** Whether {@code signature} is {@code address}'s EIP-191 signature of {@code message}. */
  public static boolean isSignedBy(String message, String signature, String address) {
    return isAddress(address)
        && recoverSigner(message, signature)
            .map(signer -> signer.equalsIgnoreCase(address))
            .orElse(false);
  }
}
