package dev.errorcontract.examples.passport;

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
 * RELIABILITY.md's mixed error load on the built Passport jar: {@code -Dload.seconds} (5 by default,
 * 60 for the recorded figure) of concurrent documented errors, unknown paths, 405, 406, 415, malformed
 * JSON and successes (the example provokes no 406 or 415: see {@link #probes()}); no answer but the documented one, no failed request, the heap used after GC
 * flat. The rate limit is lifted: the load is not one API key's fair use. {@code -Dload.repeat=N} runs the load N times back to
 * back against the one server (RELIABILITY.md's 200 runs of 1 s).
 */
class PassportLoadIT {

  private static final String KEY = "X-API-Key";
  private static final String DEMO = PassportData.DEMO_API_KEY;
  private static final String JSON = "application/json";

  static List<Probe> probes() {
    ErrorTable table = PassportError.table();
    String stamps = "registry/stamps/" + PassportData.DEMO_ADDRESS;
    return List.of(
        Probe.of("200 stamps", "GET", stamps + "?limit=1", null, 200, JSON, null, KEY, DEMO),
        Probe.of("400 invalid limit", "GET", "registry/score/1?limit=1001", null, 400, JSON,
            "{\"detail\":\"Invalid limit\"}", KEY, DEMO),
        Probe.of("400 other scorer", "GET", "registry/score/2", null, 400, JSON,
            "{\"detail\":\"Unable to get score for provided Scorer ID\"}", KEY, DEMO),
        Probe.of("400 malformed JSON", "POST", "registry/submit-passport", "{\"address\": ", 400,
            JSON, "{\"detail\":\"Bad request\"}", KEY, DEMO, "Content-Type", JSON),
        Probe.of("401 no key", "GET", "registry/signing-message", null, 401, JSON,
            "{\"detail\":\"Unauthorized\"}"),
        Probe.of("404 unknown path", "GET", "no/such/path", null, 404, JSON,
            "{\"detail\":\"Not found\"}"),
        Probe.raised("405", "DELETE", stamps, null,
            table.forCondition(Condition.METHOD_NOT_ALLOWED), 405, KEY, DEMO),
        // The resources declare no @Produces or @Consumes, so nothing provokes a 406 or a 415: an
        // unacceptable Accept gets the JSON anyway, a form body the documented 400.
        Probe.of("Accept image/png: 200", "GET", stamps + "?limit=1", null, 200, JSON, null,
            KEY, DEMO, "Accept", "image/png"),
        Probe.of("form body: 400", "POST", "registry/submit-passport", "address=1", 400, JSON,
            "{\"detail\":\"Bad request\"}", KEY, DEMO,
            "Content-Type", "application/x-www-form-urlencoded"));
  }

  @Test
  void mixedErrorLoadGetsOnlyDocumentedAnswersAndLeavesTheHeapFlat() throws Exception {
    try (ServerProcess server = ServerProcess.start("--rate-limit", "2000000000")) {
      MixedLoad.Result result = MixedLoad.run("passport", server, probes());
      assertEquals(0, result.undocumented(), result.summary());
      assertEquals(0, result.failed(), result.summary());
      assertTrue(result.requests() > 0, result.summary());
      // Flat: what is left after a full GC grows by no more than 16 MB, whatever the duration.
      assertTrue(result.heapAfterKb() - result.heapBeforeKb() < 16 * 1024, result.summary());
    }
  }
}
