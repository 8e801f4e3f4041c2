package dev.errorcontract.processor.jaxrs;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.processor.spi.CatalogView;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Generates {@code <Name>Feature}, the one registration a JAX-RS application needs, when error-jaxrs is
 * on the class path. It is not a {@code @Provider}: scanning finds the generated providers themselves
 * ({@link ProvidersGenerator}), and a scanned feature would register them a second time.
 */
final class FeatureGenerator {

  static final String RUNTIME_FEATURE = "dev.errorcontract.jaxrs.ErrorContractFeature";
  private static final ClassName FEATURE = ClassName.get("jakarta.ws.rs.core", "Feature");
  private static final ClassName FEATURE_CONTEXT = ClassName.get("jakarta.ws.rs.core", "FeatureContext");

  private final JaxrsFiles files;
  private final boolean available;

  FeatureGenerator(JaxrsFiles files, Elements elements) {
    this.files = files;
    this.available = available(elements);
  }

  /** Whether error-jaxrs's feature and the Jakarta REST API are on the class path. */
  static boolean available(Elements elements) {
    return elements.getTypeElement(RUNTIME_FEATURE) != null
        && elements.getTypeElement(FEATURE.canonicalName()) != null;
  }

  /** Whether the JAX-RS glue is on the class path, so the feature can be generated. */
  boolean isAvailable() {
    return available;
  }

  JavaFile generate(CatalogView catalog) {
    ClassName runtime = ClassName.bestGuess(RUNTIME_FEATURE);
    ClassName errorEnum = JaxrsFiles.type(catalog, catalog.errorEnumName());
    TypeSpec.Builder type = TypeSpec.classBuilder(JaxrsFiles.featureName(catalog))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(FEATURE)
        .addJavadoc("Makes every error response of a JAX-RS application a documented one of the $L catalog.\n\n"
            + "<p>In Java SE: {@code register($L.feature())}. Where providers are found by scanning (a Jakarta EE\n"
            + "server, Quarkus) the generated providers are, and nothing needs registering; this feature is not a\n"
            + "{@code @Provider}, so that scanning does not register them twice.\n",
            catalog.name(), JaxrsFiles.featureName(catalog))
        .addField(FieldSpec.builder(runtime, "FEATURE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The one feature of the catalog, answering with {@link $T#table()}.\n", errorEnum)
            .initializer("$T.of($T.table())", runtime, errorEnum)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("For discovery by scanning; applications call {@link #feature()}.\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("feature")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(runtime)
            .addJavadoc("The feature to register, also for answering from a request filter with {@code toResponse}.\n"
                + "\n@return the catalog's feature; its {@code with...} options return changed copies\n")
            .addStatement("return FEATURE")
            .build())
        .addMethod(MethodSpec.methodBuilder("configure")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(FEATURE_CONTEXT, "context")
            .addStatement("return FEATURE.configure(context)")
            .build());
    return files.file(catalog, type);
  }
}
