package dev.errorcontract.examples.passport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Success bodies, written by this application with Jackson into compact JSON bytes, and request bodies
 * read the same way. Reading the raw bytes here (instead of through a JAX-RS JSON provider) is what
 * lets a malformed body become the catalog's documented 400, not the provider's own error text.
 */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /** A 200 answer with {@code body} as compact JSON. */
  static Response ok(Object body) {
    try {
      return Response.ok(MAPPER.writeValueAsBytes(body), MediaType.APPLICATION_JSON_TYPE).build();
    } catch (JsonProcessingException e) {
      // Only this application's records are written; failing to write one is a bug, hence a 500.
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON object in {@code bytes}, or {@code null} when they are not one JSON object. */
  static JsonNode object(byte[] bytes) {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}
