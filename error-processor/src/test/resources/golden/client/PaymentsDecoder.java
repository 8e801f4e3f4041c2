package client;

import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.internal.RowDecoder;
import javax.annotation.processing.Generated;

/**
 * Reads an error answer of the Payments API back into the {@link PaymentsException} its server threw: a documented
 * error body becomes its typed exception, template arguments parsed back; anything else an
 * {@link dev.errorcontract.catalog.UndocumentedAnswerException}. Declared on {@link PaymentsErrors}.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from client.PaymentsErrors"
)
public final class PaymentsDecoder extends ErrorDecoder {
  /**
   * The one decoder.
   */
  private static final PaymentsDecoder DECODER = new PaymentsDecoder();

  /**
   * Only the one instance.
   */
  private PaymentsDecoder() {
    super(PaymentsError.table(), rows());
  }

  /**
   * The catalog's decoder.
   *
   * @return the decoder, shared
   */
  public static PaymentsDecoder decoder() {
    return DECODER;
  }

  /**
   * The decoders of errors 0 to 1.
   *
   * @param rows where they go
   */
  private static void rows0(RowDecoder[] rows) {
    rows[0] = RowDecoder.of(PaymentsError.MISSING_REQUIRED_PARAM, PaymentsError.MISSING_REQUIRED_PARAM.bodies(),
        (status, texts) -> new PaymentsException.MissingRequiredParam(texts[0]));
    rows[1] = RowDecoder.of(PaymentsError.YOUR_CARD_WAS_DECLINED, PaymentsError.YOUR_CARD_WAS_DECLINED.bodies(),
        (status, texts) -> new PaymentsException.YourCardWasDeclined());
  }

  /**
   * One decoder per error, in declaration order.
   *
   * @return the rows
   */
  private static RowDecoder[] rows() {
    RowDecoder[] rows = new RowDecoder[2];
    rows0(rows);
    return rows;
  }
}
