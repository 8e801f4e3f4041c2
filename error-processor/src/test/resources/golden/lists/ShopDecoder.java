package lists;

import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.internal.Arguments;
import dev.errorcontract.catalog.internal.RowDecoder;
import javax.annotation.processing.Generated;

/**
 * Reads an error answer of the Shop API back into the {@link ShopException} its server threw: a documented
 * error body becomes its typed exception, template arguments parsed back; anything else an
 * {@link dev.errorcontract.catalog.UndocumentedAnswerException}. Declared on {@link ShopErrors}.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from lists.ShopErrors"
)
public final class ShopDecoder extends ErrorDecoder {
  /**
   * The one decoder.
   */
  private static final ShopDecoder DECODER = new ShopDecoder();

  /**
   * Only the one instance.
   */
  private ShopDecoder() {
    super(ShopError.table(), rows());
  }

  /**
   * The catalog's decoder.
   *
   * @return the decoder, shared
   */
  public static ShopDecoder decoder() {
    return DECODER;
  }

  /**
   * The decoders of errors 0 to 3.
   *
   * @param rows where they go
   */
  private static void rows0(RowDecoder[] rows) {
    rows[0] = RowDecoder.of(ShopError.YOUR_REQUEST_PARAMETERS_DIDNT_VALIDATE, ShopError.YOUR_REQUEST_PARAMETERS_DIDNT_VALIDATE.bodies(),
        (status, texts) -> new ShopException.YourRequestParametersDidntValidate());
    rows[1] = RowDecoder.of(ShopError.AMOUNT_IS_NOT_POSITIVE, ShopError.AMOUNT_IS_NOT_POSITIVE.bodies(),
        (status, texts) -> new ShopException.AmountIsNotPositive(Arguments.parseLong(texts[0])));
    rows[2] = RowDecoder.of(ShopError.BAD_REQUEST, ShopError.BAD_REQUEST.bodies(),
        (status, texts) -> new ShopException.BadRequest());
    rows[3] = RowDecoder.of(ShopError.INTERNAL_SERVER_ERROR, ShopError.INTERNAL_SERVER_ERROR.bodies(),
        (status, texts) -> new ShopException.InternalServerError());
  }

  /**
   * One decoder per error, in declaration order.
   *
   * @return the rows
   */
  private static RowDecoder[] rows() {
    RowDecoder[] rows = new RowDecoder[4];
    rows0(rows);
    return rows;
  }
}
