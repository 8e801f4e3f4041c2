package dev.errorcontract.examples.passport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * A wallet for trying the API from a shell: reads the answer of {@code GET /registry/signing-message}
 * on standard input, signs its message as {@code personal_sign} does, and prints the body for {@code
 * POST /registry/submit-passport}.
 *
 * <pre>{@code
 * curl -s -H 'X-API-Key: demo-api-key' http://127.0.0.1:8080/registry/signing-message \
 *   | java -cp passport-api.jar dev.errorcontract.examples.passport.DemoWallet PRIVATE_KEY 1
 * }</pre>
 *
 * <p>For demonstrations only: a real private key never belongs on a command line.
 */
public final class DemoWallet {

  private DemoWallet() {}

  /**
   * Arguments: the private key (hex) and the scorer id.
   *
   * @throws IOException when standard input cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: DemoWallet PRIVATE_KEY SCORER_ID < signing-message.json");
      System.exit(2);
    }
    Credentials key = Credentials.create(args[0]);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode issued = mapper.readTree(System.in);
    Sign.SignatureData sig =
        Sign.signPrefixedMessage(
            issued.get("message").asText().getBytes(StandardCharsets.UTF_8), key.getEcKeyPair());
    byte[] signature = new byte[65];
    System.arraycopy(sig.getR(), 0, signature, 0, 32);
    System.arraycopy(sig.getS(), 0, signature, 32, 32);
    signature[64] = sig.getV()[0];
    ObjectNode body = mapper.createObjectNode();
    body.put("address", key.getAddress());
    body.put("scorer_id", args[1]);
    body.put("signature", Numeric.toHexString(signature));
    body.put("nonce", issued.get("nonce").asText());
    System.out.println(mapper.writeValueAsString(body));
  }
}
