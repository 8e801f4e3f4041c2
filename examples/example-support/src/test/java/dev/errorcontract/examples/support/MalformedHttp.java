package dev.errorcontract.examples.support;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The malformed-HTTP corpus: requests an HTTP parser must reject, sent as raw bytes. Each example
 * server must answer every one with a documented answer of its catalog (status, {@code Content-Type},
 * exact body), never the HTTP layer's own page.
 *
 * <p>Most are rejected by Jetty's parser (status named in each case; statuses the catalog does not
 * document, such as 431, 414, 417, 426 and 505, map through the catalog's rule for undocumented
 * statuses). The broken bodies (bad chunks, a body shorter than announced) pass the parser's head
 * checks and fail while the application reads the body: the JAX-RS glue answers those.
 */
public final class MalformedHttp {

  private MalformedHttp() {}

  /** What a class of cases must be answered with: the documented status and exact body. */
  public record Documented(int status, String mediaType, String body) {}

  /**
   * One malformed request and the documented answer expected for it; with {@code mayGoUnanswered} the
   * server may also close the connection without sending a byte (nothing undocumented is sent then).
   */
  public record Case(
      String name, byte[] request, boolean halfClose, Documented expected, boolean mayGoUnanswered) {}

  /**
   * The corpus for one example.
   *
   * @param clientError the catalog's answer to a malformed request (Jetty's 400, 414, 417, 426, 431)
   * @param unknownVersion the catalog's answer to Jetty's 505 for a protocol version it does not speak
   * @param bodyHead the head (request line and headers, each ending in CRLF, no blank line) of a
   *     request whose body the application reads, with the credentials it needs
   * @param unreadableBody the catalog's answer when that body cannot be read (bad chunks, too short)
   */
  public static List<Case> corpus(
      Documented clientError, Documented unknownVersion, String bodyHead, Documented unreadableBody) {
    List<Case> cases = new ArrayList<>();
    String host = "Host: 127.0.0.1\r\n";
    String post = "POST /x HTTP/1.1\r\n" + host;
    // Content-Length
    add(cases, "Content-Length not a number (400)", post + "Content-Length: abc\r\n\r\n", clientError);
    add(cases, "Content-Length negative (400)", post + "Content-Length: -5\r\n\r\n", clientError);
    add(cases, "Content-Length past 2^63 (400)",
        post + "Content-Length: 99999999999999999999999\r\n\r\n", clientError);
    add(cases, "two different Content-Length (400)",
        post + "Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", clientError);
    add(cases, "Content-Length and chunked (400)",
        post + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", clientError);
    add(cases, "unknown Transfer-Encoding (400)",
        post + "Transfer-Encoding: gzip\r\n\r\n", clientError);
    // Request line
    add(cases, "garbage request line (400)", "HELLO\r\n\r\n", clientError);
    add(cases, "illegal character in method (400)", "G@T / HTTP/1.1\r\n" + host + "\r\n", clientError);
    add(cases, "garbage version (505)", "GET / FOO/1.1\r\n" + host + "\r\n", unknownVersion);
    add(cases, "unknown version HTTP/3.7 (505)", "GET / HTTP/3.7\r\n" + host + "\r\n", unknownVersion);
    add(cases, "HTTP/0.9 request (505)", "GET /\r\n\r\n", unknownVersion);
    add(cases, "HTTP/2 preface on HTTP/1.1 (426)", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", clientError);
    add(cases, "URI of 20000 characters (414)",
        "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "\r\n", clientError);
    // Headers
    add(cases, "header without a colon (400)", "GET / HTTP/1.1\r\n" + host + "NoColonHere\r\n\r\n",
        clientError);
    add(cases, "illegal character in header name (400)",
        "GET / HTTP/1.1\r\n" + host + "Bad(Name): v\r\n\r\n", clientError);
    add(cases, "space before the colon (400)", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", clientError);
    add(cases, "control character in header value (400)",
        "GET / HTTP/1.1\r\n" + host + "X-A: a\u0001b\r\n\r\n", clientError);
    add(cases, "NUL in header value (400)", "GET / HTTP/1.1\r\n" + host + "X-A: a\u0000b\r\n\r\n",
        clientError);
    add(cases, "obsolete line folding (400)", "GET / HTTP/1.1\r\n" + host + "X-A: a\r\n b\r\n\r\n",
        clientError);
    add(cases, "no Host in HTTP/1.1 (400)", "GET / HTTP/1.1\r\n\r\n", clientError);
    // Jetty answers from another thread while it closes the connection; when the close wins (often,
    // on a loaded machine) the client gets no byte at all.
    cases.add(
        new Case("unknown Expect (417)", bytes("GET / HTTP/1.1\r\n" + host + "Expect: foo\r\n\r\n"),
            false, clientError, true));
    add(cases, "headers of 20000 bytes (431)",
        "GET / HTTP/1.1\r\n" + host + "X-Big: " + "a".repeat(20_000) + "\r\n\r\n", clientError);
    // Path and query
    add(cases, "invalid percent-escape in path (400)", "GET /a/%zz HTTP/1.1\r\n" + host + "\r\n",
        clientError);
    add(cases, "truncated UTF-8 escape in path (400)",
        "GET /a/%E0%A4%A HTTP/1.1\r\n" + host + "\r\n", clientError);
    add(cases, "NUL byte in path (400)", "GET /a\u0000b HTTP/1.1\r\n" + host + "\r\n", clientError);
    add(cases, "encoded NUL in path (400)", "GET /a%00b HTTP/1.1\r\n" + host + "\r\n", clientError);
    add(cases, "encoded slash in path (400)", "GET /a%2Fb HTTP/1.1\r\n" + host + "\r\n", clientError);
    add(cases, "dot segments above the root (400)", "GET /../../etc/passwd HTTP/1.1\r\n" + host + "\r\n",
        clientError);
    add(cases, "invalid percent-escape in query (400)", "GET /a?x=%zz HTTP/1.1\r\n" + host + "\r\n",
        clientError);
    add(cases, "trailing percent in query (400)", "GET /a?x=% HTTP/1.1\r\n" + host + "\r\n",
        clientError);
    // HEAD: the documented status and type, and no body after the head
    Documented headOfClientError = new Documented(clientError.status(), clientError.mediaType(), "");
    // (Not a HEAD whose request line Jetty rejects, such as one with %00 in the path: Jetty then never
    // learns the method, answers as to a GET, body included, and closes the connection.)
    add(cases, "HEAD with a header without a colon (400)",
        "HEAD / HTTP/1.1\r\n" + host + "NoColonHere\r\n\r\n", headOfClientError);
    add(cases, "HEAD with headers of 20000 bytes (431)",
        "HEAD / HTTP/1.1\r\n" + host + "X-Big: " + "a".repeat(20_000) + "\r\n\r\n",
        headOfClientError);
    add(cases, "HEAD with a broken query escape (400)", "HEAD /a?x=%zz HTTP/1.1\r\n" + host + "\r\n",
        headOfClientError);
    // Bodies, read by the application
    String chunked = bodyHead + "Transfer-Encoding: chunked\r\n\r\n";
    add(cases, "chunk size not hexadecimal", chunked + "zz\r\nabc\r\n0\r\n\r\n", unreadableBody);
    add(cases, "chunk size past 2^63", chunked + "FFFFFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n",
        unreadableBody);
    // "xyz" is not hexadecimal, so it cannot be read as the next chunk's size either.
    add(cases, "chunk data longer than its size", chunked + "2\r\nabxyz\r\n0\r\n\r\n", unreadableBody);
    cases.add(
        new Case(
            "body shorter than Content-Length",
            bytes(bodyHead + "Content-Length: 100\r\n\r\n{}"),
            true,
            unreadableBody,
            false));
    return cases;
  }

  /**
   * How many times {@link #tests} sends the whole corpus: {@code -Dcorpus.repeat}, else once. The
   * rounds go back to back against the one server, each ending with the check that nothing was logged.
   */
  public static int rounds() {
    int rounds = Integer.getInteger("corpus.repeat", 1);
    if (rounds < 1) {
      throw new IllegalArgumentException("corpus.repeat must be at least 1: " + rounds);
    }
    return rounds;
  }

  /**
   * One dynamic test per case against the server at {@code base}, then one asserting that the
   * server's {@code log} is still empty; {@link #rounds()} times over, each round a container of its
   * own. The last test prints the tally (rounds, requests, answers, seconds) for RELIABILITY.md.
   */
  public static Stream<DynamicNode> tests(
      String server, Supplier<URI> base, Callable<String> log, List<Case> cases) {
    int rounds = rounds();
    Tally tally = new Tally();
    Stream<DynamicNode> all =
        IntStream.rangeClosed(1, rounds)
            .mapToObj(
                round -> {
                  Stream<DynamicNode> inRound =
                      Stream.concat(
                          cases.stream()
                              .map(c -> DynamicTest.dynamicTest(
                                  c.name(), () -> tally.count(assertAnswered(base.get(), c)))),
                          Stream.of(DynamicTest.dynamicTest(
                              "nothing logged for any of them", () -> assertEquals("", log.call()))));
                  return rounds == 1
                      ? inRound
                      : Stream.of(DynamicContainer.dynamicContainer(
                          "round " + round + " of " + rounds, inRound));
                })
            .flatMap(s -> s);
    return Stream.concat(
        all,
        Stream.of(DynamicTest.dynamicTest(
            "tally",
            () -> System.out.println(tally.summary(server, rounds, cases.size(), log.call())))));
  }

  /** What the rounds sent and got, for the printed tally. */
  private static final class Tally {
    private final long start = System.nanoTime();
    private final LongAdder answered = new LongAdder();
    private final LongAdder unanswered = new LongAdder();

    void count(boolean wasAnswered) {
      (wasAnswered ? answered : unanswered).increment();
    }

    /** The counts are of the cases that passed; {@code log} is the server's log at the end. */
    String summary(String server, int rounds, int cases, String log) {
      return String.format(
          "malformed-HTTP corpus on %s: %d rounds of %d cases, %d requests answered as documented: "
              + "%d documented answers, %d closed without a byte (allowed for them); %s; %.1f s",
          server, rounds, cases, answered.sum() + unanswered.sum(), answered.sum(),
          unanswered.sum(), log.isEmpty() ? "log empty" : "LOG NOT EMPTY",
          (System.nanoTime() - start) / 1e9);
    }
  }

  /**
   * Sends {@code c} and asserts the documented answer: status, media type and exact bytes.
   *
   * @return false when the server closed the connection without a byte, which {@code c} allows
   */
  public static boolean assertAnswered(URI base, Case c) throws Exception {
    RawHttp.Answer answer = RawHttp.exchange(base, c.request(), c.halfClose());
    if (answer == null) {
      assertTrue(c.mayGoUnanswered(), c.name() + ": the connection closed without an answer");
      return false;
    }
    assertAll(
        c.name(),
        () -> assertEquals(c.expected().status(), answer.status(), answer.statusLine()),
        () -> assertEquals(c.expected().mediaType(), answer.header("Content-Type")),
        () -> assertEquals(c.expected().body(), answer.text()));
    return true;
  }

  private static void add(List<Case> cases, String name, String request, Documented expected) {
    cases.add(new Case(name, bytes(request), false, expected, false));
  }

  /** Each char is one byte: the requests are ASCII plus the control bytes the cases need. */
  private static byte[] bytes(String request) {
    return request.getBytes(StandardCharsets.ISO_8859_1);
  }
}
