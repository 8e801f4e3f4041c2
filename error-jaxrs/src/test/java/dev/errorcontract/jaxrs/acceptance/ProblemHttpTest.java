package dev.errorcontract.jaxrs.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Catalog (b) over HTTP: problem details with per-row type and title, the request path as the
 * instance of every answer, framework-made ones included, and {@code application/problem+json;
 * charset=utf-8} sent as declared.
 */
class ProblemHttpTest extends AcceptanceServer {

  /**
   * As declared, and so on the wire on every implementation, though each respells a media type with
   * parameters its own way (see the module's README).
   */
  static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";
  private static final String GENERAL = "https://example.com/probs/general";

  @Override
  Set<Class<?>> classes() {
    return Set.of(ProblemFeature.class, ProblemResources.class, ProblemResources.AbortingFilter.class);
  }

  /** A problem of the catalog's general type, titled by its status, as the library adds them. */
  private static String statusProblem(String title, int status, String instance) {
    return "{\"type\":\"" + GENERAL + "\",\"title\":\"" + title + "\",\"status\":" + status
        + ",\"detail\":\"" + title + "\",\"instance\":\"" + instance + "\"}";
  }

  @Test
  void templatedRowWithItsOwnTypeTitleAndCode() throws Exception {
    assertAnswer(403, CONTENT_TYPE,
        "{\"type\":\"https://example.com/probs/out-of-credit\","
            + "\"title\":\"You do not have enough credit.\",\"status\":403,"
            + "\"detail\":\"Your current balance is 30, but that costs 50.\","
            + "\"instance\":\"/problem/credit/50\",\"code\":\"out_of_credit\"}",
        get("/problem/credit/50"));
  }

  @Test
  void constantRowWithoutACodeLeavesTheExtensionOut() throws Exception {
    assertAnswer(400, CONTENT_TYPE,
        "{\"type\":\"https://example.com/probs/bad-account\",\"title\":\"Invalid account\","
            + "\"status\":400,\"detail\":\"The account number is not valid.\","
            + "\"instance\":\"/problem/account\"}",
        get("/problem/account"));
  }

  @Test
  void theExceptionsOwnInstanceWins() throws Exception {
    assertAnswer(400, CONTENT_TYPE,
        "{\"type\":\"https://example.com/probs/bad-account\",\"title\":\"Invalid account\","
            + "\"status\":400,\"detail\":\"The account number is not valid.\","
            + "\"instance\":\"/accounts/12345/msgs/abc\"}",
        get("/problem/own-instance"));
  }

  @Test
  void anAbortedRequestCarriesItsPathToo() throws Exception {
    assertAnswer(400, CONTENT_TYPE,
        "{\"type\":\"https://example.com/probs/bad-account\",\"title\":\"Invalid account\","
            + "\"status\":400,\"detail\":\"The account number is not valid.\","
            + "\"instance\":\"/problem/aborted\"}",
        get("/problem/aborted"));
  }

  @Test
  void unknownPathIsThePagesRowWithTheRawPath() throws Exception {
    assertAnswer(404, CONTENT_TYPE,
        "{\"type\":\"https://example.com/probs/not-found\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"The requested resource could not be found.\","
            + "\"instance\":\"/no/such%20thing\"}",
        get("/no/such%20thing?q=1"));
  }

  @Test
  void frameworkMadeAnswersCarryTheInstance() throws Exception {
    RawHttp.Answer notAllowed = send("DELETE", "/probe/json", null);
    assertAnswer(405, CONTENT_TYPE, statusProblem("Method Not Allowed", 405, "/probe/json"), notAllowed);
    String allow = String.join(",", notAllowed.headers("Allow")).toUpperCase(Locale.ROOT);
    assertTrue(allow.contains("GET"), "Allow: " + allow);
    assertAnswer(404, CONTENT_TYPE, statusProblem("Not Found", 404, "/probe/gone"), get("/probe/gone"));
    assertAnswer(400, CONTENT_TYPE, statusProblem("Bad Request", 400, "/probe/quantity"),
        send("POST", "/probe/quantity", "nonsense", "Content-Type: application/json"));
    assertAnswer(400, CONTENT_TYPE, statusProblem("Bad Request", 400, "/probe/json"),
        get("/probe/json", "Accept: text/html"));
    assertAnswer(400, CONTENT_TYPE, statusProblem("Bad Request", 400, "/probe/raised/409"),
        get("/probe/raised/409"));
    assertAnswer(400, CONTENT_TYPE, statusProblem("Bad Request", 400, "/probe/built/409"),
        get("/probe/built/409"));
    assertAnswer(403, CONTENT_TYPE, statusProblem("Forbidden", 403, "/probe/raised/403"),
        get("/probe/raised/403"));
    assertAnswer(500, CONTENT_TYPE, statusProblem("Internal Server Error", 500, "/probe/boom"),
        get("/probe/boom"));
    assertAnswer(500, CONTENT_TYPE, statusProblem("Internal Server Error", 500, "/probe/raised/503"),
        get("/probe/raised/503"));
  }

  @Test
  void headHasTheStatusAndTheDeclaredContentTypeAndNoBody() throws Exception {
    RawHttp.Answer answer = send("HEAD", "/problem/account", null);
    assertEquals(400, answer.status(), answer::toString);
    assertEquals(List.of(CONTENT_TYPE), answer.headers("Content-Type"), answer::toString);
    assertEquals(0, answer.body().length, answer::toString);
  }

  @Test
  void theDeclaredMediaTypeIsKeptInTheTable() {
    assertEquals(CONTENT_TYPE, ProblemError.BAD_ACCOUNT.mediaType());
  }
}
