package dev.errorcontract.jaxrs.acceptance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.Violation;
import dev.errorcontract.jaxrs.ErrorContractFeature;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 25: a Bean Validation failure, as each implementation raises and wraps it (Jersey with
 * jersey-bean-validation, RESTEasy with resteasy-validator-provider, CXF with its
 * JAXRSBeanValidationFeature; Hibernate Validator under all three), answers with the row the catalog
 * chose for {@code INVALID_INPUT}, byte for byte, and hands that row the violations, path and message,
 * sorted; a violated return value is the documented 500. Runs in the executions that add Bean
 * Validation (jersey, resteasy, cxf); the others run the whole suite without a validator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "errorcontract.beanValidation", matches = "true")
class BeanValidationHttpTest {

  private static final String IMPLEMENTATION = System.getProperty("errorcontract.implementation");
  private static final String JSON = "application/json";
  private static final String INVALID = "{\"message\":\"Validation failed\",\"code\":\"validation_failed\"}";

  private final RecordingTable table = new RecordingTable(ValidationError.table());
  private SeBootstrap.Instance server;
  private int port;

  @BeforeAll
  void start() throws Exception {
    Set<Object> singletons = new HashSet<>();
    singletons.add(ErrorContractFeature.of(table));
    // A singleton: CXF's validating interceptor runs before a per-request resource exists.
    singletons.add(new ValidationResources());
    if ("cxf".equals(IMPLEMENTATION)) {
      cxfValidation(true);
    }
    Application application =
        new Application() {
          @Override
          public Set<Class<?>> getClasses() {
            return Set.of(ValidationResources.SignupReader.class);
          }

          @Override
          public Set<Object> getSingletons() {
            return singletons;
          }
        };
    server = AcceptanceServer.start(application);
    port = server.configuration().port();
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
    if ("cxf".equals(IMPLEMENTATION)) {
      cxfValidation(false);
    }
  }

  /**
   * CXF validates only where the application installs its JAXRSBeanValidationFeature; an application
   * started with SeBootstrap has no factory bean to give it to, so it goes on the bus, as a CXF user
   * does for every endpoint (the portable feature needs no JAX-WS API). Taken off again after the
   * class, so the other suites' servers run as they always do.
   */
  private static void cxfValidation(boolean on) throws Exception {
    Class<?> busType = Class.forName("org.apache.cxf.Bus");
    Object bus = Class.forName("org.apache.cxf.BusFactory").getMethod("getDefaultBus").invoke(null);
    if (on) {
      Object feature =
          Class.forName("org.apache.cxf.jaxrs.validation.JAXRSBeanValidationFeature$Portable")
              .getConstructor()
              .newInstance();
      Class.forName("org.apache.cxf.feature.AbstractPortableFeature")
          .getMethod("initialize", busType)
          .invoke(feature, bus);
      return;
    }
    for (String chain : List.of("getInInterceptors", "getOutInterceptors")) {
      ((List<?>) busType.getMethod(chain).invoke(bus))
          .removeIf(i -> i.getClass().getName().startsWith("org.apache.cxf.jaxrs.validation."));
    }
  }

  @BeforeEach
  void forget() {
    table.handed.clear();
  }

  @Test
  void anInvalidBodyAnswersTheInvalidInputRowWithItsViolationsSorted() throws Exception {
    RawHttp.Answer answer =
        post("/signups", "name=x\nemail=\nitem=A-1\nitem=\n");

    assertExactly(422, INVALID, answer);
    assertEquals(
        List.of(List.of(
            new Violation("email", "is required"),
            new Violation("items[1].sku", "is required"),
            new Violation("name", "must be 2 to 10 characters"))),
        table.handed);
  }

  @Test
  void twoViolationsOfOnePropertyAreOrderedByMessage() throws Exception {
    RawHttp.Answer answer = post("/signups", "name=\nemail=a@example.com\n");

    assertExactly(422, INVALID, answer);
    assertEquals(
        List.of(List.of(
            new Violation("name", "is required"),
            new Violation("name", "must be 2 to 10 characters"))),
        table.handed);
  }

  @Test
  void constrainedParametersAreNamedAsTheRequestNamesThem() throws Exception {
    RawHttp.Answer answer = RawHttp.send(port, "GET", "/signups/search?limit=500", null);

    assertExactly(422, INVALID, answer);
    assertEquals(
        List.of(List.of(
            new Violation("limit", "must be at most 100"),
            new Violation("q", "is required"))),
        table.handed);
  }

  @Test
  void validInputReachesTheResource() throws Exception {
    RawHttp.Answer created = post("/signups", "name=Ada\nemail=ada@example.com\nitem=A-1\n");
    RawHttp.Answer found = RawHttp.send(port, "GET", "/signups/search?q=passport", null);

    assertEquals(200, created.status(), created::toString);
    assertEquals("created Ada", created.text());
    assertEquals(200, found.status(), found::toString);
    assertEquals("found passport 10", found.text());
    assertEquals(List.of(), table.handed);
  }

  @Test
  void aViolatedReturnValueIsTheServersBugNotInvalidInput() throws Exception {
    RawHttp.Answer answer = RawHttp.send(port, "GET", "/signups/broken", null);

    assertEquals(500, answer.status(), answer::toString);
    assertEquals(List.of(JSON), answer.headers("Content-Type"), answer::toString);
    assertEquals("{\"message\":\"Internal Server Error\",\"code\":null}", answer.text());
    List<String> ids = answer.headers(ErrorContractFeature.DEFAULT_CORRELATION_HEADER);
    assertEquals(1, ids.size(), answer::toString);
    assertTrue(ids.get(0).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
        ids::toString);
    assertEquals(List.of(), table.handed);
  }

  private RawHttp.Answer post(String path, String body) throws IOException {
    return RawHttp.send(port, "POST", path, body, "Content-Type: text/plain");
  }

  /**
   * Status, Content-Type and body exactly; no correlation id, and no header but those every answer of
   * the container carries.
   */
  private static void assertExactly(int status, String body, RawHttp.Answer answer) {
    AcceptanceServer.assertAnswer(status, JSON, body, answer);
    assertEquals(List.of(), answer.headers(ErrorContractFeature.DEFAULT_CORRELATION_HEADER),
        answer::toString);
    // Nothing of the implementations' own answers: RESTEasy's marks them "validation-exception: true".
    for (String[] header : answer.headers()) {
      assertTrue(Set.of("content-type", "content-length", "date", "connection", "server")
          .contains(header[0].toLowerCase(java.util.Locale.ROOT)), answer::toString);
    }
    List<String> length = answer.headers("Content-Length");
    assertTrue(length.isEmpty() || length.equals(List.of(String.valueOf(body.getBytes(UTF_8).length))),
        answer::toString);
  }
}
