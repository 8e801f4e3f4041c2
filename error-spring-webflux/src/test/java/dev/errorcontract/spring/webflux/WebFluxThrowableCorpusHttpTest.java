package dev.errorcontract.spring.webflux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A seeded corpus of random throwables (by default 1,000; {@code -Dcorpus.seed}, {@code -Dcorpus.size})
 * thrown from controllers (thrown and through {@code Mono.error}), a functional route and a web
 * filter: each answer is exactly the catalog's, by status, detail and instance, carries a correlation id
 * where a failure was logged, and holds nothing of the throwable.
 */
class WebFluxThrowableCorpusHttpTest {

  private static ConfigurableApplicationContext app;
  private static String base;

  @BeforeAll
  static void start() {
    app = new SpringApplicationBuilder(FluxApp.class)
        .properties("server.address=127.0.0.1", "server.port=0", "spring.main.banner-mode=off",
            "error-contract.webflux.catalog=Flux",
            // A thousand stack traces would bury the run's output: the logging is WebFluxHttpTest's.
            "logging.level.dev.errorcontract.spring.webflux=OFF")
        .run();
    base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    // Boot set the library's java.util.logging level to OFF too, and leaves it: put it back for the
    // next test class of this JVM, whose assertions read the log.
    java.util.logging.Logger.getLogger(ErrorContractWebExceptionHandler.LOGGER).setLevel(null);
  }

  @Test
  void everyRandomThrowableGetsItsDocumentedAnswerAndLeaksNothing() throws Exception {
    long seed = Long.getLong("corpus.seed", 23L);
    int size = Integer.getInteger("corpus.size", 1000);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Map<Corpus.Kind, Integer> kinds = new EnumMap<>(Corpus.Kind.class);
    Map<Corpus.Site, Integer> sites = new EnumMap<>(Corpus.Site.class);
    for (int index = 0; index < size; index++) {
      Corpus.Case c = Corpus.of(seed, index);
      kinds.merge(c.kind(), 1, Integer::sum);
      sites.merge(c.site(), 1, Integer::sum);
      HttpResponse<byte[]> response = client.send(
          HttpRequest.newBuilder(URI.create(base + c.path())).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      String body = new String(response.body(), StandardCharsets.UTF_8);
      String what = "seed " + seed + " case " + index + " " + c;
      assertEquals(c.expectedStatus(), response.statusCode(), what + ": " + body);
      assertEquals(
          "{\"detail\":\"" + c.expectedDetail() + "\",\"instance\":\"" + c.path() + "\"}", body, what);
      assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"), what);
      assertEquals(c.correlated(), response.headers().firstValue("X-Correlation-Id").isPresent(), what);
      assertFalse(response.headers().map().toString().contains(Corpus.SECRET), what);
    }
    // The corpus covers every kind at every site.
    assertEquals(Corpus.Kind.values().length, kinds.size(), kinds.toString());
    assertEquals(Corpus.Site.values().length, sites.size(), sites.toString());
    assertTrue(size < 100 || kinds.values().stream().allMatch(n -> n > 10), kinds.toString());
  }
}
