package dev.errorcontract.examples.passport;

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
 * checked by {@link PassportApiIT}.
 */
class OperationsOpenApiTest {

  @Test
  void everyOperationHasItsDeclaredErrorsAndTheFrameworksConditions() throws IOException {
    OpenAPI api = OperationsDocument.parse();
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
        OperationsDocument.errorsPerOperation(api));
  }

  @Test
  void pathAndQueryParametersAreTheResourcesOwn() throws IOException {
    Operation scores = OperationsDocument.parse().getPaths().get("/registry/score/{scorer_id}").getGet();
    assertEquals("RegistryResource.scores", scores.getOperationId());
    assertEquals(List.of("path scorer_id true", "query limit false", "query offset false"),
        scores.getParameters().stream().map(p -> p.getIn() + " " + p.getName() + " " + p.getRequired()).toList());
  }

  @Test
  void microProfileOpenApiFindsTheSameDocument() throws IOException {
    assertArrayEquals(OperationsDocument.resource(OperationsDocument.PATH),
        OperationsDocument.resource(OperationsDocument.MICROPROFILE_PATH));
  }
}
