package dev.errorcontract.jaxrs.acceptance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.errorcontract.jaxrs.TestError;
import dev.errorcontract.jaxrs.TestFeature;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jersey only (the default surefire execution): the feature switches on Jersey's response-error
 * mapping ({@code jersey.config.server.exception.processResponseErrors}) so that an {@code Error}
 * thrown by a filter, which Jersey hands to no exception mapper, gets the documented 500; an
 * application that set the property itself keeps its choice.
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

  /** Fails as the throwable corpus's filters do: with an {@code Error}. */
  @Provider
  public static final class FailingFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      throw new AssertionError(SECRET);
    }
  }

  @Test
  void anErrorFromAFilterGetsTheDocumented500() throws Exception {
    RawHttp.Answer answer = getOk(Map.of());
    assertEquals(500, answer.status(), answer::toString);
    ByteArrayOutputStream documented = new ByteArrayOutputStream();
    TestError.INTERNAL_SERVER_ERROR.body().writeTo(documented);
    assertArrayEquals(documented.toByteArray(), answer.body(), answer::toString);
  }

  @Test
  void anApplicationThatSwitchedThePropertyOffKeepsItsChoice() throws Exception {
    RawHttp.Answer answer = getOk(Map.of(PROPERTY, false));
    // Jersey's own answer: an empty 500, which the application chose.
    assertEquals(500, answer.status(), answer::toString);
    assertArrayEquals(new byte[0], answer.body(), answer::toString);
    assertFalse(new String(answer.body(), StandardCharsets.UTF_8).contains(SECRET));
  }

  private static RawHttp.Answer getOk(Map<String, Object> properties) throws Exception {
    Application application =
        new Application() {
          @Override
          public Set<Object> getSingletons() {
            return Set.of(TestFeature.feature());
          }

          @Override
          public Set<Class<?>> getClasses() {
            return Set.of(Ok.class, FailingFilter.class);
          }

          @Override
          public Map<String, Object> getProperties() {
            return properties;
          }
        };
    SeBootstrap.Configuration configuration =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP")
            .host("127.0.0.1")
            .port(0)
            .rootPath("/")
            .build();
    SeBootstrap.Instance server =
        SeBootstrap.start(application, configuration).toCompletableFuture().get(30, TimeUnit.SECONDS);
    try {
      return RawHttp.send(server.configuration().port(), "GET", "/ok", null);
    } finally {
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }
}
