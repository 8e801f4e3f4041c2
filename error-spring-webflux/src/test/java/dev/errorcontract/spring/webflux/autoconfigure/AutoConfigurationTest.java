package dev.errorcontract.spring.webflux.autoconfigure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.internal.answering.ClassPathCatalogs;
import dev.errorcontract.spring.webflux.ErrorContractWebExceptionHandler;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/**
 * When the auto-configuration installs the handler, with which catalog, and what it says when it
 * cannot choose. The tests' class path holds four catalogs, {@code Flux}, {@code Other} and issue 25's
 * {@code Mailchimp} and {@code Supplied}; a class
 * loader showing another catalog index stands for an application with one catalog or none.
 */
class AutoConfigurationTest {

  private static final AutoConfigurations AUTO_CONFIGURATION =
      AutoConfigurations.of(ErrorContractWebFluxAutoConfiguration.class);

  private final ReactiveWebApplicationContextRunner reactive =
      new ReactiveWebApplicationContextRunner().withConfiguration(AUTO_CONFIGURATION);

  @TempDir Path temp;

  /** A class loader whose only catalog index lists {@code lines} (none: no index at all). */
  private ClassLoader indexListing(String... lines) throws IOException {
    Path index = temp.resolve("catalogs");
    Files.write(index, List.of(lines), StandardCharsets.UTF_8);
    URL url = index.toUri().toURL();
    return new ClassLoader(AutoConfigurationTest.class.getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (name.equals(ClassPathCatalogs.INDEX)) {
          return Collections.enumeration(lines.length == 0 ? List.of() : List.of(url));
        }
        return super.getResources(name);
      }
    };
  }

  @Test
  void oneCatalogIsAllAnApplicationNeeds() throws IOException {
    reactive
        .withClassLoader(indexListing("# one catalog", "dev.errorcontract.spring.webflux.FluxError"))
        .run(context -> {
          ErrorContractWebExceptionHandler handler = context.getBean(ErrorContractWebExceptionHandler.class);
          assertEquals("Flux", handler.table().name());
          assertEquals(-2, handler.getOrder());
        });
  }

  @Test
  void withSeveralCatalogsThePropertyNamesTheOneAnswering() {
    reactive
        .withPropertyValues("error-contract.webflux.catalog=Other")
        .run(context -> assertEquals("Other", context.getBean(ErrorContractWebExceptionHandler.class).table().name()));
  }

  @Test
  void withSeveralCatalogsAndNoPropertyTheApplicationDoesNotStart() {
    reactive.run(context -> assertEquals(
        "error-contract: 5 catalogs on the class path (Flux, Other, Mailchimp, Supplied, Contract); set"
            + " error-contract.webflux.catalog to"
            + " the one answering the conditions WebFlux raises",
        rootCause(context.getStartupFailure()).getMessage()));
  }

  @Test
  void aNameNoCatalogHasStopsTheStart() {
    reactive
        .withPropertyValues("error-contract.webflux.catalog=Passport")
        .run(context -> assertEquals(
            "error-contract: error-contract.webflux.catalog is \"Passport\", but the class path's catalogs are"
                + " Flux, Other, Mailchimp, Supplied, Contract",
            rootCause(context.getStartupFailure()).getMessage()));
  }

  @Test
  void noCatalogStopsTheStartAndSaysWhy() throws IOException {
    reactive
        .withClassLoader(indexListing())
        .run(context -> assertEquals(
            "error-contract: no catalog on the class path (no META-INF/error-contract/catalogs lists one)."
                + " Compile the @ErrorCatalog interface with error-processor on the annotation processor path,"
                + " or set error-contract.webflux.enabled=false",
            rootCause(context.getStartupFailure()).getMessage()));
  }

  @Test
  void aPropertySwitchesItOff() {
    reactive
        .withPropertyValues("error-contract.webflux.enabled=false")
        .run(context -> {
          assertNull(context.getStartupFailure());
          assertTrue(context.getBeansOfType(ErrorContractWebExceptionHandler.class).isEmpty());
        });
  }

  @Test
  void theCorrelationHeaderIsAProperty() {
    reactive
        .withPropertyValues("error-contract.webflux.catalog=Flux", "error-contract.webflux.correlation-header=X-Request-Id")
        .run(context -> {
          MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/x"));
          context.getBean(ErrorContractWebExceptionHandler.class)
              .handle(exchange, new IllegalStateException("a bug")).block();
          assertEquals(500, exchange.getResponse().getStatusCode().value());
          String id = exchange.getResponse().getHeaders().getFirst("X-Request-Id");
          assertTrue(id != null && id.length() == 36, id);
          assertNull(exchange.getResponse().getHeaders().getFirst("X-Correlation-Id"));
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnHandler {
    static final ErrorContractWebExceptionHandler HANDLER =
        new ErrorContractWebExceptionHandler(dev.errorcontract.spring.webflux.TestTables.other(), null);

    @Bean
    ErrorContractWebExceptionHandler ownHandler() {
      return HANDLER;
    }
  }

  @Test
  void anApplicationsOwnHandlerReplacesIt() {
    reactive
        .withUserConfiguration(OwnHandler.class)
        .run(context -> assertSame(OwnHandler.HANDLER, context.getBean(ErrorContractWebExceptionHandler.class)));
  }

  @Test
  void springWithoutWebFluxGetsNothing() {
    reactive
        .withPropertyValues("error-contract.webflux.catalog=Flux")
        .withClassLoader(new FilteredClassLoader("org.springframework.web.reactive."))
        .run(context -> {
          assertNull(context.getStartupFailure());
          assertFalse(context.containsBean("errorContractWebExceptionHandler"));
        });
  }

  @Test
  void aNonWebApplicationGetsNothing() {
    new ApplicationContextRunner()
        .withConfiguration(AUTO_CONFIGURATION)
        .run(context -> {
          assertNull(context.getStartupFailure());
          assertTrue(context.getBeansOfType(ErrorContractWebExceptionHandler.class).isEmpty());
        });
  }

  private static Throwable rootCause(Throwable failure) {
    assertNotNull(failure, "the context started");
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
