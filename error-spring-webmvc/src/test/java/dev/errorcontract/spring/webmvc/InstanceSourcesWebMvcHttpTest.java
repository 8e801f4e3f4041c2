package dev.errorcontract.spring.webmvc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.spring.webmvc.instances.InstancesApplication;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 on Spring MVC (Tomcat and Jetty, as surefire's run has it): Mailchimp's bare-UUID {@code
 * instance} and an application's supplied one on answers Spring raises (an unknown path, a failure) and on
 * exceptions' answers, byte for byte; the bare id is the header's.
 */
class InstanceSourcesWebMvcHttpTest {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static void assertAnswer(int status, String contentType, String body, HttpResponse<byte[]> response) {
    assertEquals(status, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    assertEquals(List.of(contentType), response.headers().allValues("Content-Type"));
    assertEquals(body, new String(response.body(), StandardCharsets.UTF_8));
  }

  private static void assertMailchimp(int status, String title, String detail, HttpResponse<byte[]> response) {
    String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertTrue(UUID.matcher(id).matches(), id);
    assertAnswer(status, "application/problem+json",
        "{\"type\":\"https://mailchimp.com/developer/marketing/docs/errors/\",\"title\":\"" + title
            + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"instance\":\"" + id + "\"}",
        response);
  }

  @Test
  void mailchimpsBareUuidOnEveryAnswer() throws Exception {
    try (RunningApp app = RunningApp.start(InstancesApplication.class, "error-contract.webmvc.catalog=Mailchimp")) {
      assertMailchimp(404, "Resource Not Found", "The requested resource could not be found.", app.get("/no/such"));
      assertMailchimp(400, "Bad Request", "Your request could not be processed.", app.get("/lists/thrown"));
      assertMailchimp(500, "Internal Server Error",
          "An unexpected internal error has occurred. Please contact Support for more information.",
          app.get("/boom"));
    }
  }

  @Test
  void theApplicationsSuppliedInstanceOnEveryAnswer() throws Exception {
    try (RunningApp app = RunningApp.start(InstancesApplication.class, "error-contract.webmvc.catalog=Supplied")) {
      assertAnswer(404, "application/json",
          "{\"message\":\"Not Found\",\"support_reference\":\"404 GET /no/such NOT_FOUND\"}", app.get("/no/such"));
      assertAnswer(400, "application/json",
          "{\"message\":\"Out of stock.\",\"support_reference\":\"400 GET /orders/thrown/x OUT_OF_STOCK\"}",
          app.get("/orders/thrown/x"));
      assertAnswer(500, "application/json",
          "{\"message\":\"Internal Server Error\",\"support_reference\":\"500 GET /boom INTERNAL_SERVER_ERROR\"}",
          app.get("/boom"));
      HttpResponse<byte[]> withId = app.get("/orders/thrown/with-id");
      String id = withId.headers().firstValue("X-Correlation-Id").orElseThrow();
      assertAnswer(400, "application/json",
          "{\"message\":\"Out of stock.\",\"support_reference\":\"ref-" + id + "\"}", withId);
      assertAnswer(404, "application/json", "{\"message\":\"Not Found\"}", app.get("/no/such/supplier-throws"));
      assertAnswer(400, "application/json", "{\"message\":\"Out of stock.\"}", app.get("/orders/thrown/supplier-null"));
    }
  }
}
