package dev.errorcontract.spring.webmvc;

import dev.errorcontract.catalog.ErrorTable;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.WebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * Spring Boot auto-configuration (Boot 3.5 and 4.0): in a servlet web application with Spring MVC, every
 * error answer is one the catalog documents. Nothing to declare: the catalogs come from the class path
 * ({@code META-INF/error-contract/catalogs}, written by the processor).
 *
 * <ul>
 *   <li>{@link ErrorContractExceptionResolver}, inserted into Spring MVC's resolvers right after the
 *       application's {@code @ExceptionHandler}s and instead of Spring's status and default resolvers;
 *   <li>{@link ErrorContractFilter}, the first filter, for failures outside the dispatcher and the
 *       container's error dispatches (Boot's {@code /error} included);
 *   <li>on embedded Tomcat and Jetty, the server's own error page for requests it rejects before the
 *       application (a malformed request line, say) replaced by the documented answer.
 * </ul>
 *
 * <p>Off with {@code error-contract.webmvc.enabled=false}. With several catalogs on the class path, {@value
 * WebMvcErrorContract#CATALOG_PROPERTY} names the one answering what Spring and the server raise (see
 * {@link WebMvcErrorContract}). Backs off without Spring MVC (a WebFlux or non-web application), and
 * when the application declares its own {@link WebMvcErrorContract} bean (whose catalogs are then
 * used).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ErrorTable.class})
@ConditionalOnProperty(prefix = "error-contract.webmvc", name = "enabled", havingValue = "true", matchIfMissing = true)
public class ErrorContractWebMvcAutoConfiguration implements BeanClassLoaderAware {

  /** The property switching the auto-configuration off: {@code error-contract.webmvc.enabled=false}. */
  public static final String ENABLED_PROPERTY = "error-contract.webmvc.enabled";

  private ClassLoader classLoader;

  /** Made by Spring. */
  public ErrorContractWebMvcAutoConfiguration() {}

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * The catalogs on the class path.
   *
   * @throws IllegalStateException at start-up: no catalog, or several and no {@value
   *     WebMvcErrorContract#CATALOG_PROPERTY}
   */
  @Bean
  @ConditionalOnMissingBean
  public WebMvcErrorContract errorContract(Environment environment) {
    return WebMvcErrorContract.fromClassPath(
        classLoader, environment.getProperty(WebMvcErrorContract.CATALOG_PROPERTY));
  }

  /** Puts the resolver into Spring MVC's list, after the application's {@code @ExceptionHandler}s. */
  @Bean
  public WebMvcConfigurer errorContractResolvers(WebMvcErrorContract contract) {
    ErrorContractExceptionResolver resolver = new ErrorContractExceptionResolver(contract);
    return new WebMvcConfigurer() {
      @Override
      public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        int at = 0;
        for (int i = 0; i < resolvers.size(); i++) {
          if (resolvers.get(i) instanceof ExceptionHandlerExceptionResolver) {
            at = i + 1;
            break;
          }
        }
        // Spring's status and default resolvers after it are never reached: this one answers all.
        resolvers.add(at, resolver);
      }
    };
  }

  /**
   * The embedded server's own error report (Tomcat's HTML page for a request it rejects) made the
   * documented answer.
   */
  @Bean
  public WebServerFactoryCustomizer<WebServerFactory> errorContractEmbeddedServer(WebMvcErrorContract contract) {
    return new EmbeddedServers(contract, classLoader);
  }

  /**
   * The path of Boot's error controller, as Boot reads it: {@code spring.web.error.path} (Boot 4),
   * {@code server.error.path} (Boot 3), then {@code error.path}, else {@code /error}.
   */
  static String errorPath(Environment environment) {
    return environment.getProperty("spring.web.error.path",
        environment.getProperty("server.error.path", environment.getProperty("error.path", "/error")));
  }

  /** The first filter, for request, async and error dispatches. */
  @Bean
  public FilterRegistrationBean<ErrorContractFilter> errorContractFilter(
      WebMvcErrorContract contract, Environment environment) {
    FilterRegistrationBean<ErrorContractFilter> registration =
        new FilterRegistrationBean<>(
            new ErrorContractFilter(contract, errorPath(environment)));
    registration.setName("errorContractFilter");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
    return registration;
  }
}
