package dev.errorcontract.processor.collect;

import dev.errorcontract.processor.diagnostics.Located;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads the members whose default means "not given": the evolution markers ({@code deprecated} and
 * {@code breaks} on a row, {@code baseline} and {@code breaks} on the catalog), {@code clientOnly} and a
 * {@code @Member}'s {@code varies}. Only what is written counts, with its position; a member left at its
 * default is empty (or false) and unpositioned, whatever the annotation type's default.
 */
final class Marks {

  private Marks() {}

  /** The text member {@code name} as written, or an empty, unpositioned value. */
  static Located<String> text(AnnotationMirror annotation, String name) {
    AnnotationValue value = written(annotation, name);
    return value != null && value.getValue() instanceof String text
        ? new Located<>(text, annotation, value)
        : new Located<>("", annotation, null);
  }

  /** The boolean member {@code name} as written, or false, unpositioned. */
  static Located<Boolean> flag(AnnotationMirror annotation, String name) {
    AnnotationValue value = written(annotation, name);
    return value != null && value.getValue() instanceof Boolean flag
        ? new Located<>(flag, annotation, value)
        : new Located<>(false, annotation, null);
  }

  private static AnnotationValue written(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
