package multi;

import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.internal.GeneratedCode;
import dev.errorcontract.catalog.internal.StatusRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The status table of the Gateway catalog, as published and declared on {@link GatewayErrors}.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from multi.GatewayErrors"
)
public enum GatewayStatus implements DocumentedStatus {
  /**
   * 400 Bad Request.
   *
   * <p>The page gives no title; this is the standard reason phrase.
   */
  BAD_REQUEST(StatusRow.covering(400)
      .filledInTitle("Bad Request")),

  /**
   * 404 Not Found.
   *
   * <p>The page gives no title; this is the standard reason phrase.
   */
  NOT_FOUND(StatusRow.covering(404)
      .filledInTitle("Not Found")),

  /**
   * 500, 502, 503, 504 Server Errors: Something went wrong on our side.
   */
  SERVER_ERRORS(StatusRow.covering(500, 502, 503, 504)
      .title("Server Errors")
      .description("Something went wrong on our side."));

  static {
    GeneratedCode.check(1, "@processor.version@", GatewayStatus.class);
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
  GatewayStatus(StatusRow row) {
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
  public static Optional<GatewayStatus> of(int code) {
    switch (code) {
      case 400:
        return Optional.of(BAD_REQUEST);
      case 404:
        return Optional.of(NOT_FOUND);
      case 500:
      case 502:
      case 503:
      case 504:
        return Optional.of(SERVER_ERRORS);
      default: return Optional.empty();
    }
  }
}
