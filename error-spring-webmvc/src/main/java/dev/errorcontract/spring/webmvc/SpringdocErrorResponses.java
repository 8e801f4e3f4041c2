package dev.errorcontract.spring.webmvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * springdoc-openapi's document ({@code /v3/api-docs}) given the documented error responses of each
 * operation: those the processor wrote, from the handler methods' {@code throws} clauses and the
 * conditions Spring MVC raises, into {@value #DOCUMENT} (every such file on the class path, one per
 * compiled module). Each operation springdoc lists at the same path and HTTP method gets, per status
 * code, the processor's response (its description, headers, body schema and the examples of exactly
 * the operation's errors), in place of any springdoc inferred for that code; the body schemas join the
 * document's {@code components}. Operations the processor did not document are left as they are.
 */
final class SpringdocErrorResponses implements GlobalOpenApiCustomizer {

  /** Where the processor writes a compilation's per-operation document. */
  static final String DOCUMENT = "META-INF/error-contract/operations.openapi.json";

  private final List<JsonNode> documents;

  /**
   * Reads every per-operation document {@code loader} sees.
   *
   * @throws UncheckedIOException at start-up, for a document that cannot be read, naming it
   */
  SpringdocErrorResponses(ClassLoader loader) {
    List<JsonNode> read = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(DOCUMENT))) {
        try (InputStream in = url.openStream()) {
          read.add(new ObjectMapper().readTree(in));
        } catch (IOException e) {
          throw new UncheckedIOException("error-contract cannot read the per-operation document " + url, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("error-contract cannot list the per-operation documents " + DOCUMENT, e);
    }
    this.documents = List.copyOf(read);
  }

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getPaths() == null) {
      return;
    }
    // The models springdoc serializes: those of its document's OpenAPI version.
    ObjectMapper mapper = openApi.getSpecVersion() == SpecVersion.V31 ? Json31.mapper() : Json.mapper();
    for (JsonNode document : documents) {
      boolean used = false;
      for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        PathItem item = openApi.getPaths().get(path.getKey());
        if (item == null) {
          continue;
        }
        for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
          Map.Entry<String, JsonNode> method = methods.next();
          Operation operation = operation(item, method.getKey());
          if (operation == null) {
            continue;
          }
          if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
          }
          for (Iterator<Map.Entry<String, JsonNode>> responses = method.getValue().path("responses").fields();
              responses.hasNext(); ) {
            Map.Entry<String, JsonNode> response = responses.next();
            operation.getResponses().addApiResponse(
                response.getKey(), mapper.convertValue(response.getValue(), ApiResponse.class));
          }
          used = true;
        }
      }
      if (used) {
        addSchemas(openApi, document.path("components").path("schemas"), mapper);
      }
    }
  }

  private static void addSchemas(OpenAPI openApi, JsonNode schemas, ObjectMapper mapper) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(new Components());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = it.next();
      openApi.getComponents().addSchemas(schema.getKey(), mapper.convertValue(schema.getValue(), Schema.class));
    }
  }

  private static Operation operation(PathItem item, String method) {
    try {
      return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return null; // a method OpenAPI's path item does not have
    }
  }
}
