package dev.errorcontract.examples.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.swagger.v3.oas.models.OpenAPI;
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

/**
 * The per-operation OpenAPI document the processor writes into an example's class output, read the way
 * tools read it (swagger-parser), for the examples' tests.
 */
public final class OperationsDocument {

  /** Where the processor writes it. */
  public static final String PATH = "/META-INF/error-contract/operations.openapi.json";

  /** Where MicroProfile OpenAPI looks for a static document to merge. */
  public static final String MICROPROFILE_PATH = "/META-INF/openapi.json";

  private OperationsDocument() {}

  /** The bytes of a class-path resource, which must exist. */
  public static byte[] resource(String path) throws IOException {
    try (InputStream in = OperationsDocument.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return in.readAllBytes();
    }
  }

  /** The document, parsed and resolved; swagger-parser must have nothing to say about it. */
  public static OpenAPI parse() throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(
        new String(resource(PATH), StandardCharsets.UTF_8), null, options);
    assertEquals(List.of(), result.getMessages());
    return result.getOpenAPI();
  }

  /** Per operation ({@code "GET /path"}), its response codes each with its examples' names. */
  public static Map<String, String> errorsPerOperation(OpenAPI api) {
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
}
