package dev.errorcontract.examples.passport;

import static dev.errorcontract.examples.support.Http.assertJson;
import static dev.errorcontract.examples.support.Http.send;
import static dev.errorcontract.examples.support.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcontract.examples.support.LargeBody;
import dev.errorcontract.examples.support.SentErrors;
import dev.errorcontract.examples.support.ServerProcess;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

/**
 * Every row of the published Passport table, triggered over HTTP through the server's real behaviour,
 * against the built jar: status, exact body bytes and headers. One set of cases for both Passport
 * servers: each server's module runs it against its own jar (the {@code example.jar} its failsafe sets),
 * {@code PassportApiIT} against the Jersey server, {@code PassportSpringIT} against the Spring MVC one,
 * so both must answer the same bytes.
 *
 * <p>Each suite starts its servers with {@code java -jar} on 127.0.0.1 and a free port (port 0), as
 * users run them, and stops them at its end.
 */
public abstract class PassportHttpCases {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String KEY = "X-API-Key";
  private static final String DEMO = PassportData.DEMO_API_KEY;
  private static final Credentials SIGNER = Credentials.create(TestSigner.PRIVATE_KEY);
  private static final Credentials STRANGER =
      Credentials.create("0x8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f");

  /** The server as started for a demo, with the fault-injection endpoint. */
  private static ServerProcess server;

  /** A server with a tiny rate limit and nonces that expire after one second. */
  private static ServerProcess strict;

  @BeforeAll
  static void startServers() throws Exception {
    var a = ServerProcess.startAsync("--fault-injection");
    var b = ServerProcess.startAsync("--rate-limit", "3", "--nonce-ttl-seconds", "1");
    server = a.join();
    strict = b.join();
  }

  @AfterAll
  static void everyOpenApiExampleIsWhatTheServerSent() {
    SentErrors.assertEveryOpenApiExampleWasSent("Passport");
  }

  @AfterAll
  static void stopServers() throws Exception {
    ServerProcess.closeAll(server, strict);
  }

  private static URI at(ServerProcess s, String path) {
    return s.uri().resolve(path);
  }

  private static JsonNode signingMessage(ServerProcess s) throws Exception {
    HttpResponse<byte[]> response = send("GET", at(s, "registry/signing-message"), null, KEY, DEMO);
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"));
    return MAPPER.readTree(response.body());
  }

  private static String submission(String scorer, String signature, String nonce) {
    return "{\"address\":\"" + SIGNER.getAddress() + "\",\"scorer_id\":\"" + scorer
        + "\",\"signature\":\"" + signature + "\",\"nonce\":\"" + nonce + "\"}";
  }

  private static HttpResponse<byte[]> submit(ServerProcess s, String body) throws Exception {
    return send(
        "POST", at(s, "registry/submit-passport"), body, KEY, DEMO,
        "Content-Type", "application/json");
  }

  // --- 200 -----------------------------------------------------------------------------------

  @Test
  void aSignedSubmissionIsScoredAndCanBeReadBack() throws Exception {
    JsonNode issued = signingMessage(server);
    String message = issued.get("message").asText();
    String nonce = issued.get("nonce").asText();
    assertTrue(message.contains(nonce));

    HttpResponse<byte[]> scored =
        submit(server, submission("1", TestSigner.sign(message, SIGNER), nonce));
    assertEquals(200, scored.statusCode(), () -> text(scored));
    JsonNode score = MAPPER.readTree(scored.body());
    assertEquals(PassportData.DEMO_ADDRESS, score.get("address").asText());
    assertEquals("5.7", score.get("score").asText());
    assertEquals("DONE", score.get("status").asText());

    HttpResponse<byte[]> again =
        send("GET", at(server, "registry/score/1/" + SIGNER.getAddress()), null, KEY, DEMO);
    assertJson(200, text(scored), again);

    HttpResponse<byte[]> page =
        send("GET", at(server, "registry/score/1?limit=1000&offset=0"), null, KEY, DEMO);
    assertEquals(200, page.statusCode());
    assertTrue(text(page).contains(text(scored)));
  }

