package dev.errorcontract.spring.webflux;

import dev.errorcontract.integration.contract.Deviation;
import dev.errorcontract.integration.contract.HttpContractSuite;
import dev.errorcontract.integration.contract.LogCapture;
import dev.errorcontract.spring.webflux.contract.ContractFluxApp;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The HTTP contract suite (integration/http-contract-suite) on Spring WebFlux and Reactor Netty (Boot
 * 3.5 here, Boot 4.0 in integration/spring-boot4-webflux): the suite's endpoints as an annotated
 * controller ({@link ContractFluxApp}), answered by the auto-configuration alone. WebFlux's own cases
 * (functional routes, web filters, the application's own handler) are {@link WebFluxHttpTest}'s.
 */
class ContractSuiteHttpTest extends HttpContractSuite {

  private static LogCapture log;
  private static ConfigurableApplicationContext app;
  private static URI base;

  @BeforeAll
  static void start() {
    log = LogCapture.of(ErrorContractWebExceptionHandler.LOGGER);
    app = new SpringApplicationBuilder(ContractFluxApp.class)
        .properties(
            "server.address=127.0.0.1",
            "server.port=0",
            "spring.main.banner-mode=off",
            "error-contract.webflux.catalog=Contract")
        .run();
    base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/");
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
    return base;
  }

  @Override
  protected String logged(String correlationId) {
    return log.textFor(correlationId);
  }

  @Override
  protected Map<Deviation, String> deviations() {
    return Map.of(Deviation.BUILT_RESPONSE_SENT_AS_BUILT, "the library answers what WebFlux raises (its"
        + " WebExceptionHandler sees errors only); a ResponseEntity a controller returns is the"
        + " application's own answer and is sent as returned, as an @ExceptionHandler's is");
  }
}
