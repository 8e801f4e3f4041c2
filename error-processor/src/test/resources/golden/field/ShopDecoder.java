package field;

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
    comments = "from field.ShopErrors"
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
   * The decoders of errors 0 to 7.
   *
   * @param rows where they go
   */
  private static void rows0(RowDecoder[] rows) {
    rows[0] = RowDecoder.of(ShopError.INVALID_LIMIT, ShopError.INVALID_LIMIT.bodies(),
        (status, texts) -> new ShopException.InvalidLimit(Arguments.parseInt(texts[0])));
    rows[1] = RowDecoder.of(ShopError.CAFE_COULDNT_BREW, ShopError.CAFE_COULDNT_BREW.bodies(),
        (status, texts) -> new ShopException.CafeCouldntBrew());
    rows[2] = RowDecoder.of(ShopError.ORDER_OF_NOT_FOUND, ShopError.ORDER_OF_NOT_FOUND.bodies(),
        (status, texts) -> new ShopException.OrderOfNotFound(Arguments.parseLong(texts[0]), texts[1]));
    rows[3] = RowDecoder.of(ShopError.NO_SUCH_ROUTE, ShopError.NO_SUCH_ROUTE.bodies(),
        (status, texts) -> new ShopException.NoSuchRoute());
    rows[4] = RowDecoder.of(ShopError.BAD_REQUEST, ShopError.BAD_REQUEST.bodies(),
        (status, texts) -> new ShopException.BadRequest());
    rows[5] = RowDecoder.of(ShopError.UNAUTHORIZED, ShopError.UNAUTHORIZED.bodies(),
        (status, texts) -> new ShopException.Unauthorized());
    rows[6] = RowDecoder.of(ShopError.NOT_FOUND, ShopError.NOT_FOUND.bodies(),
        (status, texts) -> new ShopException.NotFound());
    rows[7] = RowDecoder.of(ShopError.INTERNAL_SERVER_ERROR, ShopError.INTERNAL_SERVER_ERROR.bodies(),
        (status, texts) -> new ShopException.InternalServerError());
  }

  /**
   * One decoder per error, in declaration order.
   *
   * @return the rows
   */
  private static RowDecoder[] rows() {
    RowDecoder[] rows = new RowDecoder[8];
    rows0(rows);
    return rows;
  }
}
