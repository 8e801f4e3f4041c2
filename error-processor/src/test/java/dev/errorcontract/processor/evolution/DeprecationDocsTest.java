package dev.errorcontract.processor.evolution;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A deprecated row in the documentation: a Deprecated column in the Markdown tables (only in a catalog
 * with deprecated rows), {@code deprecated} in the OpenAPI row extension and description, and {@code
 * deprecated} in catalog.json, which is what lets the next release remove the row.
 */
class DeprecationDocsTest {

  private static final String SOURCE = EvolutionCorpus.SHOP
      .replace("detail = \"Slow down\",", "detail = \"Slow down\", deprecated = \"use the 429 answer\",")
      .replace("@Status(code = 409, title = \"Conflict\"", "@Status(code = 409, title = \"Conflict\", deprecated = \"gone in 3.0\"");

  private static final Compilation COMPILED = Contracts.compile(Contracts.withoutBaseline(SOURCE), null);

  private static String resource(String name) {
    try (InputStream in = COMPILED.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/" + name)
        .orElseThrow().openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void markdownHasADeprecatedColumn() {
    String page = resource("Shop.md");
    // No @PublishedPage: the default columns show every value on the wire (issue 25), the type included.
    assertThat(page).contains("""
        | Code     | Title             | Description                  | type    | Deprecated  |
        | -------- | ----------------- | ---------------------------- | ------- | ----------- |
        | 400      | Bad Request       | The request is wrong.        | invalid |             |
        | 404      | Not Found         | No such resource.            |         |             |
        | 409      | Conflict          | The state does not allow it. |         | gone in 3.0 |
        | 429      | Too Many Requests | Slow down.                   |         |             |
        | 500, 503 | Server Errors     | Our fault.                   |         |             |
        """);
    assertThat(page).contains("""
        | Status | Code          | type    | Detail                             | Description                | Deprecated         |
        | ------ | ------------- | ------- | ---------------------------------- | -------------------------- | ------------------ |
        | 400    | invalid_nonce | invalid | Invalid nonce                      | The nonce is wrong.        |                    |
        | 400    | invalid_limit | invalid | Invalid limit: {limit} (max {max}) | The limit is too high.     |                    |
        | 404    |               |         | No such route.                     | No resource has this path. |                    |
        | 429    |               | rate    | Slow down                          | Too many requests.         | use the 429 answer |
        """);
  }

  @Test
  void aCatalogWithoutDeprecationHasNoDeprecatedColumnOrMember() throws IOException {
    Compilation plain = Contracts.compile(Contracts.withoutBaseline(EvolutionCorpus.SHOP), null);
    assertThat(new String(Contracts.catalogJson(plain).orElseThrow(), StandardCharsets.UTF_8))
        .doesNotContain("deprecat");
    try (InputStream in = plain.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/Shop.md")
        .orElseThrow().openInputStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("Deprecated");
    }
  }

  @Test
  void openApiMarksTheDeprecatedRows() throws IOException {
    JsonNode responses = new ObjectMapper().readTree(resource("Shop.openapi.json")).get("components").get("responses");
    JsonNode slowDown = responses.get("Shop429").get("content").get("application/json").get("examples").get("SLOW_DOWN");
    assertEquals(true, slowDown.get("x-error-contract").get("deprecated").asBoolean());
    assertEquals("use the 429 answer", slowDown.get("x-error-contract").get("deprecation").asText());
    assertEquals("Too many requests. Deprecated: use the 429 answer", slowDown.get("description").asText());
    assertEquals("gone in 3.0", responses.get("Shop409").get("x-error-contract-deprecated").asText());
    assertThat(responses.get("Shop400").has("x-error-contract-deprecated")).isFalse();
  }

  @Test
  void catalogJsonCarriesTheDeprecation() throws IOException {
    JsonNode data = new ObjectMapper().readTree(resource("Shop.catalog.json"));
    assertEquals(3, data.get("format").asInt());
    assertEquals("gone in 3.0", data.get("statuses").get(2).get("deprecated").asText());
    assertEquals("use the 429 answer", data.get("errors").get(3).get("deprecated").asText());
    assertThat(data.get("errors").get(0).has("deprecated")).isFalse();
  }
}
