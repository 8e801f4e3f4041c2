package dev.errorcontract.jaxrs;

import static dev.errorcontract.jaxrs.TestErrors.expectedJson;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated providers ({@code TestExceptionMapper} and the rest) as scanning registers them, and
 * the feature registered explicitly besides: each provider must be registered once, and the bytes
 * must be the documented ones. Runs on every implementation of the pom's executions.
 */
class GeneratedProvidersHttpTest {

  /** Every class the processor generates as a JAX-RS provider for the test catalog. */
  static final List<Class<?>> GENERATED =
      List.of(
          TestExceptionMapper.class,
          TestWebApplicationExceptionMapper.class,
          TestThrowableMapper.class,
          TestResponseFilter.class,
          TestBodyWriter.class,
          TestReaderInterceptor.class);

  private static final Logger LOG = Logger.getLogger("dev.errorcontract.jaxrs");
  private static final List<LogRecord> RECORDS = new CopyOnWriteArrayList<>();
  private static final Handler CAPTURE =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          RECORDS.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** What was logged while the server started, before any test cleared {@link #RECORDS}. */
  private static List<LogRecord> startup = List.of();

  private static SeBootstrap.Instance server;
  private static int port;
  private static HttpClient client;

  /** What the scanned application holds, and what provokes the cases of this suite. */
  @Path("/")
  public static class Probe {
    @Context Configuration configuration;

    /** The classes of every registered provider: by class, and as instances. */
    @GET
    @Path("registered")
    @Produces(MediaType.TEXT_PLAIN)
    public String registered() {
      Set<String> names = new TreeSet<>();
      configuration.getClasses().forEach(c -> names.add("class " + c.getName()));
      configuration.getInstances().forEach(i -> names.add("instance " + i.getClass().getName()));
      return String.join("\n", names);
    }

    @GET
    @Path("errors/{name}")
    public String error(@PathParam("name") String name) {
      throw TestErrors.exceptionFor(TestError.valueOf(name));
    }

    @GET
    @Path("database")
    public String database() {
      throw new TestException.ServiceUnavailable(new SQLException("jdbc:pg://db secret=" + SECRET));
    }

    @GET
    @Path("nonce")
    public String nonce() {
      throw new TestException.InvalidNonce(new IllegalArgumentException("nonce " + SECRET));
    }

    @GET
    @Path("conflict")
    public Response conflict() {
      return Response.status(409).entity("oops").type(MediaType.TEXT_PLAIN).build();
    }

    @GET
    @Path("secret")
    public String secret() {
      throw new IllegalStateException("cannot connect with " + SECRET);
    }
  }

  private static final String SECRET = "password=hunter2-42";

  @BeforeAll
  static void start() throws Exception {
    LOG.addHandler(CAPTURE);
    LOG.setLevel(Level.ALL);
    Set<Class<?>> classes = new java.util.HashSet<>(GENERATED);
    classes.add(Probe.class);
    Application application =
        new Application() {
          // The generated classes as scanning registers them, and the feature explicitly.
          @Override
          public Set<Class<?>> getClasses() {
            return classes;
          }

          @Override
          public Set<Object> getSingletons() {
            return Set.of(TestFeature.feature());
          }
        };
    SeBootstrap.Configuration configuration =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP")
            .host("127.0.0.1")
            .port(0)
            .rootPath("/")
            .build();
    server =
        SeBootstrap.start(application, configuration).toCompletableFuture().get(30, TimeUnit.SECONDS);
    port = server.configuration().port();
    startup = List.copyOf(RECORDS);
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
    LOG.removeHandler(CAPTURE);
  }

  private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return send("GET", path);
  }

