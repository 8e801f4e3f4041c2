package dev.errorcontract.jaxrs.acceptance;

import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code errorcontract.operations=strict} with the catalog's generated providers, as scanning registers
 * them (Quarkus, Payara), rather than the feature: the generated exception mapper passes the injected
 * resource information on. The Bare catalog's provider runtime is built here first (no other suite
 * registers Bare's generated providers), while the property is set.
 */
class OperationsGeneratedProvidersHttpTest extends AcceptanceServer {

  private static final String JSON = "application/json";

  static {
    System.setProperty("errorcontract.operations", "strict");
  }

  @AfterAll
  void clearProperty() {
    System.clearProperty("errorcontract.operations");
  }

  @Override
  Set<Class<?>> classes() {
    return Set.of(BareExceptionMapper.class, BareWebApplicationExceptionMapper.class, BareThrowableMapper.class,
        BareResponseFilter.class, BareBodyWriter.class, BareReaderInterceptor.class, OperationsResources.class);
  }

  @Test
  void aDeclaredErrorIsAnsweredAsDocumented() throws Exception {
    assertAnswer(404, JSON, "{\"error\":\"User not found\",\"code\":\"user_not_found\"}", get("/operations/declared"));
  }

  @Test
  void anUndeclaredErrorIsTheUnexpectedFailure() throws Exception {
    assertAnswer(500, JSON, "{\"error\":\"Internal Server Error\",\"code\":null}", get("/operations/undeclared"));
  }
}
