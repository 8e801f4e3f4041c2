package dev.errorcontract.jaxrs.acceptance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.errorcontract.jaxrs.TestBodyWriter;
import dev.errorcontract.jaxrs.TestError;
import dev.errorcontract.jaxrs.TestExceptionMapper;
import dev.errorcontract.jaxrs.TestFeature;
import dev.errorcontract.jaxrs.TestReaderInterceptor;
import dev.errorcontract.jaxrs.TestResponseFilter;
import dev.errorcontract.jaxrs.TestThrowableMapper;
import dev.errorcontract.jaxrs.TestWebApplicationExceptionMapper;
import dev.errorcontract.jaxrs.internal.jersey.JerseyUnmappedThrowables;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jersey only (the default surefire executions): the library switches on Jersey's response-error
 * mapping ({@code jersey.config.server.exception.processResponseErrors}) so that an {@code Error}
 * thrown by a filter, which Jersey hands to no exception mapper, gets the documented 500, whether the
 * application registers the feature or only the generated providers (as scanning finds them); an
 * application that set the property itself keeps its choice; an application without a catalog's
 * providers (the library on its class path for another reason) is left as it configured Jersey.
 */
class JerseyResponseErrorsHttpTest {

  private static final String PROPERTY = "jersey.config.server.exception.processResponseErrors";
  private static final String SECRET = "secret 0xC0FFEE";

  @BeforeEach
  void onJerseyOnly() {
    assumeTrue(System.getProperty("errorcontract.implementation", "").equals("jersey"));
  }

  @Path("/ok")
  public static final class Ok {
    @GET
    public String ok() {
      return "ok";
    }
  }

  /** What Jersey's configuration says of its response-error processing, once the application runs. */
  @Path("/processing")
  public static final class Processing {
    @Context private Configuration configuration;

    @GET
    public String processing() {
      return PROPERTY + "=" + configuration.getProperty(PROPERTY) + ", response-error mapper registered="
          + configuration.isRegistered(JerseyUnmappedThrowables.class);
    }
  }

  /** Fails as the throwable corpus's filters do: with an {@code Error}. */
  @Provider
  public static final class FailingFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      throw new AssertionError(SECRET);
    }
  }

  @Test
  void anErrorFromAFilterGetsTheDocumented500WithTheFeature() throws Exception {
    assertDocumented500(getOk(Set.of(TestFeature.feature()), Set.of(), Map.of()));
  }

  @Test
  void anErrorFromAFilterGetsTheDocumented500WithOnlyTheGeneratedProviders() throws Exception {
    assertDocumented500(
        getOk(
            Set.of(),
            Set.of(
                TestExceptionMapper.class,
                TestWebApplicationExceptionMapper.class,
                TestThrowableMapper.class,
                TestResponseFilter.class,
                TestBodyWriter.class,
                TestReaderInterceptor.class),
            Map.of()));
  }

  @Test
  void withProblemDetailsTheBodyCarriesTheRequestPathAsInstance() throws Exception {
    // Another catalog shape: problem details whose instance the response filter adds from the request.
    RawHttp.Answer answer =
        getOk(
            Set.of(),
            Set.of(
                ProblemExceptionMapper.class,
                ProblemWebApplicationExceptionMapper.class,
                ProblemThrowableMapper.class,
                ProblemResponseFilter.class,
                ProblemBodyWriter.class,
                ProblemReaderInterceptor.class),
            Map.of());
    assertEquals(500, answer.status(), answer::toString);
    ByteArrayOutputStream documented = new ByteArrayOutputStream();
    ProblemError.forStatus(500).body(500, "/ok").writeTo(documented);
    assertArrayEquals(documented.toByteArray(), answer.body(), answer::toString);
  }

  private static void assertDocumented500(RawHttp.Answer answer) throws Exception {
    assertEquals(500, answer.status(), answer::toString);
    ByteArrayOutputStream documented = new ByteArrayOutputStream();
    TestError.INTERNAL_SERVER_ERROR.body().writeTo(documented);
    assertArrayEquals(documented.toByteArray(), answer.body(), answer::toString);
  }

  @Test
  void anApplicationWithoutACatalogKeepsJerseysResponseErrorProcessingAsItWas() throws Exception {
    // The library on the class path, no catalog's providers and no feature registered (issue 26).
    RawHttp.Answer answer = get("/processing", Set.of(), Set.of(Processing.class), Map.of());
    assertEquals(200, answer.status(), answer::toString);
    assertEquals(PROPERTY + "=null, response-error mapper registered=false",
        new String(answer.body(), StandardCharsets.UTF_8));
  }

  @Test
  void anApplicationWithOnlyTheGeneratedProvidersHasItOn() throws Exception {
    Set<Class<?>> classes = Set.of(
        Processing.class,
        TestExceptionMapper.class,
        TestWebApplicationExceptionMapper.class,
        TestThrowableMapper.class,
        TestResponseFilter.class,
        TestBodyWriter.class,
        TestReaderInterceptor.class);
    RawHttp.Answer answer = get("/processing", Set.of(), classes, Map.of());
    assertEquals(PROPERTY + "=true, response-error mapper registered=true",
        new String(answer.body(), StandardCharsets.UTF_8), answer::toString);
  }

  @Test
  void anApplicationWithTheFeatureHasItOn() throws Exception {
    RawHttp.Answer answer = get("/processing", Set.of(TestFeature.feature()), Set.of(Processing.class), Map.of());
    assertEquals(PROPERTY + "=true, response-error mapper registered=true",
        new String(answer.body(), StandardCharsets.UTF_8), answer::toString);
  }

  @Test
  void anApplicationThatSwitchedThePropertyOffKeepsItsChoice() throws Exception {
    RawHttp.Answer answer = getOk(Set.of(TestFeature.feature()), Set.of(), Map.of(PROPERTY, false));
    // Jersey's own answer: an empty 500, which the application chose.
    assertEquals(500, answer.status(), answer::toString);
    assertArrayEquals(new byte[0], answer.body(), answer::toString);
    assertFalse(new String(answer.body(), StandardCharsets.UTF_8).contains(SECRET));
  }

  /** {@code GET /ok} from an application of these providers, the resource and the failing filter. */
  private static RawHttp.Answer getOk(
      Set<Object> singletons, Set<Class<?>> providers, Map<String, Object> properties)
      throws Exception {
    Set<Class<?>> classes = new HashSet<>(providers);
    classes.add(Ok.class);
    classes.add(FailingFilter.class);
    return get("/ok", singletons, classes, properties);
  }

  /** {@code GET path} from an application of exactly these singletons and classes. */
  private static RawHttp.Answer get(
      String path, Set<Object> singletons, Set<Class<?>> classes, Map<String, Object> properties)
      throws Exception {
    Application application =
        new Application() {
          @Override
          public Set<Object> getSingletons() {
            return singletons;
          }

          @Override
          public Set<Class<?>> getClasses() {
            return classes;
          }

          @Override
          public Map<String, Object> getProperties() {
            return properties;
          }
        };
    SeBootstrap.Instance server = AcceptanceServer.start(application);
    try {
      return RawHttp.send(server.configuration().port(), "GET", path, null);
    } finally {
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }
}
