package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;

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
    return report;
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
