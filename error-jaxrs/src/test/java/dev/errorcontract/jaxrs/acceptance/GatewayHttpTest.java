package dev.errorcontract.jaxrs.acceptance;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Catalog (c) over HTTP: a row of 500, 502, 503 and 504 answers each with itself. */
class GatewayHttpTest extends AcceptanceServer {

  private static final String JSON = "application/json";

  @Override
  Set<Class<?>> classes() {
    return Set.of(GatewayFeature.class, GatewayResources.class);
  }

  private static String serverErrors(int status) {
    return "{\"message\":\"Server errors\",\"status\":" + status + "}";
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void eachCoveredCodeRaisedAnswersWithItself(int code) throws Exception {
    assertAnswer(code, JSON, serverErrors(code), get("/probe/raised/" + code));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void eachCoveredCodeOfABuiltResponseAnswersWithItself(int code) throws Exception {
    assertAnswer(code, JSON, serverErrors(code), get("/probe/built/" + code));
  }

  @ParameterizedTest
  @ValueSource(ints = {501, 505, 599})
  void anUncoveredServerCodeAnswersWithTheRowsFirstCode(int code) throws Exception {
    assertAnswer(500, JSON, serverErrors(500), get("/probe/raised/" + code));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void theRowsExceptionAnswersWithTheCodeItIsGiven(int code) throws Exception {
    assertAnswer(code, JSON, serverErrors(code), get("/gateway/server-errors/" + code));
  }

  @Test
  void anErrorRowOfOneCoveredCodeAnswersWithThatCode() throws Exception {
    assertAnswer(503, JSON, "{\"message\":\"Upstream maintenance\",\"code\":\"maintenance\",\"status\":503}",
        get("/gateway/maintenance"));
  }

  @Test
  void anExceptionsOwnInstanceIsWritten() throws Exception {
    assertAnswer(400, JSON, "{\"message\":\"Unknown region\",\"code\":\"unknown_region\",\"status\":400,"
        + "\"instance\":\"/regions/mars\"}", get("/gateway/region/mars"));
  }

  @Test
  void anUnexpectedFailureIsA500() throws Exception {
    assertAnswer(500, JSON, serverErrors(500), get("/probe/boom"));
  }

  @Test
  void clientErrors() throws Exception {
    assertAnswer(400, JSON, "{\"message\":\"Unknown region\",\"code\":\"unknown_region\",\"status\":400}",
        get("/gateway/region"));
    assertAnswer(400, JSON, "{\"message\":\"Bad Request\",\"status\":400}", get("/probe/raised/400"));
    assertAnswer(400, JSON, "{\"message\":\"Bad Request\",\"status\":400}", get("/nowhere"));
  }
}
