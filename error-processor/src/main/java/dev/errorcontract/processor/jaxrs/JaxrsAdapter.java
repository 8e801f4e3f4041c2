package dev.errorcontract.processor.jaxrs;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.processor.spi.CatalogContext;
import dev.errorcontract.processor.spi.CatalogView;
import dev.errorcontract.processor.spi.HandlerMethod;
import dev.errorcontract.processor.spi.HandlerMethod.Raised;
import dev.errorcontract.processor.spi.RuntimeAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * The Jakarta REST adapter, {@code jaxrs}: with error-jaxrs on the class path it generates a catalog's
 * {@code <Name>Feature}, its {@code @Provider} classes and, on Quarkus, its Vert.x router observer; it
 * reads {@code @Path} resource methods as operations. It uses only the service interface, like any other
 * adapter, and the processor's core never names it: it is found through {@code META-INF/services}.
 */
@AutoService(RuntimeAdapter.class)
public final class JaxrsAdapter implements RuntimeAdapter {

  /** The key of the warning that the providers carry no {@code @Priority}. */
  static final String PROVIDERS_WITHOUT_PRIORITY = "providers-without-priority";

  private static final String PROVIDERS_WITHOUT_PRIORITY_TEXT =
      "The generated JAX-RS providers of the %s catalog carry no @Priority: jakarta.annotation.Priority is not"
          + " on the compiler's class path (jakarta.ws.rs-api does not bring it). Without it they rank with the"
          + " application's and the runtime's own providers at the default priority, so another"
          + " ExceptionMapper<Throwable> or <WebApplicationException> may answer instead of the catalog. Add"
          + " jakarta.annotation:jakarta.annotation-api to the compile class path (scope provided: every JAX-RS"
          + " runtime has it)";

  /** Called by {@link java.util.ServiceLoader}. */
  public JaxrsAdapter() {}

  @Override
  public String name() {
    return "jaxrs";
  }

  @Override
  public String frameworkName() {
    return "JAX-RS";
  }

  /** Whether error-jaxrs's feature and the Jakarta REST API are on the class path. */
  @Override
  public boolean applies(ProcessingEnvironment environment) {
    return FeatureGenerator.available(environment.getElementUtils());
  }

  @Override
  public void generate(CatalogContext context) {
    CatalogView catalog = context.catalog();
    if (catalog.clientOnly()) {
      return;
    }
    Elements elements = context.processingEnvironment().getElementUtils();
    JaxrsFiles files = new JaxrsFiles(context.processorName(), elements);
    FeatureGenerator feature = new FeatureGenerator(files, elements);
    if (!feature.isAvailable()) {
      return;
    }
    ProvidersGenerator providers = new ProvidersGenerator(files, elements);
    List<JavaFile> sources = new ArrayList<>();
    sources.add(feature.generate(catalog));
    List<JavaFile> generatedProviders = providers.generate(catalog);
    sources.addAll(generatedProviders);
    if (!generatedProviders.isEmpty()) {
      new VertxRoutesGenerator(files, elements).generate(catalog).ifPresent(sources::add);
    }
    for (JavaFile file : sources) {
      context.writeSource(catalog.qualifiedName(file.typeSpec().name()), file.toString());
    }
    if (providers.withoutPriority()) {
      context.warning(PROVIDERS_WITHOUT_PRIORITY, PROVIDERS_WITHOUT_PRIORITY_TEXT.formatted(catalog.name()));
    }
  }

  @Override
  public Set<String> handlerAnnotations() {
    return Set.of(JaxrsMethod.PATH);
  }

  /**
   * A resource method (an annotation carrying {@code @HttpMethod}), with the conditions JAX-RS raises for
   * its annotations: 404 for a path or query parameter that does not convert, 406 for {@code @Produces},
   * 415 for {@code @Consumes} or an entity parameter, an unreadable body for an entity parameter.
   */
  @Override
  public Optional<HandlerMethod> handlerMethod(ExecutableElement method, ProcessingEnvironment environment) {
    return JaxrsMethod.of(method).map(JaxrsAdapter::handler);
  }

  private static HandlerMethod handler(JaxrsMethod method) {
    List<Raised> raised = new ArrayList<>();
    if (method.hasConvertedParameter()) {
      raised.add(Raised.status(404, "a path or query parameter does not convert to its type (JAX-RS answers 404)"));
    }
    if (method.produces()) {
      raised.add(Raised.condition(Condition.NOT_ACCEPTABLE, "the request's Accept matches none of @Produces"));
    }
    if (method.consumes() || method.takesEntity()) {
      raised.add(Raised.condition(Condition.UNSUPPORTED_MEDIA_TYPE, "the request's Content-Type is not one it consumes"));
    }
    if (method.takesEntity()) {
      raised.add(Raised.condition(Condition.UNREADABLE_BODY, "the request body cannot be read"));
    }
    return new HandlerMethod(method.method(), method.httpMethod(), method.path(), method.parameters(), raised);
  }
}
