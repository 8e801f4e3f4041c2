package dev.errorcontract.spring.webmvc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.spring.webmvc.corpus.CorpusApplication;
import dev.errorcontract.spring.webmvc.corpus.ThrowableCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.SpringVersion;

/**
 * The two corpora of issue 23 against one running application per server (Tomcat, Jetty; Boot 3.5 here,
 * Boot 4.0 in integration/spring-boot4-webmvc), started once for both:
 *
 * <ul>
 *   <li>1,000 random throwables ({@code -Dcorpus.seed}, {@code -Dcorpus.size}; {@link ThrowableCorpus})
 *       thrown by a controller, by a controller's failed {@code CompletableFuture} (an async dispatch)
 *       and by a servlet filter, over one kept-alive {@code java.net.http} client: each answer is
 *       exactly the catalog's (status, media type, body), has a correlation id exactly where a failure
 *       was logged, and no header holds the throwable's message or class;
 *   <li>a malformed-HTTP corpus on raw sockets: each request gets the documented answer, byte for byte
 *       (the {@code Date} value aside), or, where the server answers before anything of the library
 *       can, its exact bytes, pinned here and listed in the module README.
 * </ul>
 *
 * <p>The library's logger is off for the run (a thousand stack traces would bury its output), so a
 * catalog exception's cause, logged only where its level is enabled, gets no id.
 */
