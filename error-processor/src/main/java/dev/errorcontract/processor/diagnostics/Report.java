package dev.errorcontract.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The problems found in one catalog. Validators add to it; it is printed once, and the catalog is
 * generated only when it holds no error.
 */
public final class Report {

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Adds a problem on an element. */
  public void report(Message message, Element element, Object... args) {
    report(message, element, null, null, args);
  }

  /** Adds a problem on an annotation and, when not null, one of its values. */
  public void report(
      Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
    diagnostics.add(new Diagnostic(message, message.format(args), element, annotation, value, List.of()));
  }

  /** Adds a problem on a located declaration value. */
  public void report(Message message, Element element, Located<?> where, Object... args) {
    report(message, element, where.annotation(), where.value(), args);
  }

  /**
   * Adds a warning about a row whose {@code suppress} lists {@code suppress}: it is not printed when
   * that list names its key.
   */
  public void warn(Message message, Element element, Located<?> where, List<String> suppress, Object... args) {
    diagnostics.add(new Diagnostic(
        message, message.format(args), element, where.annotation(), where.value(), List.copyOf(suppress)));
  }

  /** Adds every problem of {@code other}. */
  public void addAll(Report other) {
    diagnostics.addAll(other.diagnostics);
  }

  /** Whether any error was reported. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Every problem, in the order found. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
