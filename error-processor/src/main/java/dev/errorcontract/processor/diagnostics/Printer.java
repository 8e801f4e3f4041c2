package dev.errorcontract.processor.diagnostics;

import java.util.Arrays;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Prints a {@link Report} to javac. A warning is dropped when the element or an enclosing one says
 * {@code @SuppressWarnings("error-contract:<key>")} (or {@code "error-contract"} for all of them), or
 * when the row it concerns lists the key in its {@code suppress}.
 */
public final class Printer {

  private final Messager messager;
  private final Positions positions;

  public Printer(ProcessingEnvironment env) {
    this.messager = env.getMessager();
    this.positions = Positions.of(env);
  }

  public Printer(Messager messager) {
    this.messager = messager;
    this.positions = Positions.none();
  }

  /** Prints every diagnostic of the report that is not suppressed. */
  public void print(Report report) {
    for (Diagnostic diagnostic : report.diagnostics()) {
      if (!diagnostic.isError() && isSuppressed(diagnostic)) {
        continue;
      }
      Positions.Found found = positions.find(diagnostic.element(), diagnostic.annotation(), diagnostic.value());
      if (found != null) {
        positions.print(diagnostic.message().kind().javac, diagnostic.text(), found);
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

  private static boolean isSuppressed(Diagnostic diagnostic) {
    String key = "error-contract:" + diagnostic.message().key();
    if (diagnostic.suppress().stream().anyMatch(v -> v.equals(key) || v.equals("error-contract"))) {
      return true;
    }
    for (Element e = diagnostic.element(); e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null
          && Arrays.stream(suppress.value()).anyMatch(v -> v.equals(key) || v.equals("error-contract"))) {
        return true;
      }
    }
    return false;
  }
}
