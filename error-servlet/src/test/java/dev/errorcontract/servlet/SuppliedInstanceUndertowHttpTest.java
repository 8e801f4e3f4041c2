package dev.errorcontract.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.internal.GuardedInstanceSupplier;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 25 in a servlet container: the application's supplier sees the container's own answer to a
 * failure like any other, and one that throws leaves the member out of it.
 */
class SuppliedInstanceUndertowHttpTest extends InstanceServer {
  @Override
  Class<?> feature() {
    return SuppliedFeature.class;
  }

  @Test
  void theContainersAnswerToAFailureCarriesTheSuppliersInstance() throws Exception {
    assertAnswer(500, "application/json",
        "{\"message\":\"Internal Server Error\",\"support_reference\":\"500 GET /failing-filter"
            + " INTERNAL_SERVER_ERROR\"}",
        get("failing-filter"));
  }

  @Test
  void anUnknownPathAndAnExceptionCarryIt() throws Exception {
    assertAnswer(404, "application/json",
        "{\"message\":\"Not Found\",\"support_reference\":\"404 GET /no/such NOT_FOUND\"}", get("no/such"));
    assertAnswer(400, "application/json",
        "{\"message\":\"Out of stock.\",\"support_reference\":\"400 GET /thrown/supplied/x OUT_OF_STOCK\"}",
        get("thrown/supplied/x"));
  }

  @Test
  void aSupplierThatThrowsLeavesTheContainersAnswerWithoutIt() throws Exception {
    assertAnswer(500, "application/json", "{\"message\":\"Internal Server Error\"}",
        get("failing-filter/supplier-throws"));
  }
}