  private static HttpResponse<byte[]> send(String method, String path)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(20))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void assertDocumented(TestError error, HttpResponse<byte[]> response) {
    String body = new String(response.body(), UTF_8);
    assertEquals(error.status().code(), response.statusCode(), () -> "status; body was " + body);
    assertArrayEquals(expectedJson(error.detail()).getBytes(UTF_8), response.body(), body);
    assertEquals(List.of("application/json"), response.headers().allValues("Content-Type"));
  }

  private static List<LogRecord> records(Level level, String containing) {
    List<LogRecord> found = new ArrayList<>();
    for (LogRecord record : RECORDS) {
      if (record.getLevel() == level && record.getMessage().contains(containing)) {
        found.add(record);
      }
    }
    return found;
  }

  @Test
  void generatedProvidersCarryTheFeaturesPriority() {
    for (Class<?> provider : GENERATED) {
      Priority priority = provider.getAnnotation(Priority.class);
      assertNotNull(priority, provider.getName());
      assertEquals(ErrorContractFeature.PRIORITY, priority.value(), provider.getName());
      assertTrue(java.lang.reflect.Modifier.isFinal(provider.getModifiers()), provider.getName());
    }
  }

  /**
   * Jersey shows a feature what the application registered: the feature then registers none of the
   * library's own providers. RESTEasy and CXF configure the feature without showing it the
   * application's classes: both sets are registered there, and the runtime tells the duplicate apart
   * (the first response filter to finish an answer marks the request; the others stand aside; a
   * catalog exception meets the generated mapper, the nearest type). The other tests of this class
   * check that the bytes are the documented ones either way, and that a replaced response is warned
   * about once.
   */
  @Test
  void theFeatureRegistersNothingTheGeneratedProvidersDoWhereTheImplementationShowsThem()
      throws Exception {
    List<LogRecord> decisions = new ArrayList<>();
    for (LogRecord record : startup) {
      if (record.getMessage().contains("Catalog Test: registered by its generated providers")) {
        decisions.add(record);
      }
    }
    assertEquals(1, decisions.size(), String.valueOf(startup));
    if (System.getProperty("errorcontract.implementation", "").equals("jersey")) {
      String all =
          java.util.EnumSet.allOf(dev.errorcontract.jaxrs.internal.GeneratedRoles.class).toString();
      assertTrue(decisions.get(0).getMessage().contains(all), decisions.get(0).getMessage());
      String registered = new String(get("/registered").body(), UTF_8);
      for (Class<?> provider : GENERATED) {
        assertTrue(registered.contains("class " + provider.getName()), registered);
      }
      for (String internal :
          List.of("CatalogExceptionMapper", "WebApplicationExceptionMapper", "ThrowableMapper",
              "ErrorResponseFilter", "ErrorBodyWriter", "UnreadableBodyInterceptor")) {
        assertFalse(
            registered.contains("dev.errorcontract.jaxrs.internal." + internal), registered);
      }
    }
  }

  @Test
  void catalogErrorsAreSentAsDocumented() throws Exception {
    assertDocumented(TestError.PASSPORT_NOT_FOUND, get("/errors/PASSPORT_NOT_FOUND"));
    assertDocumented(TestError.MAINTENANCE, get("/errors/MAINTENANCE"));
  }

  @Test
  void frameworkErrorsAreSentAsDocumented() throws Exception {
    assertDocumented(TestError.NOT_FOUND, get("/no/such/path"));
    assertDocumented(TestError.METHOD_NOT_ALLOWED, send("DELETE", "/secret"));
  }

  /** Two filters may be registered (see above): one answers, and one warning is logged. */
  @Test
  void undocumentedResponseIsReplacedAndTheWarningNamesTheResourceMethod() throws Exception {
    RECORDS.clear();
    assertDocumented(TestError.BAD_REQUEST, get("/conflict"));
    assertDocumented(TestError.BAD_REQUEST, get("/conflict"));
    List<LogRecord> warnings = records(Level.WARNING, "409");
    assertEquals(1, warnings.size(), String.valueOf(warnings));
    assertTrue(
        warnings.get(0).getMessage().contains(Probe.class.getName() + "#conflict"),
        warnings.get(0).getMessage());
  }

  @Test
  void aServerErrorsCauseIsLoggedAtErrorWithTheCorrelationIdAndNeverSent() throws Exception {
    RECORDS.clear();
    HttpResponse<byte[]> response = get("/database");
    assertDocumented(TestError.SERVICE_UNAVAILABLE, response);
    String sent = response.headers().map() + new String(response.body(), UTF_8);
    assertFalse(sent.contains("hunter2"), sent);
    assertFalse(sent.contains("SQLException"), sent);
    String id = response.headers().firstValue("X-Correlation-Id").orElse(null);
    assertNotNull(id, "correlation id header");
    List<LogRecord> errors = records(Level.SEVERE, id);
    assertEquals(1, errors.size(), String.valueOf(RECORDS));
    Throwable cause = errors.get(0).getThrown().getCause();
    assertTrue(cause instanceof SQLException, String.valueOf(cause));
  }

  @Test
  void aClientErrorsCauseIsLoggedAtDebugWithTheCorrelationId() throws Exception {
    RECORDS.clear();
    HttpResponse<byte[]> response = get("/nonce");
    assertDocumented(TestError.INVALID_NONCE, response);
    assertFalse(new String(response.body(), UTF_8).contains("hunter2"));
    String id = response.headers().firstValue("X-Correlation-Id").orElse(null);
    assertNotNull(id, "correlation id header");
    // System.Logger's DEBUG is java.util.logging's FINE.
    List<LogRecord> debug = records(Level.FINE, id);
    assertEquals(1, debug.size(), String.valueOf(RECORDS));
    assertTrue(debug.get(0).getThrown().getCause() instanceof IllegalArgumentException);
    assertEquals(List.of(), records(Level.SEVERE, id));
  }

  @Test
  void aClientErrorsCauseMakesNoCorrelationIdWhenDebugIsOff() throws Exception {
    RECORDS.clear();
    // The logging level as a JVM starts without configuration (issue 26): the library's logger has no
    // level of its own and inherits the root logger's INFO, so DEBUG (java.util.logging's FINE) is off.
    LOG.setLevel(null);
    assertEquals(Level.INFO, Logger.getLogger("").getLevel());
    try {
      HttpResponse<byte[]> response = get("/nonce");
      assertDocumented(TestError.INVALID_NONCE, response);
      // Nothing was logged: an id would point a client's report at no log line.
      assertEquals(java.util.Optional.empty(), response.headers().firstValue("X-Correlation-Id"));
      assertEquals(List.of(), RECORDS);
    } finally {
      LOG.setLevel(Level.ALL);
    }
  }

  @Test
  void aCatalogErrorWithoutACauseIsNotLogged() throws Exception {
    RECORDS.clear();
    HttpResponse<byte[]> response = get("/errors/PASSPORT_NOT_FOUND");
    assertDocumented(TestError.PASSPORT_NOT_FOUND, response);
    assertEquals(java.util.Optional.empty(), response.headers().firstValue("X-Correlation-Id"));
    assertEquals(List.of(), records(Level.SEVERE, ""));
  }

  @Test
  void anUnexpectedFailureIsTheDocumented500() throws Exception {
    RECORDS.clear();
    HttpResponse<byte[]> response = get("/secret");
    assertDocumented(TestError.INTERNAL_SERVER_ERROR, response);
    String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertEquals(1, records(Level.SEVERE, id).size(), String.valueOf(RECORDS));
  }
}
