package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.derive.PageFormat;
import java.util.List;

/**
 * A row of the catalog as its published page should show it: its name for messages, its annotation, its
 * cells, where each cell's text is declared, and the column rows are matched by.
 */
record CatalogRow(String name, Where annotation, List<String> cells, List<Where> where, int keyColumn) {

  /** The cell rows are matched by, in page form. */
  String key() {
    return PageFormat.cell(cells.get(keyColumn));
  }
}
