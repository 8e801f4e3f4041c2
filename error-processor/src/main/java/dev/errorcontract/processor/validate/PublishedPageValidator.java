package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.Column;
import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.derive.ColumnModel;
import dev.errorcontract.processor.derive.Describer;
import dev.errorcontract.processor.derive.Meaning;
import dev.errorcontract.processor.derive.PageFormat;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The drift check: compares a catalog with the checked-in page its {@link dev.errorcontract.catalog.PublishedPage} names, and
 * reports every difference as an error, so the build fails until code and page agree. It loads the page
 * ({@link PageFile}), reads its tables ({@link PageTables}), makes the rows the catalog means ({@link
 * PageRows}) and aligns the two ({@link PageAlignment}). Each difference is one diagnostic, on the
 * narrowest place: a differing cell on its annotation value, a missing or moved row on its annotation,
 * an extra row or a page problem on the {@code @PublishedPage} value.
 *
 * <p>Cells are compared exactly as {@link PageFormat#cell} writes the catalog's text (trimmed,
 * {@code |} escaped, line breaks as {@code <br>}) against the page's cell with its padding removed.
 * Inner whitespace is not collapsed: a detail is sent byte for byte, so two spaces are not one.
 */
public final class PublishedPageValidator {

  /** The processor option naming the project directory page paths are relative to. */
  public static final String PROJECT_DIR_OPTION = ProjectDirectory.OPTION;

  private final ProcessingEnvironment env;

  public PublishedPageValidator(ProcessingEnvironment env) {
    this.env = env;
  }

  /** The differences between a valid catalog and its published page; none when it names no page. */
  public Report check(Declarations.Catalog catalog, Meaning meaning) {
    Report report = new Report();
    Declarations.Page declared = catalog.page();
    if (declared == null) {
      return report;
    }
    if (!declared.path().isExplicit()) {
      return report; // the columns of the generated page only: no checked-in page to compare with
    }
    Where page = new Where(catalog.type(), declared.annotation(), declared.path().value());
    String path = Objects.requireNonNullElse(declared.path().get(), "");
    if (path.isBlank()) {
      page.report(report, Message.PAGE_PATH_BLANK);
      return report;
    }
    Optional<String> text = PageFile.read(env, path, page, report);
    if (text.isEmpty()) {
      return report;
    }
    List<ColumnModel> statusColumns = Describer.columns(declared.statusColumns());
    List<ColumnModel> errorColumns = Describer.columns(declared.errorColumns());
    PageTables tables = PageTables.parse(
        text.get(), headers(statusColumns), headers(errorColumns));

    int statusKey = PageRows.keyColumn(statusColumns, EnumSet.of(Column.Cell.STATUS));
    if (statusKey >= 0) {
      PageAlignment.compare("status", statusColumns, PageRows.statuses(catalog, meaning, statusColumns, statusKey),
          tables.statuses(), path, page, report);
    }
    int errorKey = PageRows.keyColumn(errorColumns, EnumSet.of(Column.Cell.DETAIL));
    if (errorKey < 0) {
      errorKey = PageRows.keyColumn(errorColumns, EnumSet.of(Column.Cell.CODE));
    }
    if (errorKey >= 0) {
      PageAlignment.compare("error", errorColumns, PageRows.errors(catalog, meaning, errorColumns, errorKey),
          tables.errors(), path, page, report);
    }
    return report;
  }

  private static List<String> headers(List<ColumnModel> columns) {
    return columns.stream().map(ColumnModel::header).toList();
  }
}
