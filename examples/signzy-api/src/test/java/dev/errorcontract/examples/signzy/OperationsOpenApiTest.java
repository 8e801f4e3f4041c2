package dev.errorcontract.examples.signzy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcontract.examples.support.OperationsDocument;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-operation OpenAPI document the processor writes from the resource's throws clauses: valid for
 * swagger-parser, with each operation's errors. That its examples are the bytes the server sends is
 * checked by {@link SignzyApiIT}.
 */
class OperationsOpenApiTest {

  @Test
  void everyOperationHasItsDeclaredErrorsAndTheFrameworksConditions() throws IOException {
    OpenAPI api = OperationsDocument.parse();
    assertEquals("3.1.0", api.getOpenapi());
    assertEquals(Map.of(
        "POST /api/v3/pan/verify", "400[BAD_REQUEST] 404[NOT_FOUND] 422[UN_PROCESSABLE_ENTITY]"
            + " 500[INTERNAL_SERVER_ERROR] 502[BAD_GATEWAY_INTERNAL_SERVER_ERROR] 504[GATEWAY_TIMEOUT]",
        "GET /api/v3/pan/{panNumber}/updates", "400[BAD_REQUEST] 404[NOT_FOUND] 500[INTERNAL_SERVER_ERROR]"
            + " 502[BAD_GATEWAY_INTERNAL_SERVER_ERROR] 504[GATEWAY_TIMEOUT]"),
        OperationsDocument.errorsPerOperation(api));
  }

  @Test
  void pathAndQueryParametersAreTheResourcesOwn() throws IOException {
    Operation updates = OperationsDocument.parse().getPaths().get("/api/v3/pan/{panNumber}/updates").getGet();
    assertEquals("PanResource.updates", updates.getOperationId());
    assertEquals(List.of("path panNumber true", "query since false"),
        updates.getParameters().stream().map(p -> p.getIn() + " " + p.getName() + " " + p.getRequired()).toList());
  }

  @Test
  void microProfileOpenApiFindsTheSameDocument() throws IOException {
    assertArrayEquals(OperationsDocument.resource(OperationsDocument.PATH),
        OperationsDocument.resource(OperationsDocument.MICROPROFILE_PATH));
  }
}
