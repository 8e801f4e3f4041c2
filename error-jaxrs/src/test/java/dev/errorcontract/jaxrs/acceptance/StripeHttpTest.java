package dev.errorcontract.jaxrs.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Catalog (a) over HTTP: every documented answer byte for byte, framework-made ones included. The
 * expected bodies are written out by hand from the catalog, independently of the runtime.
 */
class StripeHttpTest extends AcceptanceServer {

  private static final String JSON = "application/json";
  private static final String BAD_REQUEST =
      "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Bad Request\"}}";
  private static final String SERVER_ERRORS =
      "{\"error\":{\"type\":\"api_error\",\"message\":\"Server Errors\"}}";

  @Override
  Set<Class<?>> classes() {
    return Set.of(StripeFeature.class, StripeResources.class);
  }

  @Test
  void templateArgumentIsAMemberOfItsOwnAndAbsentMembersAreLeftOut() throws Exception {
    assertAnswer(400, JSON,
        "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"parameter_missing\","
            + "\"message\":\"Missing required param: amount.\",\"param\":\"amount\"}}",
        get("/stripe/missing/amount"));
  }

  @Test
  void rowAttributeWinsAndStatusDefaultFillsTheRest() throws Exception {
    assertAnswer(402, JSON,
        "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
            + "\"message\":\"Your card was declined.\","
            + "\"doc_url\":\"https://stripe.com/docs/error-codes/card-declined\"}}",
        get("/stripe/declined"));
  }

  @Test
  void unknownPathIsThePagesOwnRow() throws Exception {
    assertAnswer(404, JSON,
        "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Unrecognized request URL.\"}}",
        get("/v1/no-such-thing"));
  }

  @Test
  void aRaisedNotFoundIsTheStatusAnswer() throws Exception {
    assertAnswer(404, JSON,
        "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Not Found\"}}",
        get("/probe/gone"));
  }

  @Test
  void statusAnswersTheLibraryAdded() throws Exception {
    assertAnswer(400, JSON, BAD_REQUEST, get("/probe/raised/400"));
    assertAnswer(402, JSON,
        "{\"error\":{\"type\":\"card_error\",\"message\":\"Request Failed\"}}",
        get("/probe/raised/402"));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void everyCodeOfTheServerErrorsRowAnswersWithItself(int code) throws Exception {
    assertAnswer(code, JSON, SERVER_ERRORS, get("/probe/raised/" + code));
  }

  @Test
  void conditionsWithoutARowOfTheirStatusAnswerAsThe400() throws Exception {
    RawHttp.Answer notAllowed = send("DELETE", "/probe/json", null);
    assertAnswer(400, JSON, BAD_REQUEST, notAllowed);
    assertEquals(null, notAllowed.header("Allow"), "Allow belongs to a 405 only");
    assertAnswer(400, JSON, BAD_REQUEST, get("/probe/json", "Accept: text/html"));
    assertAnswer(400, JSON, BAD_REQUEST,
        send("POST", "/probe/quantity", "{\"quantity\":1}", "Content-Type: text/plain"));
    assertAnswer(400, JSON, BAD_REQUEST,
        send("POST", "/probe/quantity", "{\"quantity\":", "Content-Type: application/json"));
    assertAnswer(400, JSON, BAD_REQUEST, get("/probe/raised/409"));
    assertAnswer(400, JSON, BAD_REQUEST, get("/probe/built/422"));
  }

  @Test
  void undocumentedServerErrorsAndFailuresAnswerAsThe500() throws Exception {
    assertAnswer(500, JSON, SERVER_ERRORS, get("/probe/raised/501"));
    assertAnswer(500, JSON, SERVER_ERRORS, get("/probe/boom"));
    assertAnswer(503, JSON, SERVER_ERRORS, get("/probe/built/503"));
  }
}
