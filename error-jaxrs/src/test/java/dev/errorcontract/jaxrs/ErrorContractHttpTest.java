package dev.errorcontract.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.errorcontract.integration.contract.ContractCatalog;
import dev.errorcontract.integration.contract.ContractError;
import dev.errorcontract.integration.contract.Deviation;
import dev.errorcontract.integration.contract.HttpContractSuite;
import dev.errorcontract.integration.contract.LogCapture;
import dev.errorcontract.integration.contract.jaxrs.ContractResource;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP contract suite (integration/http-contract-suite) on a Java SE server started through {@link
 * SeBootstrap} on 127.0.0.1, whichever implementation and JSON provider the class path holds (one
 * surefire execution per combination, see the pom), with the catalog's feature registered as a Java SE
 * application registers it; then the cases only JAX-RS has, against the same server.
 */
class ErrorContractHttpTest extends HttpContractSuite {

  /** Which implementation this run must be on; set per surefire execution. */
  private static final String IMPLEMENTATION =
      System.getProperty("errorcontract.implementation", "any");
  /** Which JSON provider this run has on its class path: none, jackson or jsonb. */
  private static final String JSON = System.getProperty("errorcontract.json", "none");

  private static LogCapture log;
  private static SeBootstrap.Instance server;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    log = LogCapture.of("dev.errorcontract.jaxrs");
    Set<Class<?>> classes = new java.util.HashSet<>(Set.of(
        ContractResource.class, JaxrsOwnResources.class, JaxrsOwnResources.AbortingFilter.class,
        JaxrsOwnResources.FailingFilter.class, JaxrsOwnResources.ContractFeature.class));
    if (JSON.equals("jackson")) {
      // Jackson's JAX-RS provider is not discovered by every implementation: registered as users do.
      classes.add(Class.forName("com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider"));
    }
    Application application =
        new Application() {
          @Override
          public Set<Class<?>> getClasses() {
            return classes;
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
    base = URI.create("http://127.0.0.1:" + server.configuration().port() + "/");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
    if (log != null) {
      log.close();
    }
  }

  @Override
  protected URI base() {
    return base;
  }

  @Override
  protected String logged(String correlationId) {
    return log.textFor(correlationId);
  }

  @Override
  protected Map<Deviation, String> deviations() {
    Map<Deviation, String> deviations = new EnumMap<>(Deviation.class);
    if (JSON.equals("none")) {
      if (IMPLEMENTATION.equals("resteasy")) {
        deviations.put(Deviation.NO_JSON_BINDING_IS_415, "this run has no JSON provider: RESTEasy"
            + " answers a body no reader takes with its own NotSupportedException (415) before reading");
      } else {
        deviations.put(Deviation.NO_JSON_BINDING_IS_UNREADABLE_BODY, "this run has no JSON provider: "
            + IMPLEMENTATION + " raises the missing reader inside the reader interceptor chain (Jersey's"
            + " MessageBodyProviderNotFoundException, CXF's own), where error-jaxrs takes any failure to"
            + " read for an unreadable body");
      }
    }
    if (IMPLEMENTATION.equals("cxf")) {
      deviations.put(Deviation.MEDIA_TYPE_RESPELLED, "the container's own behaviour: CXF's HTTP"
          + " transport here is Jetty 12, whose setContentType replaces a well-known type with its own"
          + " cached spelling (MimeTypes.Type APPLICATION_JSON_UTF_8, application/json;charset=utf-8);"
          + " a type it does not know, application/problem+json; charset=utf-8, keeps its space"
          + " (acceptance.ProblemHttpTest)");
    }
    return deviations;
  }

  // ---------------------------------------------------------------- what only JAX-RS has

  @Test
  void runsOnTheIntendedImplementation() {
    String delegate = RuntimeDelegate.getInstance().getClass().getName();
    String expectedPackage =
        Map.of("jersey", "org.glassfish.jersey.", "resteasy", "org.jboss.resteasy.", "cxf",
                "org.apache.cxf.")
            .getOrDefault(IMPLEMENTATION, "");
    assertTrue(delegate.startsWith(expectedPackage), delegate + " is not " + IMPLEMENTATION);
  }

  @Test
  void aFilterAbortingWithTheFeaturesResponseSendsTheDocumentedError() throws Exception {
    assertDocumented(400, "Invalid limit: 12", get("aborted/limit/12"));
    HttpResponse<byte[]> response = get("aborted/retry");
    assertDocumented(ContractError.SLOW_DOWN, response);
    assertEquals(List.of("7"), response.headers().allValues("Retry-After"));
  }

  /** Once per cause for the whole run: the suite's own case may already have sent it. */
  @Test
  void anUndocumentedResponseIsReplacedAndLoggedOnceForItsCause() throws Exception {
    assertDocumented(ContractError.BAD_REQUEST, get("built/409"));
    assertDocumented(ContractError.BAD_REQUEST, get("built/409"));
    String cause = "Undocumented 409 response from " + ContractResource.class.getName() + "#built";
    long warnings = log.records().stream()
        .filter(r -> r.getLevel() == Level.WARNING && String.valueOf(r.getMessage()).contains(cause))
        .count();
    assertEquals(1, warnings, "one warning for one cause: " + log.records());
  }

  /**
   * An {@code Error} from a filter, which no implementation hands to its mappers: on Jersey and CXF
   * the library's adapters do. RESTEasy's is answered by Undertow, outside JAX-RS: error-servlet's
   * {@code ResteasyUndertowHttpTest} covers it there.
   */
  @ParameterizedTest
  @ValueSource(strings = {"request-filter", "response-filter"})
  void anErrorFromAFilterIsTheDocumented500WithACorrelationId(String site) throws Exception {
    assumeFalse(IMPLEMENTATION.equals("resteasy"), "RESTEasy: answered by Undertow (error-servlet)");
    HttpResponse<byte[]> response = get("failing/" + site);
    assertDocumented(ContractError.INTERNAL_SERVER_ERROR, response);
    assertNothingLeaks(response);
    String id = response.headers().firstValue(CORRELATION_HEADER).orElse(null);
    assertNotNull(id, "correlation id header");
    String logged = log.textFor(id);
    assertNotNull(logged, "logged with " + id);
    assertTrue(logged.contains("java.lang.AssertionError: " + site.replace("-", " ")
        + " failed with " + ContractCatalog.SECRET), logged);
  }
}
