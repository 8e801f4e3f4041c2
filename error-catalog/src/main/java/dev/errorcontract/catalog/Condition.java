package dev.errorcontract.catalog;

/**
 * A condition the framework raises rather than the application, and which documented row answers it.
 * By default a condition answers as its status's row does ({@link #STATUS}); a page that documents its
 * own row for a condition names it with {@link ApiError#answers()}.
 */
public enum Condition {
  /**
   * The status of the row raised without a row of its own: a {@code WebApplicationException} of that
   * status, or an error response of that status the application built. When no row answers it, the
   * library adds an answer carrying the status title as its detail.
   */
  STATUS(400, 599),
  /** No resource matches the request path. Status 404. */
  UNKNOWN_PATH(404, 404),
  /** The resource does not support the request method. Status 405. */
  METHOD_NOT_ALLOWED(405, 405),
  /** No representation matches the request's {@code Accept}. Status 406. */
  NOT_ACCEPTABLE(406, 406),
  /** The resource does not take the request's {@code Content-Type}. Status 415. */
  UNSUPPORTED_MEDIA_TYPE(415, 415),
  /** The request body cannot be read: malformed JSON, a value of the wrong type. Status 400 or 422. */
  UNREADABLE_BODY(400, 422),
  /**
   * The request was read but its input fails the constraints declared on it (Bean Validation: a
   * {@code @Valid} body, a constrained parameter). Status 400 or 422. By default: the answer of {@link
   * #UNREADABLE_BODY}. The violations reach the answer's body where its row declares a list member
   * for them.
   */
  INVALID_INPUT(400, 422),
  /** A 4xx status the catalog does not document. By default: the answer of 400. */
  UNDOCUMENTED_CLIENT_ERROR(400, 499),
  /** A 5xx status the catalog does not document. By default: the answer of 500. */
  UNDOCUMENTED_SERVER_ERROR(500, 599),
  /** An exception no catalog row describes, such as a bug. By default: the answer of 500. */
  UNEXPECTED_FAILURE(500, 599);

  private final int lowest;
  private final int highest;

  Condition(int lowest, int highest) {
    this.lowest = lowest;
    this.highest = highest;
  }

  /**
   * Whether a row of this status may answer the condition: 404 for {@link #UNKNOWN_PATH}, 400 or 422
   * for {@link #UNREADABLE_BODY} and {@link #INVALID_INPUT}, any 4xx for {@link #UNDOCUMENTED_CLIENT_ERROR}, any 5xx for {@link
   * #UNDOCUMENTED_SERVER_ERROR} and {@link #UNEXPECTED_FAILURE}.
   */
  public boolean allowsStatus(int status) {
    if (this == UNREADABLE_BODY || this == INVALID_INPUT) {
      return status == 400 || status == 422;
    }
    return status >= lowest && status <= highest;
  }

  /** The statuses a row answering this condition may have, for messages: {@code "404"}, {@code "4xx"}. */
  public String allowedStatuses() {
    if (this == UNREADABLE_BODY || this == INVALID_INPUT) {
      return "400 or 422";
    }
    if (lowest == highest) {
      return Integer.toString(lowest);
    }
    return lowest == 400 && highest == 599 ? "4xx or 5xx" : (lowest / 100) + "xx";
  }

  /**
   * The status answering the condition when no row names it and the catalog does not document {@link
   * #STATUS}'s code: 404, 405, 406 and 415 fall back to {@link #UNDOCUMENTED_CLIENT_ERROR}; that one to
   * 400; the server-side ones to 500.
   */
  public int defaultStatus() {
    switch (this) {
      case UNDOCUMENTED_SERVER_ERROR:
      case UNEXPECTED_FAILURE:
        return 500;
      case STATUS:
      case UNDOCUMENTED_CLIENT_ERROR:
      case UNREADABLE_BODY:
      case INVALID_INPUT:
        return 400;
      default:
        return lowest;
    }
  }
}
