package dev.errorcontract.processor.collect;

import dev.errorcontract.processor.diagnostics.Located;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads {@code varies} of a {@code @Member} straight from the annotation, with its position, so that the
 * declaration records stay as they are (as {@link EvolutionMarks} does for the evolution members).
 */
public final class Varies {

  private Varies() {}

  /** {@code varies} as written, or false, unpositioned, when it is left at its default. */
  public static Located<Boolean> of(AnnotationMirror annotation) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("varies") && entry.getValue().getValue() instanceof Boolean b) {
        return new Located<>(b, annotation, entry.getValue());
      }
    }
    return new Located<>(false, annotation, null);
  }
}
