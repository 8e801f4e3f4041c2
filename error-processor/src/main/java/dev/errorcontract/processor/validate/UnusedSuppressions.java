package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.diagnostics.Diagnostic;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;

/**
 * Warns about a row's {@code suppress} entry that turns nothing off: no warning of that key was found on
 * the row. Left in place it would hide the next such warning, one nobody looked at. Runs once every check
 * of a valid catalog has reported (the baseline comparison's {@code breaks-unused} included).
 */
public final class UnusedSuppressions {

  private UnusedSuppressions() {}

  /** The unused entries of {@code declaration}'s rows, given every report made for it. */
  public static Report report(Declarations.Catalog declaration, List<Report> reports) {
    Report report = new Report();
    for (Declarations.Status status : declaration.statuses()) {
      check(declaration, status.annotation(), status.suppress(), reports, report);
    }
    for (Declarations.Error error : declaration.errors()) {
      check(declaration, error.annotation(), error.suppress(), reports, report);
    }
    return report;
  }

  private static void check(Declarations.Catalog declaration, AnnotationMirror row, List<Located<String>> suppress,
      List<Report> reports, Report report) {
    for (Located<String> entry : suppress) {
      String key = entry.get();
      if (key == null) {
        continue;
      }
      boolean used = reports.stream().flatMap(r -> r.diagnostics().stream())
          .filter(d -> !d.isError() && Objects.equals(d.annotation(), row))
          .map(Diagnostic::message)
          .anyMatch(m -> key.equals("error-contract") || key.equals("error-contract:" + m.key()));
      if (!used) {
        report.warn(Message.SUPPRESS_UNUSED, declaration.type(), entry, List.of(), key,
            key.equals("error-contract") ? "warning of error-contract" : "warning " + key);
      }
    }
  }
}
