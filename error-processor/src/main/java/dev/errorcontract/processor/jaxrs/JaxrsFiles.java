package dev.errorcontract.processor.jaxrs;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.processor.spi.CatalogView;
import javax.lang.model.util.Elements;

/**
 * What every JAX-RS file shares with the processor's own generated files: the originating element, the
 * {@code @Generated} marker without timestamp, {@code @SuppressWarnings("deprecation")} for a catalog with
 * deprecated rows, and the layout.
 */
final class JaxrsFiles {

  private static final String GENERATED = "javax.annotation.processing.Generated";

  private final String processor;
  private final boolean generatedAvailable;

  JaxrsFiles(String processor, Elements elements) {
    this.processor = processor;
    // In a module that does not read java.compiler the annotation is not there to use.
    this.generatedAvailable = elements.getTypeElement(GENERATED) != null;
  }

  /** Adds the shared parts to a top-level type and wraps it in a file of the catalog's package. */
  JavaFile file(CatalogView catalog, TypeSpec.Builder type) {
    type.addOriginatingElement(catalog.declaringType());
    if (catalog.hasDeprecatedRows()) {
      // The generated types refer to their own deprecated constants and exceptions; only users' uses warn.
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    }
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(ClassName.bestGuess(GENERATED))
              .addMember("value", "$S", processor)
              .addMember("comments", "$S", "from " + catalog.declaringType().getQualifiedName())
              .build());
    }
    return JavaFile.builder(catalog.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** A class of the catalog's package. */
  static ClassName type(CatalogView catalog, String simpleName) {
    return ClassName.get(catalog.packageName(), simpleName);
  }

  /** {@code PassportFeature}. */
  static String featureName(CatalogView catalog) {
    return catalog.name() + "Feature";
  }
}
