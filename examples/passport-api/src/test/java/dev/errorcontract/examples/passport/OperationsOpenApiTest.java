package dev.errorcontract.examples.passport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The per-operation OpenAPI document the processor writes from the resource's throws clauses: valid for
 * swagger-parser, with each operation's errors. That its examples are the bytes the server sends is
 * checked by {@link PassportApiIT}.
 */
class OperationsOpenApiTest {

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = OperationsOpenApiTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return in.readAllBytes();
    }
  }

  private static OpenAPI parse() throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(
        new String(resource("/META-INF/error-contract/operations.openapi.json"), StandardCharsets.UTF_8), null, options);
    assertEquals(List.of(), result.getMessages());
    return result.getOpenAPI();
  }

  /** Per operation, its response codes and their examples' names. */
  private static Map<String, String> errors(OpenAPI api) {
    Map<String, String> errors = new TreeMap<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
      StringBuilder text = new StringBuilder();
      operation.getResponses().forEach((code, response) -> text.append(code).append(examples(response)).append(' '));
      errors.put(method + " " + path, text.toString().trim());
    }));
    return errors;
  }

  private static List<String> examples(ApiResponse response) {
    return List.copyOf(response.getContent().get("application/json").getExamples().keySet());
  }

  @Test
  void everyOperationHasItsDeclaredErrorsAndTheFrameworksConditions() throws IOException {
    OpenAPI api = parse();
    assertEquals("3.1.0", api.getOpenapi());
    assertEquals(Map.of(
        "GET /registry/signing-message", "500[INTERNAL_SERVER_ERROR]",
        "POST /registry/submit-passport", "400[BAD_REQUEST, UNABLE_TO_GET_SCORE_FOR_PROVIDED_SCORER_ID, INVALID_NONCE,"
            + " ADDRESS_DOES_NOT_MATCH_SIGNATURE] 500[INTERNAL_SERVER_ERROR]",
        "GET /registry/score/{scorer_id}/{address}", "400[UNABLE_TO_GET_SCORE_FOR_PROVIDED_SCORER_ID, BAD_REQUEST]"
            + " 404[NOT_FOUND] 500[INTERNAL_SERVER_ERROR]",
        "GET /registry/score/{scorer_id}", "400[UNABLE_TO_GET_SCORE_FOR_PROVIDED_SCORER_ID, BAD_REQUEST, INVALID_LIMIT]"
            + " 500[INTERNAL_SERVER_ERROR]",
        "GET /registry/stamps/{address}", "400[BAD_REQUEST, INVALID_LIMIT] 500[INTERNAL_SERVER_ERROR]"),
        errors(api));
  }

  @Test
  void pathAndQueryParametersAreTheResourcesOwn() throws IOException {
    Operation scores = parse().getPaths().get("/registry/score/{scorer_id}").getGet();
    assertEquals("RegistryResource.scores", scores.getOperationId());
    assertEquals(List.of("path scorer_id true", "query limit false", "query offset false"),
        scores.getParameters().stream().map(p -> p.getIn() + " " + p.getName() + " " + p.getRequired()).toList());
  }

  @Test
  void microProfileOpenApiFindsTheSameDocument() throws IOException {
    assertArrayEquals(resource("/META-INF/error-contract/operations.openapi.json"), resource("/META-INF/openapi.json"));
  }
}
