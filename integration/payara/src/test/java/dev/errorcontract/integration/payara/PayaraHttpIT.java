package dev.errorcontract.integration.payara;

import static dev.errorcontract.integration.payara.TestErrors.expectedJson;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.integration.contract.HttpContractSuite;
import dev.errorcontract.integration.contract.jaxrs.ContractResource;
import dev.errorcontract.jaxrs.ErrorContractFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payara Micro, one server for every case. The HTTP contract suite (integration/http-contract-suite)
 * runs against {@code contract.war} at {@code /contract}, which this test builds from the suite's jar,
 * error-catalog and error-jaxrs and {@link ContractApplication}; Payara brings its own JSON provider
 * (JSON-B), so the bound-JSON cases run too. The rest are Payara's own, against the module's WAR as
 * users write one, deployed at {@code /}: an empty {@code Application}, the catalog and the resources,
 * everything found by scanning.
 *
 * <p>The same WAR plus a {@code WEB-INF/web.xml} with only an error page is deployed beside it at
 * {@code /covered}: it shows what a servlet-level adapter (an error page a library could declare in a
 * {@code web-fragment.xml}) covers of the servlet container's own answers.
 */
class PayaraHttpIT extends HttpContractSuite {

  /**
   * The servlet container's 404s forwarded to a path the JAX-RS application answers with the catalog's
   * 404: what a library's web-fragment.xml could declare.
   */
  private static final String ERROR_PAGE_WEB_XML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
          + "  <error-page>\n"
          + "    <error-code>404</error-code>\n"
          + "    <location>/errors/NOT_FOUND</location>\n"
          + "  </error-page>\n"
          + "</web-app>\n";

