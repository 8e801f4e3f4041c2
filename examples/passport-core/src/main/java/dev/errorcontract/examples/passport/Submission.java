package dev.errorcontract.examples.passport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The body of {@code POST /registry/submit-passport}, read from its raw bytes the same way by both
 * servers: a JSON object with the string members {@code address} (a well-formed address),
 * {@code signature} and {@code nonce}, and {@code scorer_id} as a string or a whole number. Anything
 * else is not a submission, which each server answers with the catalog's "Bad request".
 *
 * @param address the address to score
 * @param scorerId the scorer, as text
 * @param signature the EIP-191 signature of the signing message
 * @param nonce the nonce of the signing message
 */
public record Submission(String address, String scorerId, String signature, String nonce) {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The submission in {@code body}, or {@code null} when it is not one. */
  public static Submission read(byte[] body) {
    JsonNode json;
    try {
      json = MAPPER.readTree(body);
    } catch (IOException e) {
      return null;
    }
    if (json == null || !json.isObject()) {
      return null;
    }
    String address = text(json, "address");
    String scorerId = id(json, "scorer_id");
    String signature = text(json, "signature");
    String nonce = text(json, "nonce");
    if (address == null || scorerId == null || signature == null || nonce == null
        || !SignatureVerifier.isAddress(address)) {
      return null;
    }
    return new Submission(address, scorerId, signature, nonce);
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.get(field);
    return node != null && node.isTextual() ? node.asText() : null;
  }

  /** A scorer id, sent as a JSON string or a whole number. */
  private static String id(JsonNode json, String field) {
    JsonNode node = json.get(field);
    if (node != null && node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    return node != null && node.isTextual() ? node.asText() : null;
  }
}