class CorpusHttpTest {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(CorpusApplication.class, "error-contract.webmvc.catalog=Shop",
        "logging.level.dev.errorcontract.spring.webmvc=OFF");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    java.util.logging.Logger.getLogger(WebMvcErrorContract.LOGGER).setLevel(null);
  }

  @Test
  void everyRandomThrowableGetsItsDocumentedAnswerAndLeaksNothing() throws Exception {
    long seed = Long.getLong("corpus.seed", 23L);
    int size = Integer.getInteger("corpus.size", 1000);
    Map<ThrowableCorpus.Kind, Integer> kinds = new EnumMap<>(ThrowableCorpus.Kind.class);
    Map<ThrowableCorpus.Site, Integer> sites = new EnumMap<>(ThrowableCorpus.Site.class);
    for (int index = 0; index < size; index++) {
      ThrowableCorpus.Case c = ThrowableCorpus.of(seed, index);
      kinds.merge(c.kind(), 1, Integer::sum);
      sites.merge(c.site(), 1, Integer::sum);
      HttpResponse<byte[]> response = app.send(HttpRequest.newBuilder(app.uri(c.path())).GET());
      String body = new String(response.body(), StandardCharsets.UTF_8);
      String what = "seed " + seed + " case " + index + " " + c;
      assertEquals(c.expectedStatus(), response.statusCode(), what + ": " + body);
      assertEquals(c.expectedBody(), body, what);
      assertEquals(Optional.of(c.expectedContentType()), response.headers().firstValue("Content-Type"), what);
      assertEquals(c.correlated(), response.headers().firstValue("X-Correlation-Id").isPresent(), what);
      String head = response.headers().map().toString();
      assertFalse(head.contains(ThrowableCorpus.SECRET) || head.contains("Exception"), what + " " + head);
    }
    assertEquals(ThrowableCorpus.Kind.values().length, kinds.size(), kinds.toString());
    assertEquals(ThrowableCorpus.Site.values().length, sites.size(), sites.toString());
    assertTrue(size < 100 || kinds.values().stream().allMatch(n -> n > 10), kinds.toString());
  }

  /** A JSON body posted to {@code /items}, which reads one. */
  private static String post(String headers, String body) {
    return "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + headers + "\r\n" + body;
  }

  /**
   * The malformed-HTTP corpus: name, request, then what Tomcat and what Jetty answer. An answer is the
   * documented one, {@code STATUS[ vary][ cache][ close]} (the catalog's answer for the status: 404 the
   * unknown path's row; {@code vary}: Spring Framework 6's three CORS {@code Vary} headers, the request
   * having reached the dispatcher; {@code cache}: Jetty's {@code Cache-Control}; {@code close}: {@code
   * Connection: close}; {@code close-12.0}: only on Jetty 12.0), or {@code raw:} and the exact bytes where the server answers before anything
   * can (listed in the module README).
   */
  static final String[][] CASES = {
    {"garbage request line", "GARBAGE\r\n\r\n", "400 close", "400"},
    {"bad method token", "G(T /x HTTP/1.1\r\nHost: x\r\n\r\n", "400 close", "400"},
    {"header without colon", "GET /x HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n", "400 close", "400 close"},
    {"control character in a header name", "GET /x HTTP/1.1\r\nHost: x\r\nX\u0001Y: z\r\n\r\n", "400 close",
        "400 close"},
    {"control character in a header value", "GET /x HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n\r\n", "400 close",
        "400 close"},
    {"obsolete line folding", "GET /x HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n", "404 vary", "400 close"},
    {"bare LF line ends", "GET /x HTTP/1.1\nHost: x\n\n", "404 vary", "404 vary"},
    {"negative Content-Length", post("Content-Length: -5\r\n", "{}"), "400 close", "400 close"},
    {"two different Content-Lengths", post("Content-Length: 1\r\nContent-Length: 2\r\n", "ab"), "400 close",
        "400 close"},
    {"Content-Length and chunked", post("Content-Length: 4\r\nTransfer-Encoding: chunked\r\n", "2\r\n{}\r\n0\r\n\r\n"),
        "raw:HTTP/1.1 200 \r\nContent-Type: application/json\r\nContent-Length: 15\r\nDate: (date)\r\n"
            + "Connection: close\r\n\r\n{\"name\":\"null\"}", "400 close"},
    {"unknown Transfer-Encoding (Tomcat: 501, undocumented: the 500 status answer)",
        post("Transfer-Encoding: gzip\r\n", "{}"), "500 close", "400 close"},
    {"bad chunk size", post("Transfer-Encoding: chunked\r\n", "zz\r\n{}\r\n0\r\n\r\n"), "500 failure close",
        "400 malformed close"},
    {"chunk size overflow", post("Transfer-Encoding: chunked\r\n", "fffffffffffffffffff\r\n{}\r\n0\r\n\r\n"),
        "500 failure close",
        "400 malformed close"},
    {"body shorter than Content-Length", post("Content-Length: 10\r\n", "{}"), "500 failure close",
        "400 malformed close"},
    {"malformed JSON body", post("Content-Length: 3\r\n", "{x}"), "400 malformed close",
        "400 malformed"},
    {"bad percent-encoding in the query", "GET /x?a=%zz HTTP/1.1\r\nHost: x\r\n\r\n", "404 vary", "404 vary"},
    {"truncated percent-encoding", "GET /x% HTTP/1.1\r\nHost: x\r\n\r\n", "400 close", "400"},
    {"encoded NUL in the path", "GET /x%00y HTTP/1.1\r\nHost: x\r\n\r\n", "400 close", "400"},
    {"invalid UTF-8 in the path", "GET /%C3%28 HTTP/1.1\r\nHost: x\r\n\r\n", "400 close", "400 close-12.0"},
    {"two Host headers", "GET /x HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", "400 close", "400 close"},
    {"bad Host", "GET /x HTTP/1.1\r\nHost: a b\r\n\r\n", "400 close", "400 close"},
    {"absolute-form with a bad authority", "GET http://[bad/x HTTP/1.1\r\nHost: x\r\n\r\n", "400 close", "400"},
    {"asterisk-form with GET", "GET * HTTP/1.1\r\nHost: x\r\n\r\n", "400 close", "400"},
    {"HTTP/1.0 without Host", "GET /x HTTP/1.0\r\n\r\n", "404 vary close", "404 vary"},
    {"300 headers (Tomcat's limit is 100)", "GET /x HTTP/1.1\r\nHost: x\r\n" + "X-H: v\r\n".repeat(300) + "\r\n",
        "400 close", "404 vary"},
    {"query too long", "GET /x?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", "400 close", "400"},
    {"WEB-INF", "GET /WEB-INF/web.xml HTTP/1.1\r\nHost: x\r\n\r\n", "404", "404"},
    {"META-INF", "GET /META-INF/MANIFEST.MF HTTP/1.1\r\nHost: x\r\n\r\n", "404", "404"},
    {"an HTTP/2 preface on HTTP/1.1", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "raw:", "400"},
    {"unknown expectation (417, undocumented: the 400 status answer)",
        post("Expect: teapot\r\nContent-Length: 2\r\n", "{}"), "400 close", "400 close"},
    {"obs-text in a header value", "GET /x HTTP/1.1\r\nHost: x\r\nX-A: caf\u00e9\r\n\r\n", "404 vary", "404 vary"},
    {"unknown method", "BREW /x HTTP/1.1\r\nHost: x\r\n\r\n", "404 vary", "404 vary"},
    {"TRACE", "TRACE /x HTTP/1.1\r\nHost: x\r\n\r\n", "405 allow",
        "raw:HTTP/1.1 200 OK\r\nDate: (date)\r\nContent-Type: message/http\r\nContent-Length: 28\r\n\r\n"
            + "TRACE /x HTTP/1.1\r\nHost: x\r\n"},
    {"HTTP/0.9 (Jetty: 505, undocumented: the 500 status answer)", "GET /x\r\n\r\n",
        "raw:{\"detail\":\"No such route\"}", "500"},
    {"lower-case protocol", "GET /x http/1.1\r\nHost: x\r\n\r\n", "raw:{\"detail\":\"Bad request\"}", "404 vary"},
  };

  private static String detail(int status) {
    switch (status) {
      case 400: return "Bad request";
      case 404: return "No such route";
      case 405: return "Method not allowed";
      case 500: return "Internal server error";
      default: throw new IllegalArgumentException("no detail for " + status);
    }
  }

  /** The exact bytes expected from {@code server} (its {@code Date} value written {@code (date)}). */
  static String expected(String server, String spec) {
    if (spec.equals("?")) {
      return "(not pinned)";
    }
    if (spec.startsWith("raw:")) {
      return spec.substring(4);
    }
    String[] words = spec.split(" ");
    int status = Integer.parseInt(words[0]);
    List<String> flags = List.of(words).subList(1, words.length);
    String detail = flags.contains("malformed") ? "Malformed body"
        : flags.contains("failure") ? "Something broke \u2013 sorry" : detail(status);
    // Read as ISO-8859-1, byte for byte.
    String body = new String(("{\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8),
        StandardCharsets.ISO_8859_1);
    String id = flags.contains("failure") ? "X-Correlation-Id: (id)\r\n" : "";
    // Spring Framework 6 adds the CORS Vary headers to every dispatched response; 7 does not.
    String vary = flags.contains("vary") && SpringVersion.getVersion().startsWith("6.")
        ? "Vary: Origin\r\nVary: Access-Control-Request-Method\r\nVary: Access-Control-Request-Headers\r\n" : "";
    // "close-12.0": Jetty 12.0 (Boot 3.5) closes the connection, 12.1 (Boot 4.0) keeps it.
    String close = flags.contains("close") || (flags.contains("close-12.0") && jettyVersion().startsWith("12.0."))
        ? "Connection: close\r\n" : "";
    String type = "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n";
    if (server.equals("tomcat")) {
      String allow = flags.contains("allow") ? "Allow: HEAD, DELETE, POST, GET, OPTIONS, PUT\r\n" : "";
      return "HTTP/1.1 " + status + " \r\n" + id + allow + vary + type + "Date: (date)\r\n" + close + "\r\n" + body;
    }
    String reason = switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      default -> "Server Error";
    };
    String cache = flags.contains("cache") ? "Cache-Control: must-revalidate,no-cache,no-store\r\n" : "";
    return "HTTP/1.1 " + status + " " + reason + "\r\nDate: (date)\r\n" + vary + cache + type + close + "\r\n" + body;
  }

  /** The running Jetty's version (read reflectively: the Tomcat runs have no Jetty). */
  private static String jettyVersion() {
    try {
      return (String) Class.forName("org.eclipse.jetty.util.Jetty").getField("VERSION").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyMalformedRequestGetsTheDocumentedAnswerOrTheServersPinnedBytes() throws Exception {
    String server = app.serverName();
    List<String> failures = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String[] c : CASES) {
      String actual = exchange(c[1]).replaceFirst("(?m)^Date: [^\r\n]*", "Date: (date)")
          .replaceFirst("(?m)^X-Correlation-Id: [0-9a-f-]{36}\r\n", "X-Correlation-Id: (id)\r\n");
      String expected = expected(server, server.equals("tomcat") ? c[2] : c[3]);
      seen.add("== " + c[0] + "\n" + actual);
      if (!actual.equals(expected)) {
        failures.add(c[0] + ":\n  expected " + expected.replace("\r\n", "|") + "\n  actual   " + actual.replace("\r\n", "|"));
      }
      // A malformed request is the client's mistake: no correlation id (no failure logged), except
      // where pinned ("failure": Tomcat's refusal of a body, see the README).
      if (actual.contains("X-Correlation-Id") && !expected.contains("X-Correlation-Id: (id)")) {
        failures.add(c[0] + ": a correlation id in " + actual.replace("\r\n", "|"));
      }
    }
    Files.writeString(Path.of("target/malformed-" + server + ".txt"), String.join("\n", seen));
    assertTrue(failures.isEmpty(), failures.size() + " of " + CASES.length + " differ:\n" + String.join("\n", failures));
  }

  /** Sends {@code request} on a new connection, ends the output, and reads until the server closes. */
  String exchange(String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), app.port)) {
      socket.setSoTimeout(3000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          read.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException | SocketException e) {
        read.write(("<" + e.getClass().getSimpleName() + ">").getBytes(StandardCharsets.ISO_8859_1));
      }
      return read.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