  @Test
  void stampsAreListed() throws Exception {
    assertJson(
        200,
        "{\"items\":[{\"provider\":\"Github\",\"weight\":\"2.5\","
            + "\"issuance_date\":\"2025-01-10T12:00:00Z\",\"expiration_date\":\"2026-04-10T12:00:00Z\"}]}",
        send("GET", at(server, "registry/stamps/" + PassportData.DEMO_ADDRESS + "?limit=1"), null,
            KEY, DEMO));
  }

  // --- 400 "Invalid nonce" -----------------------------------------------------------------

  @Test
  void anUnknownNonceIsInvalid() throws Exception {
    JsonNode issued = signingMessage(server);
    String signature = TestSigner.sign(issued.get("message").asText(), SIGNER);
    assertJson(
        400, "{\"detail\":\"Invalid nonce\"}",
        submit(server, submission("1", signature, "00000000000000000000000000000000")));
  }

  @Test
  void aUsedNonceIsInvalid() throws Exception {
    JsonNode issued = signingMessage(server);
    String nonce = issued.get("nonce").asText();
    String body = submission("1", TestSigner.sign(issued.get("message").asText(), SIGNER), nonce);
    assertEquals(200, submit(server, body).statusCode());
    assertJson(400, "{\"detail\":\"Invalid nonce\"}", submit(server, body));
  }

  @Test
  void anExpiredNonceIsInvalid() throws Exception {
    JsonNode issued = signingMessage(strict);
    String body =
        submission(
            "1", TestSigner.sign(issued.get("message").asText(), SIGNER),
            issued.get("nonce").asText());
    Thread.sleep(1_200); // the strict server's nonces live one second
    assertJson(400, "{\"detail\":\"Invalid nonce\"}", submit(strict, body));
  }

  // --- 400 "Address does not match signature" ----------------------------------------------

  @Test
  void anotherSignerDoesNotMatchTheAddress() throws Exception {
    JsonNode issued = signingMessage(server);
    String signature = TestSigner.sign(issued.get("message").asText(), STRANGER);
    assertJson(
        400, "{\"detail\":\"Address does not match signature\"}",
        submit(server, submission("1", signature, issued.get("nonce").asText())));
  }

  @Test
  void aMalformedSignatureDoesNotMatchTheAddress() throws Exception {
    JsonNode issued = signingMessage(server);
    assertJson(
        400, "{\"detail\":\"Address does not match signature\"}",
        submit(server, submission("1", "0xdeadbeef", issued.get("nonce").asText())));
  }

  // --- 400 "Invalid limit" -----------------------------------------------------------------

  @Test
  void aLimitOver1000IsInvalid() throws Exception {
    assertJson(
        400, "{\"detail\":\"Invalid limit\"}",
        send("GET", at(server, "registry/score/1?limit=1001"), null, KEY, DEMO));
    assertJson(
        400, "{\"detail\":\"Invalid limit\"}",
        send("GET", at(server, "registry/stamps/" + PassportData.DEMO_ADDRESS + "?limit=5000"),
            null, KEY, DEMO));
  }

  // --- 400 "Unable to get score for provided Scorer ID" ------------------------------------

  @Test
  void anotherAccountsScorerIsRefused() throws Exception {
    String detail = "{\"detail\":\"Unable to get score for provided Scorer ID\"}";
    assertJson(400, detail, send("GET", at(server, "registry/score/2"), null, KEY, DEMO));
    assertJson(
        400, detail,
        send("GET", at(server, "registry/score/2/" + SIGNER.getAddress()), null, KEY, DEMO));
    JsonNode issued = signingMessage(server);
    String signature = TestSigner.sign(issued.get("message").asText(), SIGNER);
    assertJson(400, detail, submit(server, submission("2", signature, issued.get("nonce").asText())));
  }

