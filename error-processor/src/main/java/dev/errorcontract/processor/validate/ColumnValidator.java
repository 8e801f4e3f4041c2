package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.Column.Cell;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Column;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules for the columns {@code @PublishedPage} declares for the page's two tables. */
final class ColumnValidator {

  private static final Set<Cell> STATUS_CELLS = EnumSet.of(Cell.STATUS, Cell.TITLE, Cell.DESCRIPTION, Cell.ATTRIBUTE);

  void validate(Catalog catalog, Attributes attributes, Report report) {
    if (catalog.page() == null) {
      return;
    }
    validate(catalog, attributes, "status", catalog.page().statusColumns(), STATUS_CELLS,
        EnumSet.of(Cell.STATUS), report);
    validate(catalog, attributes, "error", catalog.page().errorColumns(), EnumSet.allOf(Cell.class),
        EnumSet.of(Cell.DETAIL, Cell.CODE), report);
  }

  private static void validate(
      Catalog catalog, Attributes attributes, String table, List<Column> columns, Set<Cell> allowed, Set<Cell> keys,
      Report report) {
    if (columns.isEmpty()) {
      return; // no such table on the page
    }
    Set<String> headers = new HashSet<>();
    boolean keyed = false;
    for (Column column : columns) {
      String header = column.header().get();
      Cell cell = Cell.valueOf(column.cell().get());
      keyed |= keys.contains(cell);
      if (header.isBlank()) {
        report.report(Message.COLUMN_HEADER_INVALID, catalog.type(), column.header(), header, "is blank");
      } else if (header.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '|')) {
        report.report(Message.COLUMN_HEADER_INVALID, catalog.type(), column.header(), Texts.shown(header),
            "has a line break or a |, which no header cell can hold");
      } else if (!headers.add(header.strip().toLowerCase(Locale.ROOT))) {
        report.report(Message.COLUMN_HEADER_INVALID, catalog.type(), column.header(), header,
            "is used twice in the " + table + " table (headers are compared ignoring case)");
      }
      if (!allowed.contains(cell)) {
        report.report(Message.COLUMN_CELL_UNSUPPORTED, catalog.type(), column.cell(), header, table, "Cell." + cell,
            table, "STATUS, TITLE, DESCRIPTION or ATTRIBUTE");
        continue;
      }
      String attribute = column.attribute().get();
      if (cell == Cell.ATTRIBUTE) {
        if (attribute.isEmpty()) {
          report.report(Message.COLUMN_ATTRIBUTE_MISSING, catalog.type(), column.annotation(), null, header,
              attributes.declaredList());
        } else if (!attributes.isDeclared(attribute)) {
          report.report(Message.ATTRIBUTE_UNDECLARED, catalog.type(), column.attribute(),
              "The column \"" + header + "\"", attribute, attributes.declaredList());
        }
      } else if (!attribute.isEmpty()) {
        report.report(Message.COLUMN_ATTRIBUTE_IGNORED, catalog.type(), column.attribute(), header, "Cell." + cell,
            attribute);
      }
    }
    if (!keyed) {
      report.report(Message.COLUMN_KEY_MISSING, catalog.type(), catalog.page().annotation(), null, table,
          keys.size() == 1 ? "Cell.STATUS" : "Cell.DETAIL or Cell.CODE");
    }
  }
}
