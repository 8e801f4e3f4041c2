package record;

import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.internal.GeneratedCode;
import dev.errorcontract.catalog.internal.StatusRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The status table of the Stripe catalog, as published and declared on {@link StripeErrors}.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from record.StripeErrors"
)
public enum StripeStatus implements DocumentedStatus {
  /**
   * 400 Bad Request: Often a missing parameter.
   */
  BAD_REQUEST(StatusRow.covering(400)
      .title("Bad Request")
      .description("Often a missing parameter.")),

  /**
   * 402 Request Failed.
   */
  REQUEST_FAILED(StatusRow.covering(402)
      .title("Request Failed")),

  /**
   * 404 Not Found.
   */
  NOT_FOUND(StatusRow.covering(404)
      .title("Not Found")),

  /**
   * 500 Server Errors.
   */
  SERVER_ERRORS(StatusRow.covering(500)
      .title("Server Errors"));

  static {
    GeneratedCode.check(1, "@processor.version@", StripeStatus.class);
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
  StripeStatus(StatusRow row) {
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
  public static Optional<StripeStatus> of(int code) {
    switch (code) {
      case 400:
        return Optional.of(BAD_REQUEST);
      case 402:
        return Optional.of(REQUEST_FAILED);
      case 404:
        return Optional.of(NOT_FOUND);
      case 500:
        return Optional.of(SERVER_ERRORS);
      default: return Optional.empty();
    }
  }
}
