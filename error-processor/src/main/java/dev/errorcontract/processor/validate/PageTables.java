package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.derive.PageFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two tables of a published page: the status table and the error table, each the first table on
 * the page with the header its declared columns give (by default {@code Code | Title | Description} and
 * {@code Error Detail | Description}; compared without regard to case). Front matter, fenced code blocks, prose and other
 * tables are skipped. Cells keep their text as written, {@code \|} escapes included, only the padding
 * around them removed: they are compared with {@link PageFormat#cell} of the catalog's texts.
 */
final class PageTables {

  /** A table row: its cells and its line on the page (1-based). */
  record Row(int line, List<String> cells) {

    /** The cell of column {@code c}, empty when the row is short of cells. */
    String cell(int c) {
      return c < cells.size() ? cells.get(c) : "";
    }
  }

  /** A table: its header line and its body rows. */
  record Table(int line, List<Row> rows) {}

  private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");
  private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

  private final Table statuses;
  private final Table errors;

  private PageTables(Table statuses, Table errors) {
    this.statuses = statuses;
    this.errors = errors;
  }

  Optional<Table> statuses() {
    return Optional.ofNullable(statuses);
  }

  Optional<Table> errors() {
    return Optional.ofNullable(errors);
  }

  /** The tables of {@code text} whose headers are {@code statusHeader} and {@code errorHeader}, ignoring case. */
  static PageTables parse(String text, List<String> statusHeader, List<String> errorHeader) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    Table statuses = null;
    Table errors = null;
    int i = 0;
    if (lines.length > 0 && lines[0].strip().equals("---")) {
      // YAML front matter, up to the closing line; without one, the page has none.
      for (int end = 1; end < lines.length; end++) {
        if (lines[end].strip().equals("---")) {
          i = end + 1;
          break;
        }
      }
    }
    String fence = null;
    while (i < lines.length) {
      String line = lines[i].strip();
      if (fence != null) {
        if (line.startsWith(fence)) {
          fence = null;
        }
        i++;
        continue;
      }
      if (line.startsWith("```") || line.startsWith("~~~")) {
        fence = line.substring(0, 3);
        i++;
        continue;
      }
      if (isRow(line) && i + 1 < lines.length && isDelimiter(lines[i + 1].strip())) {
        List<String> header = cells(line).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        int headerLine = i + 1;
        List<Row> rows = new ArrayList<>();
        i += 2;
        while (i < lines.length && isRow(lines[i].strip())) {
          rows.add(new Row(i + 1, cells(lines[i].strip())));
          i++;
        }
        Table table = new Table(headerLine, List.copyOf(rows));
        if (statuses == null && !statusHeader.isEmpty() && header.equals(lower(statusHeader))) {
          statuses = table;
        } else if (errors == null && !errorHeader.isEmpty() && header.equals(lower(errorHeader))) {
          errors = table;
        }
        continue;
      }
      i++;
    }
    return new PageTables(statuses, errors);
  }

  private static List<String> lower(List<String> header) {
    return header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
  }

  private static boolean isRow(String line) {
    return !line.isEmpty() && UNESCAPED_PIPE.matcher(line).find();
  }

  private static boolean isDelimiter(String line) {
    if (!line.contains("-") || !isRow(line)) {
      return false;
    }
    return cells(line).stream().allMatch(c -> DELIMITER_CELL.matcher(c).matches());
  }

  /** The cells of a row: split at unescaped pipes, the outer pipes optional, padding removed. */
  private static List<String> cells(String line) {
    String row = line;
    if (row.startsWith("|")) {
      row = row.substring(1);
    }
    if (row.endsWith("|") && !row.endsWith("\\|")) {
      row = row.substring(0, row.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : UNESCAPED_PIPE.split(row, -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