  private static PayaraMicro server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    Path war = PayaraMicro.path("payara.war");
    Path wars = Files.createTempDirectory("payara-wars");
    Path root = Files.copy(war, wars.resolve("ROOT.war"));
    Path covered = Files.copy(war, wars.resolve("covered.war"));
    try (FileSystem zip = FileSystems.newFileSystem(covered)) {
      Files.writeString(zip.getPath("WEB-INF", "web.xml"), ERROR_PAGE_WEB_XML);
    }
    Path contract = contractWar(wars.resolve("contract.war"));
    server = PayaraMicro.start(PayaraMicro.path("payara.jar"), List.of(root, covered, contract));
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /**
   * The HTTP contract suite's WAR: {@link ContractApplication} in {@code WEB-INF/classes}; the suite,
   * error-catalog and error-jaxrs in {@code WEB-INF/lib}, taken from this test's class path (the
   * reactor's jars, or a module's classes directory packed as one).
   */
  private static Path contractWar(Path war) throws Exception {
    Map<String, Class<?>> jars = new LinkedHashMap<>();
    jars.put("http-contract-suite.jar", ContractResource.class);
    jars.put("error-catalog.jar", ErrorTable.class);
    jars.put("error-jaxrs.jar", ErrorContractFeature.class);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(war))) {
      String application = ContractApplication.class.getName().replace('.', '/') + ".class";
      out.putNextEntry(new ZipEntry("WEB-INF/classes/" + application));
      try (InputStream in = ContractApplication.class.getClassLoader().getResourceAsStream(application)) {
        in.transferTo(out);
      }
      out.closeEntry();
      for (Map.Entry<String, Class<?>> jar : jars.entrySet()) {
        out.putNextEntry(new ZipEntry("WEB-INF/lib/" + jar.getKey()));
        Path source = Path.of(jar.getValue().getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(source)) {
          packed(source, out);
        } else {
          Files.copy(source, out);
        }
        out.closeEntry();
      }
    }
    return war;
  }

  /** The files under {@code classes} as a jar, written to {@code out}. */
  private static void packed(Path classes, OutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream jar = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        jar.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, jar);
        jar.closeEntry();
      }
    }
    out.write(bytes.toByteArray());
  }

  @Override
  protected URI base() {
    return URI.create("http://127.0.0.1:" + server.port() + "/contract/");
  }

  /** The server's log record holding {@code correlationId}: from it to the record's end ({@code ]]}). */
  @Override
  protected String logged(String correlationId) {
    try {
      String log = waitForLog(correlationId);
      int at = log.indexOf(correlationId);
      if (at < 0) {
        return null;
      }
      int end = log.indexOf("]]", at);
      return log.substring(at, end < 0 ? log.length() : end);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static HttpResponse<byte[]> sendRoot(String method, String path, String contentType,
      String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<byte[]> getRoot(String path, String... headers)
      throws IOException, InterruptedException {
    return sendRoot("GET", path, null, null, headers);
  }

  /** Asserts the documented answer: status, exact bytes, exact Content-Type. */
  private static void assertRootDocumented(int status, String detail, HttpResponse<byte[]> response) {
    String body = new String(response.body(), UTF_8);
    assertEquals(status, response.statusCode(), () -> "status; body was " + body);
    assertArrayEquals(expectedJson(detail).getBytes(UTF_8), response.body(), () -> "body " + body);
    assertEquals(
        List.of("application/json"), response.headers().allValues("Content-Type"), "Content-Type");
  }

  private static void assertRootDocumented(TestError error, HttpResponse<byte[]> response) {
    assertRootDocumented(error.status().code(), error.detail(), response);
  }

  /** Sends a raw request with Connection: close and returns every byte the server answered. */
  static byte[] raw(int port, String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          answer.write(buffer, 0, n);
        }
      } catch (java.net.SocketTimeoutException keptOpen) {
        // The connection stayed open despite Connection: close; what came counts.
      }
      return answer.toByteArray();
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  // ---------------------------------------------------------------- the suite

  @Test
  void runsOnPayara() throws Exception {
    assertTrue(server.log().contains("Payara Micro"), "not Payara Micro's log");
  }

  @Test
  void aFilterAbortingWithTheFeaturesResponseSendsTheDocumentedError() throws Exception {
    assertRootDocumented(400, "Invalid limit: 12", getRoot("/aborted/limit/12"));
    HttpResponse<byte[]> response = getRoot("/aborted/retry");
    assertRootDocumented(TestError.SLOW_DOWN, response);
    assertEquals(List.of("7"), response.headers().allValues("Retry-After"));
  }

  @Test
  void undocumentedResponseFromAResourceIsReplacedAndLoggedOnce() throws Exception {
    assertRootDocumented(TestError.BAD_REQUEST, getRoot("/conflict"));
    assertRootDocumented(TestError.BAD_REQUEST, getRoot("/conflict"));
    // From this method: the corpus's WebApplicationExceptions with an entity are warned about too.
    assertEquals(
        1,
        count(server.log(), "Undocumented 409 response from " + TestResources.class.getName()
            + "#conflict"),
        "one warning");
  }

  private static String waitForLog(String part) throws Exception {
    // The server's log is written by another process: give it a moment to reach the file.
    for (int i = 0; i < 50; i++) {
      String log = server.log();
      if (log.contains(part)) {
        return log;
      }
      Thread.sleep(100);
    }
    return server.log();
  }

  // ------------------------------------------------- what Payara answers itself (not covered)
  //
  // These pin what the server sends before any application code runs, so that a change in Payara
  // shows up here. None is a documented answer; see this module's README for why no adapter in the
  // application can reach them, and which one (a servlet error page) could.

  /** The head of {@code answer} up to the blank line, and what follows it. */
  private static String[] headAndBody(byte[] answer) {
    String text = new String(answer, UTF_8);
    int end = text.indexOf("\r\n\r\n");
    assertTrue(end > 0, text);
    return new String[] {text.substring(0, end), text.substring(end + 4)};
  }

  @Test
  void grizzlyRejectsABadContentLengthWithAnEmpty400BeforeTheApplication() throws Exception {
    String[] answer =
        headAndBody(raw(server.port(), "POST /raw HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Length: abc\r\n\r\n"));
    assertTrue(answer[0].startsWith("HTTP/1.1 400 Bad Request\r\n"), answer[0]);
    assertTrue(answer[0].contains("\r\nContent-Length: 0"), answer[0]);
    assertFalse(answer[0].contains("Content-Type"), answer[0]);
    assertEquals("", answer[1]);
  }

  @Test
  void grizzlyRejectsAnEncodedNulWithAnEmpty400InvalidUri() throws Exception {
    String[] answer =
        headAndBody(raw(server.port(), "GET /a%00b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    assertTrue(answer[0].startsWith("HTTP/1.1 400 Invalid URI\r\n"), answer[0]);
    assertEquals("", answer[1]);
  }

  @Test
  void anInvalidEscapeInThePathGetsAnEmpty200FromTheWebContainer() throws Exception {
    // The web container's mapper fails to decode "%zz" (logged as SEVERE) and sends what it has.
    String[] answer =
        headAndBody(raw(server.port(), "GET /json/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Connection: close\r\n\r\n"));
    assertTrue(answer[0].startsWith("HTTP/1.1 200 OK\r\n"), answer[0]);
    assertTrue(answer[0].contains("\r\nContent-Length: 0"), answer[0]);
    assertEquals("", answer[1]);
  }

  @Test
  void errorServletAnswersTheServletContainersOwn404AsDocumented() throws Exception {
    // WEB-INF and META-INF are never served, even with the application at "/": the servlet
    // container's own 404, answered by error-servlet's default error page (its web-fragment.xml).
    assertRootDocumented(TestError.NOT_FOUND, getRoot("/WEB-INF/web.xml"));
    assertRootDocumented(TestError.NOT_FOUND, getRoot("/META-INF/MANIFEST.MF"));
    // The error servlet's own path, requested directly, is a path the API does not have.
    assertRootDocumented(TestError.NOT_FOUND, getRoot("/.error-contract/container-error"));
  }

  @Test
  void anErrorFromAFilterGetsTheDocumented500() throws Exception {
    // Jersey hands an Error thrown by a filter to no mapper: the Jersey adapter Payara's Jersey
    // discovers in error-jaxrs answers it (error-servlet's error page for Throwable would, were it to
    // leave the JAX-RS servlet; the corpus has many more).
    long seed = 7;
    int index = 0;
    dev.errorcontract.integration.corpus.CorpusCase corpusCase = null;
    for (; index < 10_000; index++) {
      corpusCase = dev.errorcontract.integration.corpus.ThrowableCorpus.caseOf(seed, index);
      if (corpusCase.kind() == dev.errorcontract.integration.corpus.CorpusKind.ERROR
          && corpusCase.site() == dev.errorcontract.integration.corpus.Site.REQUEST_FILTER) {
        break;
      }
    }
    HttpResponse<byte[]> response = getRoot("/" + corpusCase.path());
    assertRootDocumented(TestError.INTERNAL_SERVER_ERROR, response);
    assertFalse(everything(response).contains(corpusCase.secret()), everything(response));
    String id = response.headers().firstValue("X-Correlation-Id").orElse(null);
    assertNotNull(id, "correlation id header");
    String log = waitForLog("correlation id " + id);
    assertTrue(log.contains(corpusCase.secret()), "logged");
    // Answered inside JAX-RS by the contract's Throwable mapper, through the Jersey adapter that the
    // scanned generated providers switch on (issue 26), not by error-servlet's page after it left.
    assertTrue(log.contains("Unexpected failure answered as documented; correlation id " + id), log);
  }

  @Test
  void anErrorPageOfTheApplicationAnswersTheServletContainersOwn404AsDocumented() throws Exception {
    assertRootDocumented(TestError.NOT_FOUND, getRoot("/covered/WEB-INF/web.xml"));
    assertRootDocumented(TestError.NOT_FOUND, getRoot("/covered/META-INF/MANIFEST.MF"));
    assertRootDocumented(TestError.NOT_FOUND, getRoot("/covered/no/such/path"));
  }

  @Test
  void anErrorPageDoesNotReachWhatGrizzlyRejects() throws Exception {
    String[] answer =
        headAndBody(raw(server.port(), "POST /covered/raw HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Length: abc\r\n\r\n"));
    assertTrue(answer[0].startsWith("HTTP/1.1 400 Bad Request\r\n"), answer[0]);
    assertEquals("", answer[1]);
  }

  /**
   * RELIABILITY.md's random-throwable figure on Payara: the seeded corpus ({@code -Dcorpus.seed},
   * {@code -Dcorpus.size}) thrown from the corpus's resource, request filter and response filter
   * (classes of throwable-corpus in {@code WEB-INF/lib}, found by scanning) of the WAR at {@code /}. Same server as the other cases: a second Payara start
   * would cost a minute.
   */
  @Test
  void everyRandomThrowableGetsADocumentedAnswerAndLeaksNothing() throws Exception {
    dev.errorcontract.integration.corpus.CorpusTally tally =
        dev.errorcontract.integration.corpus.CorpusRun.run(
            "payara", URI.create("http://127.0.0.1:" + server.port() + "/"), TestError.table(),
            PayaraHttpIT::corpusGap);
    assertTrue(tally.clean(), tally.summary());
  }

  /** The corpus cases Payara answers itself (see RELIABILITY.md); none known yet. */
  static boolean corpusGap(dev.errorcontract.integration.corpus.CorpusCase corpusCase) {
    return false;
  }
}
