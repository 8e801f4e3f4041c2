package dev.errorcontract.catalog;

/** A documented HTTP status, as published. Implemented by each generated {@code ...Status} enum. */
public interface DocumentedStatus {

  /** The HTTP status code. */
  int code();

  /** The title exactly as published. */
  String title();

  /** The description exactly as published. */
  String description();

  /**
   * Headers every answer with this status carries, as declared ({@link Status#headers()}), in
   * declaration order; empty by default.
   */
  default java.util.Map<String, String> headers() {
    return java.util.Map.of();
  }

  /** Whether the status is an error status (400 to 599) that the server may answer with. */
  default boolean isError() {
    return code() >= 400;
  }

  /** Whether a response with this status may carry a body: false for 1xx, 204 and 304. */
  default boolean allowsBody() {
    return StatusCodes.allowsBody(code());
  }
}
