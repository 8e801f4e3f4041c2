package dev.errorcontract.examples.signzy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcontract.examples.support.MalformedHttp;
import dev.errorcontract.examples.support.MalformedHttp.Documented;
import dev.errorcontract.examples.support.ServerProcess;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built jar answers the malformed-HTTP corpus with the Signzy catalog's documented bytes, and
 * neither its start nor any of those requests writes a line to its log.
 */
class SignzyMalformedHttpIT {

  private static final Documented BAD_REQUEST =
      new Documented(400, "application/json", "{\"message\":\"Bad Request\"}");
  private static final Documented SERVER_ERROR =
      new Documented(500, "application/json", "{\"message\":\"Internal Server Error\"}");

  private static ServerProcess server;

  @BeforeAll
  static void start() throws Exception {
    server = ServerProcess.start();
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
  Stream<DynamicTest> everyMalformedRequestGetsADocumentedAnswer() {
    String submit =
        "POST /api/v3/pan/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: demo-token\r\n"
            + "Content-Type: application/json\r\n";
    return Stream.concat(
        MalformedHttp.tests(
            server::uri, MalformedHttp.corpus(BAD_REQUEST, SERVER_ERROR, submit, BAD_REQUEST)),
        Stream.of(
            DynamicTest.dynamicTest(
                "nothing logged for any of them", () -> assertEquals("", server.log()))));
  }
}
