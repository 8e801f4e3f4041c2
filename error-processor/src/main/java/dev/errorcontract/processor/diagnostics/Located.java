package dev.errorcontract.processor.diagnostics;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * A declared value together with where it was written, so a problem with it is reported on that very
 * annotation value. {@code value} is null when the member was left at its default.
 */
public record Located<T>(T get, AnnotationMirror annotation, AnnotationValue value) {

  /** Whether the member was written in the source rather than left at its default. */
  public boolean isExplicit() {
    return value != null;
  }
}
