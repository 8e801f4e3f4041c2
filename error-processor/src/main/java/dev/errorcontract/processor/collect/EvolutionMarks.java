package dev.errorcontract.processor.collect;

import dev.errorcontract.processor.diagnostics.Located;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads the members that concern a contract's evolution ({@code deprecated} and {@code breaks} on a row,
 * {@code baseline} and {@code breaks} on the catalog) straight from an annotation, with their positions.
 * Kept apart from {@link CatalogReader} so that the declaration records stay as they are: all three
 * default to the empty string, which means "not given".
 */
public final class EvolutionMarks {

  private EvolutionMarks() {}

  /** The member {@code name} as written, or an empty, unpositioned value when it is left at its default. */
  public static Located<String> member(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name) && entry.getValue().getValue() instanceof String text) {
        return new Located<>(text, annotation, entry.getValue());
      }
    }
    return new Located<>("", annotation, null);
  }

  /** A row's {@code deprecated} note, or null when the row is not deprecated (the member is empty). */
  public static String deprecated(AnnotationMirror row) {
    String note = member(row, "deprecated").get();
    return note.isEmpty() ? null : note;
  }

  /** A row's or the catalog's {@code breaks} marker, or null when it gives none. */
  public static String breaks(AnnotationMirror annotation) {
    String version = member(annotation, "breaks").get();
    return version.isEmpty() ? null : version;
  }
}
