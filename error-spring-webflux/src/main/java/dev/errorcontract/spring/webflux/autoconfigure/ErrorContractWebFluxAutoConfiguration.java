package dev.errorcontract.spring.webflux.autoconfigure;

import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.internal.answering.ClassPathCatalogs;
import dev.errorcontract.catalog.internal.answering.Correlation;
import dev.errorcontract.spring.webflux.ErrorContractWebExceptionHandler;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Installs {@link ErrorContractWebExceptionHandler} in a Spring Boot WebFlux application: the
 * dependency and a catalog compiled with the processor are all it takes.
 *
 * <ul>
 *   <li>Active in a reactive web application with Spring WebFlux on the class path; Spring without
 *       WebFlux, or a servlet or non-web application, gets nothing from it.
 *   <li>{@value #PREFIX}{@code .enabled=false} switches it off; an application's own {@link
 *       ErrorContractWebExceptionHandler} bean replaces it.
 *   <li>The catalog is the one the class path's catalog index lists ({@link ClassPathCatalogs}). With
 *       several, {@value #PREFIX}{@code .catalog} names the one answering the conditions WebFlux raises
 *       (a catalog exception always answers as itself); without it, or with a name no catalog has, the
 *       application does not start, and the message lists the catalogs. With none, it does not start
 *       either: the message says to compile the catalog with the processor, or to switch this off.
 *   <li>{@value #PREFIX}{@code .correlation-header} names the correlation id's header ({@value
 *       Correlation#DEFAULT_HEADER} by default); empty,
 *       ids are logged and sent in no header.
 * </ul>
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.web.reactive.DispatcherHandler")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnProperty(prefix = ErrorContractWebFluxAutoConfiguration.PREFIX, name = "enabled",
    havingValue = "true", matchIfMissing = true)
public class ErrorContractWebFluxAutoConfiguration {

  /** The prefix of this auto-configuration's properties. */
  public static final String PREFIX = "error-contract.webflux";

  /** Created by Spring Boot. */
  public ErrorContractWebFluxAutoConfiguration() {}

  /**
   * The handler, answering from the class path's catalog.
   *
   * @throws IllegalStateException when the class path holds no catalog, or several and the property
   *     names none of them
   */
  @Bean
  @ConditionalOnMissingBean
  public ErrorContractWebExceptionHandler errorContractWebExceptionHandler(
      ApplicationContext context, Environment environment) {
    ClassLoader loader = context.getClassLoader();
    List<ErrorTable> tables = ClassPathCatalogs.load(
        loader != null ? loader : ErrorContractWebFluxAutoConfiguration.class.getClassLoader());
    String header = environment.getProperty(
        PREFIX + ".correlation-header", Correlation.DEFAULT_HEADER);
    return new ErrorContractWebExceptionHandler(
        choose(tables, environment.getProperty(PREFIX + ".catalog")), header.isBlank() ? null : header);
  }

  /** The catalog answering: the only one, or the one named. */
  static ErrorTable choose(List<ErrorTable> tables, String name) {
    if (tables.isEmpty()) {
      throw new IllegalStateException(
          "error-contract: no catalog on the class path (no " + ClassPathCatalogs.INDEX + " lists one)."
              + " Compile the @ErrorCatalog interface with error-processor on the annotation processor"
              + " path, or set " + PREFIX + ".enabled=false");
    }
    if (name == null || name.isBlank()) {
      if (tables.size() == 1) {
        return tables.get(0);
      }
      throw new IllegalStateException(
          "error-contract: " + tables.size() + " catalogs on the class path (" + names(tables)
              + "); set " + PREFIX + ".catalog to the one answering the conditions WebFlux raises");
    }
    for (ErrorTable table : tables) {
      if (table.name().equals(name.strip())) {
        return table;
      }
    }
    throw new IllegalStateException(
        "error-contract: " + PREFIX + ".catalog is \"" + name + "\", but the class path's catalogs are "
            + names(tables));
  }

  private static String names(List<ErrorTable> tables) {
    return tables.stream().map(ErrorTable::name).collect(Collectors.joining(", "));
  }
}
