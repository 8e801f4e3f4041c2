package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Where a problem goes: an element, an annotation on it and one of its values. */
record Where(Element element, AnnotationMirror annotation, AnnotationValue value) {

  /** The position of {@code value} on the catalog type. */
  static Where at(Catalog catalog, Located<?> value) {
    return new Where(catalog.type(), value.annotation(), value.value());
  }

  /** Reports {@code message} here. */
  void report(Report report, Message message, Object... args) {
    report.report(message, element, annotation, value, args);
  }
}