  // --- 400 "Bad request" (the status's own row) --------------------------------------------

  @Test
  void malformedJsonIsABadRequest() throws Exception {
    assertJson(400, "{\"detail\":\"Bad request\"}", submit(server, "{\"address\": "));
    assertJson(400, "{\"detail\":\"Bad request\"}", submit(server, "{\"address\":\"0x12\"}"));
  }

  @Test
  void aBodyOfMegabytesIsABadRequestAnsweredPromptly() throws Exception {
    // Over the examples' body limit: refused before it is read (by its Content-Length) or once the
    // limit is passed (chunked). Jetty's 413 is undocumented here, so the catalog's 400 answers.
    byte[] body =
        LargeBody.json(
            "\"address\":\"0x" + "a".repeat(40) + "\",\"scorer_id\":\"1\",\"signature\":\"x\","
                + "\"nonce\":\"y\"");
    LargeBody.assertRefused(
        server.uri().resolve("registry/submit-passport"), body, 400, "{\"detail\":\"Bad request\"}",
        KEY, DEMO, "Content-Type", "application/json");
  }

  // --- 401 -----------------------------------------------------------------------------------

  @Test
  void aMissingOrUnknownKeyIsUnauthorized() throws Exception {
    for (HttpResponse<byte[]> response :
        new HttpResponse[] {
          send("GET", at(server, "registry/signing-message"), null),
          send("GET", at(server, "registry/score/1"), null, KEY, "not-a-key")
        }) {
      assertJson(401, "{\"detail\":\"Unauthorized\"}", response);
      assertEquals(Optional.of("ApiKey"), response.headers().firstValue("WWW-Authenticate"));
    }
  }

  // --- 404 -----------------------------------------------------------------------------------

  @Test
  void anUnknownPathOrScoreIsNotFound() throws Exception {
    assertJson(404, "{\"detail\":\"Not found\"}", send("GET", at(server, "no/such/path"), null));
    assertJson(
        404, "{\"detail\":\"Not found\"}",
        send("GET", at(server, "registry/score/1/0x000000000000000000000000000000000000dead"),
            null, KEY, DEMO));
  }

  // --- 429 -----------------------------------------------------------------------------------

  @Test
  void overTheRateLimitIsTooManyRequests() throws Exception {
    URI stamps = at(strict, "registry/stamps/" + PassportData.DEMO_ADDRESS);
    String other = PassportData.OTHER_API_KEY;
    for (int i = 0; i < 3; i++) {
      assertEquals(200, send("GET", stamps, null, KEY, other).statusCode());
    }
    HttpResponse<byte[]> limited = send("GET", stamps, null, KEY, other);
    assertJson(429, "{\"detail\":\"Too Many Requests\"}", limited);
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
  }

  // --- 500 -----------------------------------------------------------------------------------

  @Test
  void aBugIsAnInternalServerErrorAndNothingElse() throws Exception {
    String secret = "secret-4711-do-not-leak";
    HttpResponse<byte[]> response =
        send("GET", at(server, "debug/fail?message=" + secret), null, KEY, DEMO);
    assertJson(500, "{\"detail\":\"Internal Server Error\"}", response);
    response
        .headers()
        .map()
        .forEach(
            (name, values) ->
                values.forEach(
                    v -> {
                      assertFalse(v.contains(secret), name);
                      assertFalse(v.contains("IllegalStateException"), name);
                    }));
    // The cause is for the server's log, found there by the correlation id the client got.
    String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertTrue(server.log().contains(id));
  }

  @Test
  void withoutFaultInjectionThereIsNoDebugEndpoint() throws Exception {
    assertJson(
        404, "{\"detail\":\"Not found\"}",
        send("GET", at(strict, "debug/fail?message=x"), null, KEY, PassportData.DEMO_API_KEY));
  }
}
