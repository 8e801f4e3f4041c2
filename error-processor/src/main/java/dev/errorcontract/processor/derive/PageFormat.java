package dev.errorcontract.processor.derive;

import java.util.List;

/**
 * The form of a published error page, shared by the page generator and the drift check, so that what
 * the check accepts is exactly what the generator writes.
 */
public final class PageFormat {

  private PageFormat() {}

  /** The header of the status table. */
  public static final List<String> STATUS_HEADER = List.of("Code", "Title", "Description");

  /** The header of the error table. */
  public static final List<String> ERROR_HEADER = List.of("Error Detail", "Description");

  /**
   * A published text as a table cell: a {@code |} escaped so it does not end the cell, a line break
   * written {@code <br>} since a row is one line, and no padding of its own.
   */
  public static String cell(String text) {
    return text.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>").strip();
  }
}
