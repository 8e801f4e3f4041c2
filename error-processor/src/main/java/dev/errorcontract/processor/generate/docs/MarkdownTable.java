package dev.errorcontract.processor.generate.docs;

import dev.errorcontract.processor.derive.PageFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown table laid out like the published pages: every column padded to its widest cell, a
 * delimiter row of dashes as wide as the column, so the table reads as well in a text editor as
 * rendered.
 */
final class MarkdownTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row of published texts; each becomes a {@link PageFormat#cell cell}. */
  MarkdownTable row(String... texts) {
    List<String> cells = new ArrayList<>();
    for (String text : texts) {
      cells.add(PageFormat.cell(text));
    }
    rows.add(cells);
    return this;
  }

  /** The table, each line ending with a line break. */
  String render() {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.max(3, width(header.get(c)));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    List<String> dashes = new ArrayList<>();
    for (int width : widths) {
      dashes.add("-".repeat(width));
    }
    line(out, dashes, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    out.append('|');
    for (int c = 0; c < widths.length; c++) {
      String cell = cells.get(c);
      out.append(' ').append(cell).append(" ".repeat(widths[c] - width(cell))).append(" |");
    }
    out.append('\n');
  }

  /** Characters as a reader counts them: code points, not UTF-16 units. */
  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
