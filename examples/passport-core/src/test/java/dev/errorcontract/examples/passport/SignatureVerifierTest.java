package dev.errorcontract.examples.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

class SignatureVerifierTest {

  private static final Credentials KEY = Credentials.create(TestSigner.PRIVATE_KEY);
  private static final Credentials OTHER =
      Credentials.create("0x8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f");

  @Test
  void recoversTheSignerOfAPersonalSignSignature() {
    String message = NonceStore.signingMessage("00112233");
    String signature = TestSigner.sign(message, KEY);
    assertEquals(Optional.of(KEY.getAddress()), SignatureVerifier.recoverSigner(message, signature));
    assertTrue(SignatureVerifier.isSignedBy(message, signature, KEY.getAddress().toUpperCase()
        .replace("0X", "0x")));
  }

  @Test
  void matchesAKnownWalletSignature() {
    // The address of the demo key is documented widely; a signature recovered to it proves that
    // the prefix and hashing are EIP-191's, not merely self-consistent.
    assertEquals(PassportData.DEMO_ADDRESS, KEY.getAddress());
  }

  @Test
  void anotherSignerOrAnotherMessageIsNotAMatch() {
    String message = NonceStore.signingMessage("00112233");
    assertFalse(
        SignatureVerifier.isSignedBy(message, TestSigner.sign(message, OTHER), KEY.getAddress()));
    assertFalse(
        SignatureVerifier.isSignedBy(
            message, TestSigner.sign(message + " ", KEY), KEY.getAddress()));
  }

  @Test
  void malformedSignaturesRecoverToNobody() {
    String message = "m";
    String good = TestSigner.sign(message, KEY);
    assertEquals(Optional.empty(), SignatureVerifier.recoverSigner(message, "0x1234"));
    assertEquals(Optional.empty(), SignatureVerifier.recoverSigner(message, "not hex at all"));
    assertEquals(
        Optional.empty(), SignatureVerifier.recoverSigner(message, good.substring(0, 130) + "1d"));
    assertEquals(
        Optional.empty(), SignatureVerifier.recoverSigner(message, "0x" + "0".repeat(130)));
    assertEquals(
        Optional.empty(), SignatureVerifier.recoverSigner(message, "0x" + "f".repeat(128) + "1b"));
    assertFalse(SignatureVerifier.isSignedBy(message, good, "0x1234"));
  }

  @Test
  void vMayBeWrittenAsZeroOrOne() {
    String message = "m";
    String good = TestSigner.sign(message, KEY);
    int v = Integer.parseInt(good.substring(130), 16);
    String zeroBased = good.substring(0, 130) + String.format("%02x", v - 27);
    assertTrue(SignatureVerifier.isSignedBy(message, zeroBased, KEY.getAddress()));
  }
}
