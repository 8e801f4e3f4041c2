package deprecated;

import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.internal.GeneratedCode;
import dev.errorcontract.catalog.internal.StatusRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The status table of the Legacy catalog, as published and declared on {@link LegacyErrors}.
 */
@SuppressWarnings("deprecation")
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from deprecated.LegacyErrors"
)
public enum LegacyStatus implements DocumentedStatus {
  /**
   * 400 Bad Request.
   */
  BAD_REQUEST(StatusRow.covering(400)
      .title("Bad Request")),

  /**
   * 410 Gone.
   *
   * @deprecated 410 is answered as 404 from 3.0 on
   */
  @Deprecated
  GONE(StatusRow.covering(410)
      .title("Gone")),

  /**
   * 404 Not Found.
   */
  NOT_FOUND(StatusRow.covering(404)
      .title("Not Found")),

  /**
   * 500 Internal Server Error.
   */
  INTERNAL_SERVER_ERROR(StatusRow.covering(500)
      .title("Internal Server Error"));

  static {
    GeneratedCode.check(1, "@processor.version@", LegacyStatus.class);
  }

  /**
   * The row's published values.
   */
  private final StatusRow row;

  /**
   * A status row of the published table.
   *
   * @param row the row's published values
   */
  LegacyStatus(StatusRow row) {
    this.row = row;
  }

  /**
   * The first code the row covers.
   */
  @Override
  public int code() {
    return row.code();
  }

  /**
   * Every code the row covers, ascending.
   */
  @Override
  public List<Integer> codes() {
    return row.codes();
  }

  /**
   * The title as published.
   */
  @Override
  public String title() {
    return row.title();
  }

  /**
   * Where the title comes from: the page, or the library's standard reason phrase.
   */
  @Override
  public DocumentedStatus.TitleSource titleSource() {
    return row.titleSource();
  }

  /**
   * The description as published.
   */
  @Override
  public String description() {
    return row.description();
  }

  /**
   * The headers every answer with this status carries, in order.
   */
  @Override
  public Map<String, String> headers() {
    return row.headers();
  }

  /**
   * Whether the row covers {@code code}.
   */
  @Override
  public boolean covers(int code) {
    return row.covers(code);
  }

  /**
   * The status row covering a code.
   *
   * @param code an HTTP status code
   * @return the row covering {@code code}, or empty if the catalog documents none
   */
  public static Optional<LegacyStatus> of(int code) {
    switch (code) {
      case 400:
        return Optional.of(BAD_REQUEST);
      case 410:
        return Optional.of(GONE);
      case 404:
        return Optional.of(NOT_FOUND);
      case 500:
        return Optional.of(INTERNAL_SERVER_ERROR);
      default: return Optional.empty();
    }
  }
}
