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

  /** Where a status row's {@link #title()} comes from. */
  enum TitleSource {
    /** The page publishes the title: {@code @Status(code = 404, title = "Not found")}. */
    PUBLISHED,
    /**
     * The page gives no title, and the library filled in the standard reason phrase of the row's first code:
     * {@code @Status(code = 409)} has the title "Conflict".
     */
    REASON_PHRASE
  }

  /**
   * Where {@link #title()} comes from: the page, or the library, which filled in the standard reason
   * phrase. Generated status enums say which; code generated before this method existed says {@link
   * TitleSource#PUBLISHED}.
   */
  default TitleSource titleSource() {
    return TitleSource.PUBLISHED;
  }

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
