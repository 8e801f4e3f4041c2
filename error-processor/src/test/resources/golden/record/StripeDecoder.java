package record;

import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.internal.RowDecoder;
import javax.annotation.processing.Generated;

/**
 * Reads an error answer of the Stripe API back into the {@link StripeException} its server threw: a documented
 * error body becomes its typed exception, template arguments parsed back; anything else an
 * {@link dev.errorcontract.catalog.UndocumentedAnswerException}. Declared on {@link StripeErrors}.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from record.StripeErrors"
)
public final class StripeDecoder extends ErrorDecoder {
  /**
   * The one decoder.
   */
  private static final StripeDecoder DECODER = new StripeDecoder();

  /**
   * Only the one instance.
   */
  private StripeDecoder() {
    super(StripeError.table(), rows());
  }

  /**
   * The catalog's decoder.
   *
   * @return the decoder, shared
   */
  public static StripeDecoder decoder() {
    return DECODER;
  }

  /**
   * The decoders of errors 0 to 6.
   *
   * @param rows where they go
   */
  private static void rows0(RowDecoder[] rows) {
    rows[0] = RowDecoder.of(StripeError.MISSING_PARAMETER, StripeError.MISSING_PARAMETER.bodies(),
        (status, texts) -> new StripeException.MissingParameter(texts[0]));
    rows[1] = RowDecoder.of(StripeError.YOUR_CARD_WAS_DECLINED, StripeError.YOUR_CARD_WAS_DECLINED.bodies(),
        (status, texts) -> new StripeException.YourCardWasDeclined());
    rows[2] = RowDecoder.of(StripeError.NO_SUCH_ROUTE, StripeError.NO_SUCH_ROUTE.bodies(),
        (status, texts) -> new StripeException.NoSuchRoute());
    rows[3] = RowDecoder.of(StripeError.BAD_REQUEST, StripeError.BAD_REQUEST.bodies(),
        (status, texts) -> new StripeException.BadRequest());
    rows[4] = RowDecoder.of(StripeError.REQUEST_FAILED, StripeError.REQUEST_FAILED.bodies(),
        (status, texts) -> new StripeException.RequestFailed());
    rows[5] = RowDecoder.of(StripeError.NOT_FOUND, StripeError.NOT_FOUND.bodies(),
        (status, texts) -> new StripeException.NotFound());
    rows[6] = RowDecoder.of(StripeError.SERVER_ERRORS, StripeError.SERVER_ERRORS.bodies(),
        (status, texts) -> new StripeException.ServerErrors());
  }

  /**
   * One decoder per error, in declaration order.
   *
   * @return the rows
   */
  private static RowDecoder[] rows() {
    RowDecoder[] rows = new RowDecoder[7];
    rows0(rows);
    return rows;
  }
}
