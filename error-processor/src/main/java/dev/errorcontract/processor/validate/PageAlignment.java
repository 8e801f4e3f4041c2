package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.derive.ColumnModel;
import dev.errorcontract.processor.derive.PageFormat;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.validate.PageTables.Row;
import dev.errorcontract.processor.validate.PageTables.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Aligns the catalog's rows with a table of the page. Rows are matched by their key cell (the status
 * code, the error detail), keeping order: the longest common run of matching rows is paired first. A
 * leftover row whose key is elsewhere on the page is out of order; leftover rows between the same
 * matched neighbours are paired in order and compared cell by cell (so a changed detail reads as a
 * changed cell, not as a row missing and another extra); the rest are missing or extra.
 */
final class PageAlignment {

  private PageAlignment() {}

  /**
   * Reports every difference between the catalog's rows ({@code expected}) and the page's table of
   * {@code kind} ("status" or "error"), at the narrowest place.
   */
  static void compare(
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
}
