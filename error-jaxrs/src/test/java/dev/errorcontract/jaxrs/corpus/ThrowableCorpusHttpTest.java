package dev.errorcontract.jaxrs.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.errorcontract.integration.corpus.CorpusCase;
import dev.errorcontract.integration.corpus.CorpusFilters;
import dev.errorcontract.integration.corpus.CorpusKind;
import dev.errorcontract.integration.corpus.CorpusResource;
import dev.errorcontract.integration.corpus.CorpusRun;
import dev.errorcontract.integration.corpus.CorpusTally;
import dev.errorcontract.integration.corpus.CorpusThrower;
import dev.errorcontract.integration.corpus.Site;
import dev.errorcontract.jaxrs.TestError;
import dev.errorcontract.jaxrs.TestFeature;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY.md's random-throwable figure for the implementation of this surefire execution: the
 * seeded corpus ({@code -Dcorpus.seed}, {@code -Dcorpus.size}) thrown from a resource, a request
 * filter and a response filter; every answer documented byte for byte, none leaking.
 */
class ThrowableCorpusHttpTest {

  /** Which implementation this run is on; set per surefire execution. */
  private static final String IMPLEMENTATION =
      System.getProperty("errorcontract.implementation", "any");

  /**
   * The cases this implementation answers itself, whatever a provider does: an {@code Error} thrown
   * by a filter on RESTEasy, which catches only {@code Exception} around filters; the {@code Error}
   * leaves it, and Undertow answers its HTML error page, which holds the message. Only a
   * container-level error page can cover it (RELIABILITY.md).
   *
   * <p>Jersey and CXF hand the like of it to no exception mapper either; the library's adapters for
   * them ({@code internal.jersey}, {@code internal.cxf}) do, so they have no gap here.
   */
  static boolean knownGap(CorpusCase corpusCase) {
    if (corpusCase.site() == Site.RESOURCE) {
      return false;
    }
    return IMPLEMENTATION.equals("resteasy") && corpusCase.kind() == CorpusKind.ERROR;
  }

  @Test
  void everyRandomThrowableGetsADocumentedAnswerAndLeaksNothing() throws Exception {
    // Once per implementation: the JSON provider plays no part in an error answer.
    assumeTrue(System.getProperty("errorcontract.json", "none").equals("none"));
    System.setProperty(CorpusThrower.CATALOG_PROPERTY, TestError.class.getName());
    Application application =
        new Application() {
          @Override
          public Set<Class<?>> getClasses() {
            return Set.of(CorpusResource.class, CorpusFilters.class, TestFeature.class);
          }
        };
    SeBootstrap.Configuration configuration =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP").host("127.0.0.1").port(0).rootPath("/").build();
    SeBootstrap.Instance server =
        SeBootstrap.start(application, configuration).toCompletableFuture().get(30, TimeUnit.SECONDS);
    // A thousand logged failures, some with 200 KB messages, would drown the build log: the logging
    // of causes is tested by GeneratedProvidersHttpTest.
    Logger log = Logger.getLogger("dev.errorcontract.jaxrs");
    Level level = log.getLevel();
    log.setLevel(Level.OFF);
    try {
      URI base = URI.create("http://127.0.0.1:" + server.configuration().port() + "/");
      CorpusTally tally =
          CorpusRun.run(IMPLEMENTATION, base, TestError.table(), ThrowableCorpusHttpTest::knownGap);
      assertTrue(tally.clean(), tally.summary());
    } finally {
      log.setLevel(level);
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }
}
