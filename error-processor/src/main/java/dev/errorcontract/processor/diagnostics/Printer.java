package dev.errorcontract.processor.diagnostics;

import java.util.Arrays;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;

/**
 * Prints a {@link Report} to javac. A warning is dropped when the element or an enclosing one says
 * {@code @SuppressWarnings("error-contract:<key>")} (or {@code "error-contract"} for all of them).
 */
public final class Printer {

  private final Messager messager;

  public Printer(Messager messager) {
    this.messager = messager;
  }

  /** Prints every diagnostic of the report that is not suppressed. */
  public void print(Report report) {
    for (Diagnostic diagnostic : report.diagnostics()) {
      if (!diagnostic.isError() && isSuppressed(diagnostic.element(), diagnostic.message())) {
        continue;
      }
      messager.printMessage(
          diagnostic.message().kind().javac,
          diagnostic.text(),
          diagnostic.element(),
          diagnostic.annotation(),
          diagnostic.value());
    }
  }

  private static boolean isSuppressed(Element element, Message message) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null
          && Arrays.stream(suppress.value())
              .anyMatch(v -> v.equals("error-contract:" + message.key()) || v.equals("error-contract"))) {
        return true;
      }
    }
    return false;
  }
}
