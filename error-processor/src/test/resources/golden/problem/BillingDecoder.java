package problem;

import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.internal.Arguments;
import dev.errorcontract.catalog.internal.RowDecoder;
import javax.annotation.processing.Generated;

/**
 * Reads an error answer of the Billing API back into the {@link BillingException} its server threw: a documented
 * error body becomes its typed exception, template arguments parsed back; anything else an
 * {@link dev.errorcontract.catalog.UndocumentedAnswerException}. Declared on {@link BillingErrors}.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from problem.BillingErrors"
)
public final class BillingDecoder extends ErrorDecoder {
  /**
   * The one decoder.
   */
  private static final BillingDecoder DECODER = new BillingDecoder();

  /**
   * Only the one instance.
   */
  private BillingDecoder() {
    super(BillingError.table(), rows());
  }

  /**
   * The catalog's decoder.
   *
   * @return the decoder, shared
   */
  public static BillingDecoder decoder() {
    return DECODER;
  }

  /**
   * The decoders of errors 0 to 4.
   *
   * @param rows where they go
   */
  private static void rows0(RowDecoder[] rows) {
    rows[0] = RowDecoder.of(BillingError.YOUR_CURRENT_BALANCE_IS_30_BUT_THAT_COSTS_50, BillingError.YOUR_CURRENT_BALANCE_IS_30_BUT_THAT_COSTS_50.bodies(),
        (status, texts) -> new BillingException.YourCurrentBalanceIs30ButThatCosts50());
    rows[1] = RowDecoder.of(BillingError.AMOUNT_IS_NOT_POSITIVE, BillingError.AMOUNT_IS_NOT_POSITIVE.bodies(),
        (status, texts) -> new BillingException.AmountIsNotPositive(Arguments.parseLong(texts[0])));
    rows[2] = RowDecoder.of(BillingError.BAD_REQUEST, BillingError.BAD_REQUEST.bodies(),
        (status, texts) -> new BillingException.BadRequest());
    rows[3] = RowDecoder.of(BillingError.FORBIDDEN, BillingError.FORBIDDEN.bodies(),
        (status, texts) -> new BillingException.Forbidden());
    rows[4] = RowDecoder.of(BillingError.INTERNAL_SERVER_ERROR, BillingError.INTERNAL_SERVER_ERROR.bodies(),
        (status, texts) -> new BillingException.InternalServerError());
  }

  /**
   * One decoder per error, in declaration order.
   *
   * @return the rows
   */
  private static RowDecoder[] rows() {
    RowDecoder[] rows = new RowDecoder[5];
    rows0(rows);
    return rows;
  }
}
