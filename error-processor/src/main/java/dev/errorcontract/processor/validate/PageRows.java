package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.Column;
import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.derive.ColumnModel;
import dev.errorcontract.processor.derive.Meaning;
import dev.errorcontract.processor.diagnostics.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rows a catalog's published page should have: per status row and per error row, the cells of the
 * page's columns as the catalog means them, each with the place its text is declared.
 */
final class PageRows {

  private PageRows() {}

  /** The status rows, with the cells of {@code statusColumns}; rows are matched by column {@code statusKey}. */
  static List<CatalogRow> statuses(
      Declarations.Catalog catalog, Meaning meaning, List<ColumnModel> statusColumns, int statusKey) {
    List<CatalogRow> statuses = new ArrayList<>();
    for (Declarations.Status status : catalog.statuses()) {
      List<String> cells = new ArrayList<>();
      List<Where> where = new ArrayList<>();
      Where row = new Where(catalog.type(), status.annotation(), null);
      Map<String, String> defaults = Meaning.values(status.attributes());
      for (ColumnModel column : statusColumns) {
        switch (column.cell()) {
          case STATUS -> {
            cells.add(Meaning.codeCell(status));
            where.add(status.range().isExplicit() ? Where.at(catalog, status.range()) : Where.at(catalog, status.code()));
          }
          case TITLE -> {
            cells.add(Objects.requireNonNullElse(meaning.title(status), ""));
            where.add(status.title().isExplicit() ? Where.at(catalog, status.title()) : row);
          }
          case DESCRIPTION -> {
            cells.add(text(status.description()));
            where.add(status.description().isExplicit() ? Where.at(catalog, status.description()) : row);
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
    return statuses;
  }

  /** The error rows, with the cells of {@code errorColumns}; rows are matched by column {@code errorKey}. */
  static List<CatalogRow> errors(
      Declarations.Catalog catalog, Meaning meaning, List<ColumnModel> errorColumns, int errorKey) {
    List<CatalogRow> errors = new ArrayList<>();
    for (Declarations.Error error : catalog.errors()) {
      List<String> cells = new ArrayList<>();
      List<Where> where = new ArrayList<>();
      Where row = new Where(catalog.type(), error.annotation(), null);
      Map<String, String> attributes = meaning.attributes(error);
      for (ColumnModel column : errorColumns) {
        switch (column.cell()) {
          case STATUS -> {
            cells.add(Integer.toString(error.status().get()));
            where.add(Where.at(catalog, error.status()));
          }
          case TITLE -> {
            cells.add(Objects.requireNonNullElse(meaning.rowTitle(error), ""));
            where.add(error.title().isExplicit() ? Where.at(catalog, error.title()) : row);
          }
          case DETAIL -> {
            cells.add(text(error.detail()));
            where.add(Where.at(catalog, error.detail()));
          }
          case CODE -> {
            cells.add(text(error.code()));
            where.add(error.code().isExplicit() ? Where.at(catalog, error.code()) : row);
          }
          case DESCRIPTION -> {
            cells.add(text(error.description()));
            where.add(error.description().isExplicit() ? Where.at(catalog, error.description()) : row);
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
    return errors;
  }

  /** The first column holding one of {@code cells}: rows are matched by it. -1 when there is none. */
  static int keyColumn(List<ColumnModel> columns, Set<Column.Cell> cells) {
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
        return Where.at(catalog, value.value());
      }
    }
    return row;
  }

  private static String text(Located<String> value) {
    return Objects.requireNonNullElse(value.get(), "");
  }
}
