package dev.errorcontract.spring.webmvc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcontract.spring.webmvc.secure.SecureApplication;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spring Security's own answers (HTTP Basic's 401 entry point, the 403 access-denied handler), which
 * it sends with {@code sendError} outside the dispatcher, are the catalog's documented ones. Runs in
 * surefire's {@code security} executions, the only ones with Spring Security on the class path.
 */
class SecurityHttpTest {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(SecureApplication.class, "error-contract.webmvc.catalog=Shop");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static void assertDocumented(HttpResponse<byte[]> response, int status, String body) {
    assertEquals(status, response.statusCode());
    assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"));
    assertEquals(List.of(Integer.toString(body.length())), response.headers().allValues("Content-Length"));
    assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), response.body(),
        () -> new String(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void noCredentialsIsTheDocumented401WithTheDeclaredChallenge() throws Exception {
    HttpResponse<byte[]> response = app.get("/hello");
    assertDocumented(response, 401, "{\"detail\":\"Unauthorized\"}");
    // The catalog declares the header of its 401: the declaration wins over Spring Security's realm.
    assertEquals(List.of("Basic realm=\"shop\""), response.headers().allValues("WWW-Authenticate"));
  }

  @Test
  void wrongCredentialsAreThe401Too() throws Exception {
    assertDocumented(app.get("/hello", "Authorization", basic("user", "wrong")), 401,
        "{\"detail\":\"Unauthorized\"}");
  }

  @Test
  void aUserWithoutTheRoleIsTheDocumented403() throws Exception {
    assertDocumented(app.get("/admin/report", "Authorization", basic("user", "secret-password")), 403,
        "{\"detail\":\"Forbidden\"}");
  }

  @Test
  void anUnknownPathOfAnAuthenticatedUserIsTheUnknownPathRow() throws Exception {
    assertDocumented(app.get("/nope", "Authorization", basic("user", "secret-password")), 404,
        "{\"detail\":\"No such route\"}");
  }

  @Test
  void anAuthenticatedRequestPasses() throws Exception {
    HttpResponse<byte[]> response = app.get("/hello", "Authorization", basic("user", "secret-password"));
    assertEquals(200, response.statusCode());
    assertEquals("hello", new String(response.body(), StandardCharsets.UTF_8));
  }
}
