package dev.errorcontract.processor.operations.validate;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.errorcontract.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;

/**
 * The problems found in the operations of one compilation, each at an expression or a {@code throws}
 * entry of a method body. Printed once; the operation documents are written only when there is no
 * error. A warning is dropped when the method or an enclosing type says {@code
 * @SuppressWarnings("error-contract:<key>")} (or {@code "error-contract"}).
 */
public final class Findings {

  /** One problem; {@code tree} is null when only the element is known. */
  private record Finding(Message message, String text, Element element, Tree tree, CompilationUnitTree unit) {}

  private final List<Finding> findings = new ArrayList<>();

  void report(Message message, Element element, Tree tree, CompilationUnitTree unit, Object... args) {
    findings.add(new Finding(message, message.format(args), element, tree, unit));
  }

  /** Whether any error was found. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.message().kind() == Message.Kind.ERROR);
  }

  /** Prints every problem not suppressed, at its expression when known. */
  public void print(Trees trees, Messager messager) {
    for (Finding finding : findings) {
      if (finding.message().kind() == Message.Kind.WARNING && isSuppressed(finding)) {
        continue;
      }
      javax.tools.Diagnostic.Kind kind = finding.message().kind() == Message.Kind.ERROR
          ? javax.tools.Diagnostic.Kind.ERROR
          : javax.tools.Diagnostic.Kind.WARNING;
      if (trees != null && finding.tree() != null && finding.unit() != null) {
        trees.printMessage(kind, finding.text(), finding.tree(), finding.unit());
      } else {
        messager.printMessage(kind, finding.text(), finding.element());
      }
    }
  }

  private static boolean isSuppressed(Finding finding) {
    String key = "error-contract:" + finding.message().key();
    for (Element e = finding.element(); e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null
          && Arrays.stream(suppress.value()).anyMatch(v -> v.equals(key) || v.equals("error-contract"))) {
        return true;
      }
    }
    return false;
  }
}
