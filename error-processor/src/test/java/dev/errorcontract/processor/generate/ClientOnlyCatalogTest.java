package dev.errorcontract.processor.generate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.UndocumentedAnswerException;
import dev.errorcontract.catalog.UndocumentedAnswerException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: a client-only catalog ({@link Scenarios#CLIENT}) holds the page's rows and nothing else. The
 * library adds no answer for the statuses no row answers (403, the 5XX class): not in the enum, the
 * table, the decoder or the documents; and the table answers no status or condition. Its generated
 * sources are pinned by {@link GoldenFilesTest}.
 */
class ClientOnlyCatalogTest {

  private static final Compiled CLIENT = Compiled.compile(Scenarios.CLIENT.sources());
  private static final String JSON = "application/json";
  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final String REFUSAL = "The Payments catalog is client-only (@ErrorCatalog(clientOnly = true)):"
      + " it describes someone else's API, and none of its errors answers a status or condition of this server";

  @Test
  void theEnumAndTheTableHoldOnlyThePageRows() throws Exception {
    Class<?> errors = CLIENT.load("client.PaymentsError");
    assertEquals(List.of("MISSING_REQUIRED_PARAM", "YOUR_CARD_WAS_DECLINED"),
        Arrays.stream(errors.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
    ErrorTable table = (ErrorTable) errors.getMethod("table").invoke(null);
    assertEquals(List.of("Missing required param: {param}.", "Your card was declined."),
        table.errors().stream().map(DocumentedError::detail).toList());
    assertFalse(table.errors().stream().anyMatch(DocumentedError::addedByLibrary));
    assertEquals("Forbidden", table.status(403).orElseThrow().title());
    assertEquals(List.of(), table.errors().get(0).answers().stream().toList());
    // The exceptions are the page's rows only.
    assertEquals(List.of("MissingRequiredParam", "YourCardWasDeclined"),
        Arrays.stream(CLIENT.load("client.PaymentsException").getDeclaredClasses()).map(Class::getSimpleName)
            .sorted().toList());
  }

  @Test
  void theTableAnswersNoStatusAndNoCondition() throws Exception {
    ErrorTable table = (ErrorTable) CLIENT.load("client.PaymentsError").getMethod("table").invoke(null);
    for (int status : new int[] {400, 402, 403, 404, 503}) {
      UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
          () -> table.forStatus(status));
      assertEquals(REFUSAL, refused.getMessage());
    }
    for (Condition condition : Condition.values()) {
      UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
          () -> table.forCondition(condition));
      assertEquals(REFUSAL, refused.getMessage());
    }
  }

  @Test
  void theDecoderReadsOnlyThePageRows() throws Exception {
    ErrorDecoder decoder = (ErrorDecoder) CLIENT.load("client.PaymentsDecoder").getMethod("decoder").invoke(null);
    // The answers a server built with the library would add are undocumented here.
    assertUndocumented(decoder, Reason.UNDOCUMENTED_STATUS, 403, "{\"message\":\"Forbidden\"}");
    assertUndocumented(decoder, Reason.UNDOCUMENTED_STATUS, 403,
        "{\"message\":\"Forbidden\",\"code\":null,\"doc_url\":\"https://example.com/docs/errors\"}");
    assertUndocumented(decoder, Reason.UNDOCUMENTED_STATUS, 503,
        "{\"message\":\"Server Error\",\"code\":null,\"doc_url\":\"https://example.com/docs/errors\"}");
    assertUndocumented(decoder, Reason.UNDOCUMENTED_BODY, 402,
        "{\"message\":\"Request Failed\",\"code\":null,\"doc_url\":\"https://example.com/docs/errors\"}");
    // The page's rows decode, by meaning too, with any doc_url (declared to vary).
    CatalogException declined = decoder.decode(402, JSON, bytes(
        "{ \"doc_url\": \"https://example.com/docs/card-declined\", \"code\": \"card_declined\","
            + " \"message\": \"Your card was declined.\" }"));
    assertEquals("client.PaymentsException$YourCardWasDeclined", declined.getClass().getName());
    CatalogException missing = decoder.decode(400, JSON, bytes(
        "{\"message\":\"Missing required param: amount.\",\"code\":\"parameter_missing\","
            + "\"doc_url\":\"https://example.com/docs/errors\"}"));
    assertEquals("client.PaymentsException$MissingRequiredParam", missing.getClass().getName());
    assertEquals("Missing required param: amount.", missing.detail());
  }

  @Test
  void theDocumentsHoldOnlyThePageRows() throws IOException {
    // The page: the two rows, no "Answers added by the library", and no conditions.
    assertEquals("""
        # Payments errors

        This page is generated by error-contract from `client.PaymentsErrors`; change the catalog, not the \
        page.

        ## HTTP status codes

        | Code | Title                    | Description                                       |
        | ---- | ------------------------ | ------------------------------------------------- |
        | 400  | Bad Request              | The request is invalid.                           |
        | 402  | Request Failed           | The parameters were valid but the request failed. |
        | 403  | Forbidden                | The API key lacks permissions.                    |
        | 5XX  | Server Error (filled in) | Something went wrong on the API's end.            |

        (filled in): the published page gives no title for the status; the library uses the standard reason \
        phrase, which answers and documents carry as its title.

        ## Error types

        | Status | Code              | Detail                           | Description                      |
        | ------ | ----------------- | -------------------------------- | -------------------------------- |
        | 400    | parameter_missing | Missing required param: {param}. | A required parameter is missing. |
        | 402    | card_declined     | Your card was declined.          | The card was declined.           |

        ## Client only

        This catalog describes someone else's API, to call it (`clientOnly = true`): its answers are the \
        rows above, and any other answer is undocumented.

        ## Error body

        Every error is answered with a body of media type `application/json` with these members, in this \
        order:

        | Member    | Value                                                              |
        | --------- | ------------------------------------------------------------------ |
        | `message` | the error detail (string)                                          |
        | `code`    | the error's machine code (string); `null` where the error has none |
        | `doc_url` | always `"https://example.com/docs/errors"`                         |

        > Example error response (status 400).

        ```json
        {"message":"Missing required param: {param}.","code":"parameter_missing",\
        "doc_url":"https://example.com/docs/errors"}
        ```
        """, resource("Payments.md"));
    // The released contract: the two rows, none added, no condition answered.
    JsonNode catalog = JACKSON.readTree(resource("Payments.catalog.json"));
    assertEquals(List.of("MISSING_REQUIRED_PARAM:false:[]", "YOUR_CARD_WAS_DECLINED:false:[]"),
        rows(catalog.get("errors")));
    assertEquals("{}", catalog.get("conditions").toString());
    // The OpenAPI document: one example per row, under its status; none for 403 or 5XX.
    JsonNode responses = JACKSON.readTree(resource("Payments.openapi.json")).at("/components/responses");
    List<String> examples = new ArrayList<>();
    responses.fields().forEachRemaining(response -> response.getValue().findValues("examples")
        .forEach(e -> e.fieldNames().forEachRemaining(n -> examples.add(response.getKey() + ":" + n))));
    assertEquals(List.of("Payments400:MISSING_REQUIRED_PARAM", "Payments402:YOUR_CARD_WAS_DECLINED"), examples);
  }

  /** Per error of a catalog.json: constant, addedByLibrary, answers. */
  private static List<String> rows(JsonNode errors) {
    List<String> rows = new ArrayList<>();
    errors.forEach(e -> rows.add(e.get("constant").asText() + ":" + e.get("addedByLibrary").asBoolean() + ":"
        + e.get("answers")));
    return rows;
  }

  private static void assertUndocumented(ErrorDecoder decoder, Reason reason, int status, String body) {
    UndocumentedAnswerException e = assertThrows(UndocumentedAnswerException.class,
        () -> decoder.decode(status, JSON, bytes(body)));
    assertSame(reason, e.reason(), body);
    assertEquals(status, e.status());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  private static String resource(String name) {
    try (InputStream in = CLIENT.compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/" + name)
        .orElseThrow(() -> new AssertionError("not generated: " + name)).openInputStream()) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
