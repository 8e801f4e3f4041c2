package dev.errorcontract.processor.jaxrs;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Claims the JAX-RS and CDI annotations of the providers the catalog processor generates ({@code @Provider},
 * {@code @Priority}, {@code @Context}, {@code @Dependent}, {@code @Observes}), in the round that compiles
 * them, when every element carrying them is generated code of this processor. No processor of the
 * user's build processes them, so javac's {@code -Xlint:processing} would name them as unclaimed and a
 * user's {@code -Xlint:all -Werror} build would fail on code the user did not write. Annotations on the
 * application's own classes are never claimed: another processor may want them.
 */
@AutoService(Processor.class)
public final class GeneratedCodeAnnotations extends AbstractProcessor {

  private static final String GENERATED = "javax.annotation.processing.Generated";
  /** The catalog processor, named in its {@code @Generated}; by name, as this package imports only the spi. */
  private static final String CATALOG_PROCESSOR = "dev.errorcontract.processor.ErrorCatalogProcessor";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("jakarta.ws.rs.ext.Provider", "jakarta.annotation.Priority", "jakarta.ws.rs.core.Context",
        "jakarta.enterprise.context.Dependent", "jakarta.enterprise.event.Observes");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (annotations.isEmpty()) {
      return false;
    }
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (!generatedHere(element)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the top-level type holding {@code element} says the catalog processor generated it. */
  private static boolean generatedHere(Element element) {
    Element type = element;
    while (type.getEnclosingElement() != null && !(type.getEnclosingElement() instanceof PackageElement)) {
      type = type.getEnclosingElement();
    }
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(GENERATED)) {
        for (var entry : mirror.getElementValues().entrySet()) {
          ExecutableElement member = entry.getKey();
          AnnotationValue value = entry.getValue();
          if (member.getSimpleName().contentEquals("value")
              && value.toString().contains(CATALOG_PROCESSOR)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
