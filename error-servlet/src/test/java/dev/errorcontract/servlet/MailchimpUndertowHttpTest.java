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
 * Issue 25 in a servlet container: Mailchimp's bare-UUID {@code instance} on the container's own answer to
 * a failure (the id of its log line and of the header), on an unknown path and on an exception's answer,
 * byte for byte.
 */
class MailchimpUndertowHttpTest extends InstanceServer {
  private static final String PROBLEM = "application/problem+json; charset=utf-8";

  @Override
  Class<?> feature() {
    return MailchimpFeature.class;
  }

  private String assertMailchimp(int status, String title, String detail, HttpResponse<byte[]> response) {
    String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertTrue(UUID.matcher(id).matches(), id);
    assertAnswer(status, PROBLEM,
        "{\"type\":\"https://mailchimp.com/developer/marketing/docs/errors/\",\"title\":\"" + title
            + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"instance\":\"" + id + "\"}",
        response);
    return id;
  }

  @Test
  void theContainersAnswerToAFailureCarriesTheIdItWasLoggedWith() throws Exception {
    RECORDS.clear();
    String id = assertMailchimp(500, "Internal Server Error",
        "An unexpected internal error has occurred. Please contact Support for more information.",
        get("failing-filter"));
    List<LogRecord> logged = RECORDS.stream().filter(r -> r.getMessage().contains(id)).toList();
    assertEquals(1, logged.size(), RECORDS::toString);
    assertEquals(Level.SEVERE, logged.get(0).getLevel());
    assertEquals("Failure the servlet container caught, answered as documented; correlation id " + id,
        logged.get(0).getMessage());
  }

  @Test
  void anUnknownPathAndAnExceptionCarryIt() throws Exception {
    assertMailchimp(404, "Resource Not Found", "The requested resource could not be found.", get("no/such"));
    assertMailchimp(400, "Bad Request", "Your request could not be processed.", get("thrown/mailchimp"));
  }
}
