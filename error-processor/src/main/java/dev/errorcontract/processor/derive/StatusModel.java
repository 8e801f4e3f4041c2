package dev.errorcontract.processor.derive;

import java.util.List;
import java.util.Map;

/**
 * A row of the published status table.
 *
 * @param codes every code the row covers, ascending; a range's codes are those of its class that no
 *     other row covers
 * @param range the class as declared ({@code "5XX"}), or null for a row listing its codes
 * @param title the title as published, or the standard reason phrase of the first code when the page
 *     gives none
 * @param titlePublished whether the page gives the title (false: the reason phrase stands in)
 * @param description the description as published; empty when the page gives none
 * @param headers headers every answer with this status carries, in declaration order
 * @param attributeDefaults attribute values its error rows inherit, by attribute name, in declaration
 *     order
 * @param constantName the generated constant of the status enum
 * @param deprecated what to use instead when the row is deprecated ({@code @Status(deprecated)}), else null
 * @param breaks the release the row acknowledges a breaking change in ({@code @Status(breaks)}), else null
 */
public record StatusModel(
    List<Integer> codes,
    String range,
    String title,
    boolean titlePublished,
    String description,
    List<HeaderModel> headers,
    Map<String, String> attributeDefaults,
    String constantName,
    String deprecated,
    String breaks) {

  /** A status row that is not deprecated. */
  public StatusModel(
      List<Integer> codes,
      String range,
      String title,
      boolean titlePublished,
      String description,
      List<HeaderModel> headers,
      Map<String, String> attributeDefaults,
      String constantName) {
    this(codes, range, title, titlePublished, description, headers, attributeDefaults, constantName, null, null);
  }

  /** Whether the row is deprecated. */
  public boolean isDeprecated() {
    return deprecated != null;
  }

  /** The first code the row covers: the code a thrown exception of this row answers with by default. */
  public int code() {
    return codes.get(0);
  }

  /** Whether the row covers {@code code}. */
  public boolean covers(int code) {
    return codes.contains(code);
  }

  /** Whether the server may answer with this row's codes as errors (400 and up). */
  public boolean isError() {
    return code() >= 400;
  }

  /** The code cell as the page writes it: {@code 404}, {@code 500, 502, 503} or {@code 5XX}. */
  public String codeCell() {
    if (range != null) {
      return range;
    }
    StringBuilder cell = new StringBuilder();
    for (int code : codes) {
      if (cell.length() > 0) {
        cell.append(", ");
      }
      cell.append(code);
    }
    return cell.toString();
  }
}
