package dev.errorcontract.processor.jaxrs;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.processor.spi.CatalogView;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Generates, when Vert.x Web and the CDI API are on the class path next to error-jaxrs (a Quarkus
 * application), a catalog's observer of Quarkus's Vert.x router: it installs the library's answers
 * for what Vert.x, not Quarkus REST, writes (a path outside the REST application, a failure past
 * Quarkus REST). Quarkus runs observers of indexed classes only, and a library's classes are not
 * indexed unless the application says so; a class of the application's package always is. The class
 * is thin: it passes the router and the catalog's table to {@code VertxRoutes} in error-jaxrs.
 *
 * <p>{@code @Dependent}, not {@code @ApplicationScoped}: a normal-scoped bean is proxied and cannot be
 * final; the router event is fired once, so a dependent instance per notification costs nothing.
 */
final class VertxRoutesGenerator {

  static final String RUNTIME = "dev.errorcontract.jaxrs.internal.vertx.VertxRoutes";
  private static final ClassName ROUTER = ClassName.get("io.vertx.ext.web", "Router");
  private static final ClassName OBSERVES = ClassName.get("jakarta.enterprise.event", "Observes");
  private static final ClassName DEPENDENT = ClassName.get("jakarta.enterprise.context", "Dependent");
  private static final ClassName VERTX_ROUTES = ClassName.bestGuess(RUNTIME);

  private final JaxrsFiles files;
  private final boolean available;

  VertxRoutesGenerator(JaxrsFiles files, Elements elements) {
    this.files = files;
    this.available = elements.getTypeElement(RUNTIME) != null
        && elements.getTypeElement(ROUTER.canonicalName()) != null
        && elements.getTypeElement(OBSERVES.canonicalName()) != null
        && elements.getTypeElement(DEPENDENT.canonicalName()) != null;
  }

  /** The observer of {@code catalog}; none unless Vert.x Web and CDI are on the class path. */
  Optional<JavaFile> generate(CatalogView catalog) {
    if (!available) {
      return Optional.empty();
    }
    ClassName errorEnum = JaxrsFiles.type(catalog, catalog.errorEnumName());
    TypeSpec.Builder type = TypeSpec.classBuilder(catalog.name() + "VertxRoutes")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(DEPENDENT)
        .addJavadoc("Installs, on Quarkus's Vert.x router, the $L catalog's answers to what Quarkus REST\n"
            + "never sees: a path outside the REST application gets the documented unknown-path answer\n"
            + "instead of Vert.x's HTML page, and a failure past Quarkus REST the documented unexpected\n"
            + "failure, logged with a correlation id sent in {@code X-Correlation-Id}, instead of Quarkus's\n"
            + "error page.\n"
            + "\n<p>Found by Quarkus's build-time index of the application's classes: nothing to register.\n"
            + "Thin: it delegates to error-jaxrs.\n", catalog.name())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Called by the CDI container.\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("install")
            .addJavadoc("Adds the routes when Quarkus has built its router.\n"
                + "\n@param router the router Quarkus serves HTTP with\n")
            .addParameter(ParameterSpec.builder(ROUTER, "router").addAnnotation(OBSERVES).build())
            .addStatement("$T.install(router, $T.table())", VERTX_ROUTES, errorEnum)
            .build());
    return Optional.of(files.file(catalog, type));
  }
}
