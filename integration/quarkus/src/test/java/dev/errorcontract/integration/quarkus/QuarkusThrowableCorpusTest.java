package dev.errorcontract.integration.quarkus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.integration.corpus.CorpusRun;
import dev.errorcontract.integration.corpus.CorpusTally;
import dev.errorcontract.integration.corpus.CorpusThrower;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY.md's random-throwable figure on Quarkus REST: the seeded corpus ({@code -Dcorpus.seed},
 * {@code -Dcorpus.size}) thrown from the corpus's resource, request filter and response filter
 * (classes of the throwable-corpus jar, which Quarkus indexes as a bean archive); every answer
 * documented byte for byte, none leaking.
 */
@QuarkusTest
class QuarkusThrowableCorpusTest {

  @TestHTTPResource("/")
  URI base;

  @Test
  void everyRandomThrowableGetsADocumentedAnswerAndLeaksNothing() throws Exception {
    // A thousand logged failures, some with 200 KB messages, would drown the build log; the logging
    // of causes is QuarkusHttpTest's.
    System.setProperty(CorpusThrower.CATALOG_PROPERTY, ShopError.class.getName());
    Logger log = Logger.getLogger("dev.errorcontract.jaxrs");
    Level level = log.getLevel();
    log.setLevel(Level.OFF);
    try {
      CorpusTally tally = CorpusRun.run("quarkus", base, ShopError.table(), corpusCase -> false);
      assertTrue(tally.clean(), tally.summary());
    } finally {
      log.setLevel(level);
    }
  }
}
