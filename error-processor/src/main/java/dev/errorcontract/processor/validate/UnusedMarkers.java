package dev.errorcontract.processor.validate;

import dev.errorcontract.evolution.Change;
import dev.errorcontract.evolution.Contract;
import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.derive.Description;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.derive.Meaning;
import java.util.List;
import java.util.Objects;

/**
 * Warns about a {@code breaks} marker that acknowledges nothing: new since the baseline (a marker the
 * baseline's row carries already is the record of an earlier release), yet no breaking change of its
 * row, or of the catalog for {@code @ErrorCatalog(breaks)}, needs it. Left in place it would silently
 * accept the next break of that row in the same release.
 */
final class UnusedMarkers {

  private UnusedMarkers() {}

  static void report(
      Report report, Declarations.Catalog declaration, Description description, Contract before, List<Change> changes,
      String baseline) {
    for (int i = 0; i < description.errors().size(); i++) {
      ErrorModel error = description.errors().get(i);
      if (error.breaks() == null || !error.declared() || used(changes, Change.Scope.ERROR, i)) {
        continue;
      }
      boolean recorded = before.errors().stream()
          .anyMatch(e -> e.constant().equals(error.constantName()) && error.breaks().equals(e.breaks()));
      if (!recorded) {
        Declarations.Error row = declaration.errors().stream()
            .filter(e -> Meaning.errorConstant(e).equals(error.constantName())).findFirst().orElseThrow();
        warn(report, declaration, row.breaks(), row.suppress(), "@ApiError", error.breaks(), baseline);
      }
    }
    for (int i = 0; i < description.statuses().size(); i++) {
      String breaks = description.statuses().get(i).breaks();
      int index = i;
      boolean usedByItsAnswer = changes.stream().anyMatch(c -> c.scope() == Change.Scope.ERROR && c.newIndex() >= 0
          && c.acknowledgement() != null && c.acknowledgement().startsWith("breaks")
          && description.errors().get(c.newIndex()).addedByLibrary()
          && description.errors().get(c.newIndex()).status().equals(description.statuses().get(index)));
      if (breaks == null || used(changes, Change.Scope.STATUS, i) || usedByItsAnswer) {
        continue;
      }
      String constant = description.statuses().get(i).constantName();
      boolean recorded = before.statuses().stream()
          .anyMatch(s -> s.constant().equals(constant) && breaks.equals(s.breaks()));
      if (!recorded) {
        Declarations.Status row = declaration.statuses().get(i);
        warn(report, declaration, row.breaks(), row.suppress(), "@Status", breaks, baseline);
      }
    }
    String breaks = description.breaks();
    boolean catalogUsed = changes.stream().anyMatch(c -> (c.scope() == Change.Scope.CATALOG || c.newIndex() < 0)
        && c.acknowledgement() != null && c.acknowledgement().startsWith("breaks"));
    if (breaks != null && !catalogUsed && !Objects.equals(breaks, before.breaks())) {
      warn(report, declaration, declaration.breaks(), List.of(), "@ErrorCatalog", breaks, baseline);
    }
  }

  private static boolean used(List<Change> changes, Change.Scope scope, int newIndex) {
    return changes.stream().anyMatch(c -> c.scope() == scope && c.newIndex() == newIndex
        && c.acknowledgement() != null && c.acknowledgement().startsWith("breaks"));
  }

  private static void warn(
      Report report, Declarations.Catalog declaration, Located<String> marker, List<Located<String>> suppress,
      String where, String breaks, String baseline) {
    report.warn(Message.BREAKS_UNUSED, declaration.type(), marker,
        suppress.stream().map(Located::get).filter(Objects::nonNull).toList(), where, breaks, baseline);
  }
}
