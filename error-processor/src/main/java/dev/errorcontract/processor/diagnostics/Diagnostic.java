package dev.errorcontract.processor.diagnostics;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One problem, with the narrowest place it concerns: the element, the annotation on it (possibly nested
 * inside another annotation) and the annotation value.
 */
public record Diagnostic(
    Message message, String text, Element element, AnnotationMirror annotation, AnnotationValue value) {

  /** Whether this problem stops generation. */
  public boolean isError() {
    return message.kind() == Message.Kind.ERROR;
  }
}
