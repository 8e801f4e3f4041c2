package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.Column;
import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.derive.ColumnModel;
import dev.errorcontract.processor.derive.Meaning;
import dev.errorcontract.processor.derive.Describer;
import dev.errorcontract.processor.derive.PageFormat;
import dev.errorcontract.processor.validate.PageTables.Row;
import dev.errorcontract.processor.validate.PageTables.Table;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The drift check: compares a catalog with the checked-in page its {@link dev.errorcontract.catalog.PublishedPage} names, and
 * reports every difference as an error, so the build fails until code and page agree.
 *
 * <p>Rows are matched by their first cell (the status code, the error detail), keeping order: the
 * longest common run of matching rows is paired first. A leftover row whose key is elsewhere on the
 * page is out of order; leftover rows between the same matched neighbours are paired in order and
 * compared cell by cell (so a changed detail reads as a changed cell, not as a row missing and another
 * extra); the rest are missing or extra. Each difference is one diagnostic, on the narrowest place:
 * a differing cell on its annotation value, a missing or moved row on its annotation, an extra row or
 * a page problem on the {@code @PublishedPage} value.
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
    Where page = new Where(catalog.type(), declared.annotation(), declared.path().value());
    String path = Objects.requireNonNullElse(declared.path().get(), "");
    if (path.isBlank()) {
      page.report(report, Message.PAGE_PATH_BLANK);
      return report;
    }
    Optional<String> text = read(path, page, report);
    if (text.isEmpty()) {
      return report;
    }
    List<ColumnModel> statusColumns = Describer.columns(declared.statusColumns());
    List<ColumnModel> errorColumns = Describer.columns(declared.errorColumns());
    PageTables tables = PageTables.parse(
        text.get(), headers(statusColumns), headers(errorColumns));

    List<CatalogRow> statuses = new ArrayList<>();
    int statusKey = keyColumn(statusColumns, EnumSet.of(Column.Cell.STATUS));
    for (Declarations.Status status : catalog.statuses()) {
      List<String> cells = new ArrayList<>();
      List<Where> where = new ArrayList<>();
      Where row = new Where(catalog.type(), status.annotation(), null);
      Map<String, String> defaults = Meaning.values(status.attributes());
      for (ColumnModel column : statusColumns) {
        switch (column.cell()) {
          case STATUS -> {
            cells.add(Meaning.codeCell(status));
            where.add(status.range().isExplicit() ? where(catalog, status.range()) : where(catalog, status.code()));
          }
          case TITLE -> {
            cells.add(Objects.requireNonNullElse(meaning.title(status), ""));
            where.add(status.title().isExplicit() ? where(catalog, status.title()) : row);
          }
          case DESCRIPTION -> {
            cells.add(text(status.description()));
            where.add(status.description().isExplicit() ? where(catalog, status.description()) : row);
          }
          default -> {
            cells.add(Objects.requireNonNullElse(defaults.get(column.attribute()), ""));
            where.add(attributeWhere(catalog, status.attributes(), column.attribute(), row));
          }
        }
      }
      statuses.add(new CatalogRow(
          "The status row " + Meaning.codeCell(status), row, cells, where, Math.max(statusKey, 0)));
    }
    if (statusKey >= 0) {
      compare("status", statusColumns, statuses, tables.statuses(), path, page, report);
    }

    List<CatalogRow> errors = new ArrayList<>();
    int errorKey = keyColumn(errorColumns, EnumSet.of(Column.Cell.DETAIL));
    if (errorKey < 0) {
      errorKey = keyColumn(errorColumns, EnumSet.of(Column.Cell.CODE));
    }
    for (Declarations.Error error : catalog.errors()) {
      List<String> cells = new ArrayList<>();
      List<Where> where = new ArrayList<>();
      Where row = new Where(catalog.type(), error.annotation(), null);
      Map<String, String> attributes = meaning.attributes(error);
      for (ColumnModel column : errorColumns) {
        switch (column.cell()) {
          case STATUS -> {
            cells.add(Integer.toString(error.status().get()));
            where.add(where(catalog, error.status()));
          }
          case TITLE -> {
            cells.add(Objects.requireNonNullElse(meaning.rowTitle(error), ""));
            where.add(error.title().isExplicit() ? where(catalog, error.title()) : row);
          }
          case DETAIL -> {
            cells.add(text(error.detail()));
            where.add(where(catalog, error.detail()));
          }
          case CODE -> {
            cells.add(text(error.code()));
            where.add(error.code().isExplicit() ? where(catalog, error.code()) : row);
          }
          case DESCRIPTION -> {
            cells.add(text(error.description()));
            where.add(error.description().isExplicit() ? where(catalog, error.description()) : row);
          }
          case ATTRIBUTE -> {
            cells.add(Objects.requireNonNullElse(attributes.get(column.attribute()), ""));
            where.add(attributeWhere(catalog, error.attributes(), column.attribute(), row));
          }
        }
      }
      errors.add(new CatalogRow(
          "The error row \"" + text(error.detail()) + "\" (status " + error.status().get() + ")",
          row, cells, where, Math.max(errorKey, 0)));
    }
    if (errorKey >= 0) {
      compare("error", errorColumns, errors, tables.errors(), path, page, report);
    }
    return report;
  }

  private static List<String> headers(List<ColumnModel> columns) {
    return columns.stream().map(ColumnModel::header).toList();
  }

  /** The first column holding one of {@code cells}: rows are matched by it. -1 when there is none. */
  private static int keyColumn(List<ColumnModel> columns, Set<Column.Cell> cells) {
    for (int c = 0; c < columns.size(); c++) {
      if (cells.contains(columns.get(c).cell())) {
        return c;
      }
    }
    return -1;
  }

  private static Where attributeWhere(
      Declarations.Catalog catalog, List<Declarations.AttributeValue> values, String attribute, Where row) {
    for (Declarations.AttributeValue value : values) {
      if (attribute.equals(value.name().get())) {
        return where(catalog, value.value());
      }
    }
    return row;
  }

  private Optional<String> read(String path, Where page, Report report) {
    Path file;
    ProjectDirectory.Found project = null;
    try {
      Path given = Path.of(path);
      if (given.isAbsolute()) {
        file = given;
      } else {
        project = ProjectDirectory.find(env);
        if (project.directory() == null) {
          page.report(report, Message.PAGE_PROJECT_UNKNOWN, path, project.problem());
          return Optional.empty();
        }
        file = project.directory().resolve(given).normalize();
      }
    } catch (InvalidPathException e) {
      page.report(report, Message.PAGE_UNREADABLE, path, "it is not a path: " + e.getMessage());
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      page.report(report, Message.PAGE_IS_DIRECTORY, path, file, path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      page.report(report, Message.PAGE_NOT_FOUND, path, file,
          project == null ? "(unused: the path is absolute)" : project.directory(),
          project == null ? "-" : project.how());
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      page.report(report, Message.PAGE_UNREADABLE, file, "it is not valid UTF-8");
    } catch (IOException e) {
      page.report(report, Message.PAGE_UNREADABLE, file, e.toString());
    }
    return Optional.empty();
  }

  /** A catalog row: its name for messages, its annotation, its cells and where each cell's text is declared. */
  private record CatalogRow(String name, Where annotation, List<String> cells, List<Where> where, int keyColumn) {
    String key() {
      return PageFormat.cell(cells.get(keyColumn));
    }
  }

  /** An element, annotation and value to report on. */
  private record Where(Element element, AnnotationMirror annotation, AnnotationValue value) {
    void report(Report report, Message message, Object... args) {
      report.report(message, element, annotation, value, args);
    }
  }

  private static void compare(
      String kind, List<ColumnModel> header, List<CatalogRow> expected, Optional<Table> table, String path, Where page,
      Report report) {
    if (table.isEmpty()) {
      if (!expected.isEmpty()) {
        page.report(report, Message.PAGE_TABLE_MISSING, path, kind, headerLine(header),
            expected.size() + " " + kind + (expected.size() == 1 ? " row" : " rows"));
      }
      return;
    }
    List<Row> actual = table.get().rows();
    int key = expected.isEmpty() ? 0 : expected.get(0).keyColumn();
    int n = expected.size();
    int m = actual.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = expected.get(i).key().equals(actual.get(j).cell(key))
            ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    // pair[i]: the page row of catalog row i, or -1. gap: how many rows were matched before a row.
    int[] pair = new int[n];
    int[] expectedGap = new int[n];
    int[] actualGap = new int[m];
    boolean[] taken = new boolean[m];
    Arrays.fill(pair, -1);
    int i = 0;
    int j = 0;
    int matched = 0;
    while (i < n || j < m) {
      if (i < n && j < m && expected.get(i).key().equals(actual.get(j).cell(key))) {
        expectedGap[i] = matched;
        actualGap[j] = matched;
        pair[i] = j;
        taken[j] = true;
        matched++;
        i++;
        j++;
      } else if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
        expectedGap[i++] = matched;
      } else {
        actualGap[j++] = matched;
      }
    }
    boolean[] moved = new boolean[n];
    for (i = 0; i < n; i++) {
      if (pair[i] < 0) {
        for (j = 0; j < m; j++) {
          if (!taken[j] && expected.get(i).key().equals(actual.get(j).cell(key))) {
            pair[i] = j;
            taken[j] = true;
            moved[i] = true;
            break;
          }
        }
      }
    }
    for (i = 0; i < n; i++) {
      if (pair[i] < 0) {
        for (j = 0; j < m; j++) {
          if (!taken[j] && actualGap[j] == expectedGap[i]) {
            pair[i] = j;
            taken[j] = true;
            break;
          }
        }
      }
    }
    for (i = 0; i < n; i++) {
      CatalogRow row = expected.get(i);
      if (pair[i] < 0) {
        row.annotation().report(report, Message.PAGE_ROW_MISSING, row.name(), kind, path);
        continue;
      }
      Row pageRow = actual.get(pair[i]);
      if (moved[i]) {
        row.annotation().report(
            report, Message.PAGE_ROW_ORDER, row.name(), i + 1, kind, pair[i] + 1, path, pageRow.line());
      }
      for (int c = 0; c < header.size(); c++) {
        String mine = PageFormat.cell(row.cells().get(c));
        String theirs = pageRow.cell(c);
        if (!mine.equals(theirs)) {
          row.where().get(c).report(
              report, Message.PAGE_CELL_DIFFERS, row.name(), header.get(c).header(), mine, theirs, path, pageRow.line());
        }
      }
    }
    for (j = 0; j < m; j++) {
      if (!taken[j]) {
        Row extra = actual.get(j);
        page.report(report, Message.PAGE_ROW_EXTRA, kind, path, "| " + String.join(" | ", extra.cells()) + " |",
            extra.line(), declaration(kind, header, extra));
      }
    }
  }

  /** The declaration an extra page row asks for, as a hint, from the cells the page gives. */
  private static String declaration(String kind, List<ColumnModel> header, Row row) {
    StringBuilder hint = new StringBuilder(kind.equals("status") ? "@Status(" : "@ApiError(");
    String separator = "";
    for (int c = 0; c < header.size(); c++) {
      String member = switch (header.get(c).cell()) {
        case STATUS -> kind.equals("status") ? "code" : "status";
        case TITLE -> "title";
        case DETAIL -> "detail";
        case CODE -> "code";
        case DESCRIPTION -> "description";
        case ATTRIBUTE -> null;
      };
      if (member != null) {
        boolean number = member.equals("status") || member.equals("code") && kind.equals("status");
        String cell = row.cell(c);
        hint.append(separator).append(member).append(" = ").append(number ? cell : "\"" + cell + "\"");
        separator = ", ";
      }
    }
    return hint.append(')').toString();
  }

  private static String headerLine(List<ColumnModel> header) {
    return header.stream().map(ColumnModel::header).collect(java.util.stream.Collectors.joining(" | "));
  }

  private static String text(Located<String> value) {
    return Objects.requireNonNullElse(value.get(), "");
  }

  private static Where where(Declarations.Catalog catalog, Located<?> value) {
    return new Where(catalog.type(), value.annotation(), value.value());
  }
}
