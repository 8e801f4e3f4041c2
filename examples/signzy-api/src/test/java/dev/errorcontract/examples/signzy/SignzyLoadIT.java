package dev.errorcontract.examples.signzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.examples.support.MixedLoad;
import dev.errorcontract.examples.support.MixedLoad.Probe;
import dev.errorcontract.examples.support.ServerProcess;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY.md's mixed error load on the built Signzy jar: {@code -Dload.seconds} (5 by default, 60
 * for the recorded figure) of concurrent documented errors, unknown paths, 405, 406, 415, malformed
 * JSON and successes (200 and 204; the example provokes no 406 or 415: see {@link #probes()}); no
 * answer but the documented one, no failed request, the heap
 * used after GC flat. The request limit is lifted: the load is not one token's fair use. {@code -Dload.repeat=N} runs the load N times back to
 * back against the one server (RELIABILITY.md's 200 runs of 1 s).
 */
class SignzyLoadIT {

  private static final String AUTH = "Authorization";
  private static final String TOKEN = "demo-token";
  private static final String JSON = "application/json";
  private static final String VERIFY = "api/v3/pan/verify";

  static List<Probe> probes() {
    ErrorTable table = SignzyError.table();
    return List.of(
        Probe.of("200 verify", "POST", VERIFY, "{\"panNumber\":\"ABCDE1234F\",\"name\":\"Asha  Verma\"}",
            200, JSON,
            "{\"result\":{\"panNumber\":\"ABCDE1234F\",\"name\":\"ASHA VERMA\",\"nameMatch\":true,"
                + "\"status\":\"VALID\",\"category\":\"Individual\"}}",
            AUTH, TOKEN, "Content-Type", JSON),
        Probe.of("204 no updates", "GET",
            "api/v3/pan/PQRST6789U/updates?since=2020-01-01T00:00:00Z", null, 204, null, "",
            AUTH, TOKEN),
        Probe.of("400 invalid PAN", "POST", VERIFY,
            "{\"panNumber\":\"ABCDE12345\",\"name\":\"Asha Verma\"}", 400, JSON,
            "{\"message\":\"Bad Request\"}", AUTH, TOKEN, "Content-Type", JSON),
        // A POST, turned away by the token filter before its body is read (RELIABILITY.md, section 3).
        Probe.of("401 no token", "POST", VERIFY,
            "{\"panNumber\":\"ABCDE1234F\",\"name\":\"Asha Verma\"}", 401, JSON,
            "{\"message\":\"Authorization Required\"}", "Content-Type", JSON),
        Probe.of("404 unknown path", "GET", "api/v3/nothing/here", null, 404, JSON,
            "{\"message\":\"Not Found\"}", AUTH, TOKEN),
        Probe.of("404 unknown PAN", "POST", VERIFY,
            "{\"panNumber\":\"ZZZZZ9999Z\",\"name\":\"Nobody\"}", 404, JSON,
            "{\"message\":\"Not Found\"}", AUTH, TOKEN, "Content-Type", JSON),
        Probe.of("422 malformed JSON", "POST", VERIFY, "{\"panNumber\": \"ABCDE1234F\", ", 422,
            JSON, "{\"message\":\"Un-processable Entity\"}", AUTH, TOKEN, "Content-Type", JSON),
        Probe.raised("405", "DELETE", VERIFY, null,
            table.forCondition(Condition.METHOD_NOT_ALLOWED), 405, AUTH, TOKEN),
        // The resources declare no @Produces or @Consumes, so nothing provokes a 406 or a 415: an
        // unacceptable Accept gets the JSON anyway, a form body the documented 422.
        Probe.of("Accept image/png: 200", "POST", VERIFY,
            "{\"panNumber\":\"ABCDE1234F\",\"name\":\"Asha  Verma\"}", 200, JSON, null,
            AUTH, TOKEN, "Content-Type", JSON, "Accept", "image/png"),
        Probe.of("form body: 422", "POST", VERIFY, "panNumber=ABCDE1234F", 422, JSON,
            "{\"message\":\"Un-processable Entity\"}", AUTH, TOKEN,
            "Content-Type", "application/x-www-form-urlencoded"));
  }

  @Test
  void mixedErrorLoadGetsOnlyDocumentedAnswersAndLeavesTheHeapFlat() throws Exception {
    try (ServerProcess server = ServerProcess.start("--request-limit", "2000000000")) {
      MixedLoad.Result result = MixedLoad.run("signzy", server, probes());
      assertEquals(0, result.undocumented(), result.summary());
      assertEquals(0, result.failed(), result.summary());
      assertTrue(result.requests() > 0, result.summary());
      // Flat: what is left after a full GC grows by no more than 16 MB, whatever the duration.
      assertTrue(result.heapAfterKb() - result.heapBeforeKb() < 16 * 1024, result.summary());
    }
  }
}
