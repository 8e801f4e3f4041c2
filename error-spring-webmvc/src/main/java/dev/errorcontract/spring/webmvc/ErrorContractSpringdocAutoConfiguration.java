package dev.errorcontract.spring.webmvc;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot auto-configuration: with springdoc-openapi on the class path, its {@code /v3/api-docs}
 * lists each operation's documented error responses, those the processor wrote for the application's
 * {@code @RequestMapping} handler methods ({@code META-INF/error-contract/operations.openapi.json}).
 * Nothing to declare; off with {@code error-contract.webmvc.enabled=false}, like the rest of the glue,
 * or {@code error-contract.webmvc.springdoc.enabled=false} alone.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
@ConditionalOnProperty(
    prefix = "error-contract.webmvc", name = {"enabled", "springdoc.enabled"}, havingValue = "true",
    matchIfMissing = true)
public class ErrorContractSpringdocAutoConfiguration implements BeanClassLoaderAware {

  private ClassLoader classLoader;

  /** Made by Spring. */
  public ErrorContractSpringdocAutoConfiguration() {}

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * The customizer adding the documented error responses to springdoc's document, every group's.
   *
   * @return the customizer
   */
  @Bean
  public org.springdoc.core.customizers.GlobalOpenApiCustomizer errorContractOpenApiResponses() {
    return new SpringdocErrorResponses(classLoader);
  }
}
