package dev.errorcontract.examples.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The error responses an HTTP suite saw, checked against the OpenAPI document the processor generated
 * for the catalog: every example in it must be the very bytes the server sent for that status.
 */
public final class SentErrors {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** {@code status + " " + body}, as sent over HTTP. */
  private static final Set<String> SENT = ConcurrentHashMap.newKeySet();

  private SentErrors() {}

  /** Records an error response that a test received and asserted. */
  static void record(int status, byte[] body) {
    if (status >= 400) {
      SENT.add(status + " " + new String(body, StandardCharsets.UTF_8));
    }
  }

  /**
   * Asserts that every example of {@code META-INF/error-contract/<catalog>.openapi.json} (in the
   * example's jar) was sent, byte for byte, with its response's status during the suite.
   */
  public static void assertEveryOpenApiExampleWasSent(String catalog) {
    String resource = "/META-INF/error-contract/" + catalog + ".openapi.json";
    List<String> missing = new ArrayList<>();
    int examples = 0;
    try (InputStream in = SentErrors.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource + " is generated into the example's classes");
      JsonNode responses = JSON.readTree(in).path("components").path("responses");
      for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> response = it.next();
        String status = response.getKey().substring(catalog.length());
        JsonNode content = response.getValue().path("content").path("application/json").path("examples");
        for (Iterator<Map.Entry<String, JsonNode>> e = content.fields(); e.hasNext(); ) {
          Map.Entry<String, JsonNode> example = e.next();
          examples++;
          // Compact, in document order: the form the server writes (its writer equals Jackson's).
          String bytes = JSON.writeValueAsString(example.getValue().path("value"));
          if (!SENT.contains(status + " " + bytes)) {
            missing.add(status + " " + example.getKey() + " " + bytes);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(examples > 0, "the OpenAPI document has examples");
    assertTrue(missing.isEmpty(), () -> "OpenAPI examples the server never sent: " + missing + "\nsent: " + SENT);
  }

  /**
   * Asserts that every example of the per-operation document {@code
   * META-INF/error-contract/operations.openapi.json} (issue 16) was sent, byte for byte, with the status
   * it is documented under, and that the document has operations.
   */
  public static void assertEveryOperationExampleWasSent() {
    String resource = "/META-INF/error-contract/operations.openapi.json";
    List<String> missing = new ArrayList<>();
    int examples = 0;
    try (InputStream in = SentErrors.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource + " is generated into the example's classes");
      JsonNode paths = JSON.readTree(in).path("paths");
      assertTrue(paths.size() > 0, "the operations document has paths");
      for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
        Map.Entry<String, JsonNode> path = p.next();
        for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
          Map.Entry<String, JsonNode> operation = o.next();
          for (Iterator<Map.Entry<String, JsonNode>> r = operation.getValue().path("responses").fields(); r.hasNext(); ) {
            Map.Entry<String, JsonNode> response = r.next();
            for (JsonNode media : response.getValue().path("content")) {
              for (Iterator<Map.Entry<String, JsonNode>> e = media.path("examples").fields(); e.hasNext(); ) {
                Map.Entry<String, JsonNode> example = e.next();
                examples++;
                String bytes = JSON.writeValueAsString(example.getValue().path("value"));
                if (!SENT.contains(response.getKey() + " " + bytes)) {
                  missing.add(operation.getKey() + " " + path.getKey() + " " + response.getKey() + " "
                      + example.getKey() + " " + bytes);
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(examples > 0, "the operations document has examples");
    assertTrue(missing.isEmpty(), () -> "operation examples the server never sent: " + missing + "\nsent: " + SENT);
  }
}
