package dev.errorcontract.processor.diagnostics;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One problem, with the narrowest place it concerns: the element, the annotation on it (possibly nested
 * inside another annotation) and the annotation value.
 *
 * @param suppress the warning keys the row it concerns turns off ({@code suppress = ...}), besides
 *     {@code @SuppressWarnings} on the element
 */
public record Diagnostic(
    Message message,
    String text,
    Element element,
    AnnotationMirror annotation,
    AnnotationValue value,
    List<String> suppress) {

  /** Whether this problem stops generation. */
  public boolean isError() {
    return message.kind() == Message.Kind.ERROR;
  }
}
