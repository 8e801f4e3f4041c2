package dev.errorcontract.catalog;

import java.util.List;
import java.util.Map;

/**
 * A row of the published status table: one code, several ({@code 500, 502, 503, 504}) or a class
 * ({@code 5XX}). Implemented by each generated {@code ...Status} enum.
 */
public interface DocumentedStatus {

  /** The first code the row covers: the code an answer of this row gives when nothing says otherwise. */
  int code();

  /** Every code the row covers, ascending. */
  List<Integer> codes();

  /** Whether the row covers {@code code}. */
  boolean covers(int code);

  /** The title as published, or the standard reason phrase of {@link #code()} when the page gives none. */
  String title();

  /** The description exactly as published; empty when the page gives none. */
  String description();

  /**
   * Headers every answer with this status carries, as declared ({@link Status#headers()}), in
   * declaration order; empty when none are declared.
   */
  Map<String, String> headers();

  /** Whether the row's codes are error codes (400 and up) that the server may answer with. */
  default boolean isError() {
    return code() >= 400;
  }

  /** Whether a response with this row's first code may carry a body: false for 1xx, 204 and 304. */
  default boolean allowsBody() {
    return StatusCodes.allowsBody(code());
  }
}
