package deprecated;

import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.internal.RowDecoder;
import javax.annotation.processing.Generated;

/**
 * Reads an error answer of the Legacy API back into the {@link LegacyException} its server threw: a documented
 * error body becomes its typed exception, template arguments parsed back; anything else an
 * {@link dev.errorcontract.catalog.UndocumentedAnswerException}. Declared on {@link LegacyErrors}.
 */
@SuppressWarnings("deprecation")
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from deprecated.LegacyErrors"
)
public final class LegacyDecoder extends ErrorDecoder {
  /**
   * The one decoder.
   */
  private static final LegacyDecoder DECODER = new LegacyDecoder();

  /**
   * Only the one instance.
   */
  private LegacyDecoder() {
    super(LegacyError.table(), rows());
  }

  /**
   * The catalog's decoder.
   *
   * @return the decoder, shared
   */
  public static LegacyDecoder decoder() {
    return DECODER;
  }

  /**
   * The decoders of errors 0 to 5.
   *
   * @param rows where they go
   */
  private static void rows0(RowDecoder[] rows) {
    rows[0] = RowDecoder.of(LegacyError.INVALID_NONCE, LegacyError.INVALID_NONCE.bodies(),
        (status, texts) -> new LegacyException.InvalidNonce());
    rows[1] = RowDecoder.of(LegacyError.INVALID_TOKEN, LegacyError.INVALID_TOKEN.bodies(),
        (status, texts) -> new LegacyException.InvalidToken());
    rows[2] = RowDecoder.of(LegacyError.BAD_REQUEST, LegacyError.BAD_REQUEST.bodies(),
        (status, texts) -> new LegacyException.BadRequest());
    rows[3] = RowDecoder.of(LegacyError.GONE, LegacyError.GONE.bodies(),
        (status, texts) -> new LegacyException.Gone());
    rows[4] = RowDecoder.of(LegacyError.NOT_FOUND, LegacyError.NOT_FOUND.bodies(),
        (status, texts) -> new LegacyException.NotFound());
    rows[5] = RowDecoder.of(LegacyError.INTERNAL_SERVER_ERROR, LegacyError.INTERNAL_SERVER_ERROR.bodies(),
        (status, texts) -> new LegacyException.InternalServerError());
  }

  /**
   * One decoder per error, in declaration order.
   *
   * @return the rows
   */
  private static RowDecoder[] rows() {
    RowDecoder[] rows = new RowDecoder[6];
    rows0(rows);
    return rows;
  }
}
