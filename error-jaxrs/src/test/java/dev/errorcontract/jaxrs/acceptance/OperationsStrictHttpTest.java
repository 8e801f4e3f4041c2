package dev.errorcontract.jaxrs.acceptance;

import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code errorcontract.operations=strict}: an operation answering an error it does not declare gets the
 * catalog's answer to an unexpected failure (Bare's 500, whose row the library adds) instead.
 */
class OperationsStrictHttpTest extends AcceptanceServer {

  private static final String JSON = "application/json";

  static {
    // Read when the feature builds its mappers, during the server's start.
    System.setProperty("errorcontract.operations", "strict");
  }

  @AfterAll
  void clearProperty() {
    System.clearProperty("errorcontract.operations");
  }

  @Override
  Set<Class<?>> classes() {
    return Set.of(BareFeature.class, OperationsResources.class);
  }

  @Test
  void aDeclaredErrorIsAnsweredAsDocumented() throws Exception {
    assertAnswer(404, JSON, "{\"error\":\"User not found\",\"code\":\"user_not_found\"}", get("/operations/declared"));
  }

  @Test
  void anUndeclaredErrorIsTheUnexpectedFailure() throws Exception {
    assertAnswer(500, JSON, "{\"error\":\"Internal Server Error\",\"code\":null}", get("/operations/undeclared"));
  }

  @Test
  void errorsOutsideOperationsAreNotChecked() throws Exception {
    assertAnswer(404, JSON, "{\"error\":\"Not Found\",\"code\":null}", get("/unknown"));
  }
}
