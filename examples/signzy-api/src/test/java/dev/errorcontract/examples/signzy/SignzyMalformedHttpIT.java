package dev.errorcontract.examples.signzy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcontract.examples.support.MalformedHttp;
import dev.errorcontract.examples.support.MalformedHttp.Documented;
import dev.errorcontract.examples.support.ServerProcess;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built jar answers the malformed-HTTP corpus with the Signzy catalog's documented bytes, and
 * neither its start nor any of those requests writes a line to its log; {@code -Dcorpus.repeat=N}
 * sends the corpus N times over, back to back (RELIABILITY.md's 200 rounds).
 */
class SignzyMalformedHttpIT {

  private static final Documented BAD_REQUEST =
      new Documented(400, "application/json", "{\"message\":\"Bad Request\"}");
  private static final Documented SERVER_ERROR =
      new Documented(500, "application/json", "{\"message\":\"Internal Server Error\"}");

  private static ServerProcess server;

  @BeforeAll
  static void start() throws Exception {
    // The body cases are POSTs with the demo token: repeated (-Dcorpus.repeat), they would meet the
    // token's request limit (403), which is not what the corpus tests.
    server = ServerProcess.start("--request-limit", "2000000000");
  }

  @AfterAll
  static void stop() throws Exception {
    ServerProcess.closeAll(server);
  }

  @Test
  void startsWithoutALogLine() throws Exception {
    assertEquals("", server.log());
  }

  @TestFactory
  Stream<DynamicNode> everyMalformedRequestGetsADocumentedAnswer() {
    String submit =
        "POST /api/v3/pan/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: demo-token\r\n"
            + "Content-Type: application/json\r\n";
    return MalformedHttp.tests(
        "signzy", server::uri, server::log,
        MalformedHttp.corpus(BAD_REQUEST, SERVER_ERROR, submit, BAD_REQUEST));
  }
}
