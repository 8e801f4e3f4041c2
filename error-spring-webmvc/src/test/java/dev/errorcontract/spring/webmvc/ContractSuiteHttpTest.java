package dev.errorcontract.spring.webmvc;

import dev.errorcontract.integration.contract.Deviation;
import dev.errorcontract.integration.contract.HttpContractSuite;
import dev.errorcontract.integration.contract.LogCapture;
import dev.errorcontract.spring.webmvc.contract.ContractApplication;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The HTTP contract suite (integration/http-contract-suite) on Spring MVC, on the embedded server of
 * the run (Tomcat or Jetty; Boot 3.5 here, Boot 4.0 in integration/spring-boot4-webmvc): the suite's
 * endpoints as controllers ({@link ContractApplication}), answered by the auto-configuration alone.
 * Spring's own cases are {@link WebMvcHttpTest}'s.
 */
class ContractSuiteHttpTest extends HttpContractSuite {

  private static LogCapture log;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    log = LogCapture.of(WebMvcErrorContract.LOGGER);
    app = RunningApp.start(ContractApplication.class, "error-contract.webmvc.catalog=Contract");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (log != null) {
      log.close();
    }
  }

  @Override
  protected URI base() {
    return app.uri("/");
  }

  @Override
  protected String logged(String correlationId) {
    return log.textFor(correlationId);
  }

  @Override
  protected Map<Deviation, String> deviations() {
    return Map.of(
        Deviation.MEDIA_TYPE_RESPELLED, "the servlet container's own behaviour: Tomcat reparses every"
            + " Content-Type set through the Servlet API and writes the charset back as ;charset=; Jetty 12"
            + " replaces a well-known type with its cached spelling (MimeTypes.Type APPLICATION_JSON_UTF_8)",
        Deviation.BUILT_RESPONSE_SENT_AS_BUILT, "the library answers what Spring MVC raises; a"
            + " ResponseEntity a controller returns is the application's own answer and is sent as"
            + " returned, as an @ExceptionHandler's is (error-spring-webmvc/README.md)");
  }
}
