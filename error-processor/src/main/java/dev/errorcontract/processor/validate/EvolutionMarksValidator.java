package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.List;

/**
 * Checks the evolution members as written, before the description is derived: a {@code deprecated} note or a
 * {@code breaks} release given but blank says nothing (and a blank {@code @deprecated} fails doclint in
 * the generated code), and a {@code baseline} given but blank names no file.
 */
public final class EvolutionMarksValidator {

  private EvolutionMarksValidator() {}

  /** The blank markers of {@code catalog}. */
  public static Report validate(Declarations.Catalog catalog) {
    Report report = new Report();
    blank(report, catalog, catalog.baseline(), "baseline", "@ErrorCatalog");
    blank(report, catalog, catalog.breaks(), "breaks", "@ErrorCatalog");
    for (Declarations.Status status : catalog.statuses()) {
      blank(report, catalog, status.deprecated(), "deprecated", "@Status");
      blank(report, catalog, status.breaks(), "breaks", "@Status");
    }
    for (Declarations.Error error : catalog.errors()) {
      blank(report, catalog, error.deprecated(), "deprecated", "@ApiError");
      blank(report, catalog, error.breaks(), "breaks", "@ApiError");
    }
    if (catalog.baseline().get() == null || catalog.baseline().get().isEmpty()) {
      withoutBaseline(report, catalog, catalog.breaks(), List.of(), "@ErrorCatalog");
      for (Declarations.Status status : catalog.statuses()) {
        withoutBaseline(report, catalog, status.breaks(), status.suppress(), "@Status");
      }
      for (Declarations.Error error : catalog.errors()) {
        withoutBaseline(report, catalog, error.breaks(), error.suppress(), "@ApiError");
      }
    }
    return report;
  }

  /** A {@code breaks} marker acknowledges changes against the baseline: without one it acknowledges nothing. */
  private static void withoutBaseline(Report report, Declarations.Catalog catalog, Located<String> breaks,
      List<Located<String>> suppress, String where) {
    if (breaks.get() != null && !breaks.get().isBlank()) {
      String name = catalog.name().get() == null || catalog.name().get().isBlank() ? "Passport" : catalog.name().get();
      report.warn(Message.BREAKS_WITHOUT_BASELINE, catalog.type(), breaks,
          suppress.stream().map(Located::get).filter(java.util.Objects::nonNull).toList(), where, breaks.get(), name);
    }
  }

  private static void blank(
      Report report, Declarations.Catalog catalog, Located<String> value, String member, String where) {
    if (value.isExplicit() && value.get().isBlank()) {
      String fix = switch (member) {
        case "deprecated" -> "say what to use instead, such as deprecated = \"use INVALID_TOKEN\"";
        case "breaks" -> "name the release making the break, such as breaks = \"2.0\"";
        default -> "give the checked-in .catalog.json of the previous release, such as"
            + " baseline = \"src/contract/Passport.catalog.json\"";
      };
      report.report(Message.EVOLUTION_MARK_BLANK, catalog.type(), value, where, member, fix);
    }
  }
}
