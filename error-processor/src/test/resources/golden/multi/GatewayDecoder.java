package multi;

import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.internal.RowDecoder;
import javax.annotation.processing.Generated;

/**
 * Reads an error answer of the Gateway API back into the {@link GatewayException} its server threw: a documented
 * error body becomes its typed exception, template arguments parsed back; anything else an
 * {@link dev.errorcontract.catalog.UndocumentedAnswerException}. Declared on {@link GatewayErrors}.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from multi.GatewayErrors"
)
public final class GatewayDecoder extends ErrorDecoder {
  /**
   * The one decoder.
   */
  private static final GatewayDecoder DECODER = new GatewayDecoder();

  /**
   * Only the one instance.
   */
  private GatewayDecoder() {
    super(GatewayError.table(), rows());
  }

  /**
   * The catalog's decoder.
   *
   * @return the decoder, shared
   */
  public static GatewayDecoder decoder() {
    return DECODER;
  }

  /**
   * The decoders of errors 0 to 4.
   *
   * @param rows where they go
   */
  private static void rows0(RowDecoder[] rows) {
    rows[0] = RowDecoder.of(GatewayError.MALFORMED_JSON, GatewayError.MALFORMED_JSON.bodies(),
        (status, texts) -> new GatewayException.MalformedJson());
    rows[1] = RowDecoder.of(GatewayError.THE_UPSTREAM_DID_NOT_ANSWER, GatewayError.THE_UPSTREAM_DID_NOT_ANSWER.bodies(),
        (status, texts) -> new GatewayException.TheUpstreamDidNotAnswer());
    rows[2] = RowDecoder.of(GatewayError.BAD_REQUEST, GatewayError.BAD_REQUEST.bodies(),
        (status, texts) -> new GatewayException.BadRequest());
    rows[3] = RowDecoder.of(GatewayError.NOT_FOUND, GatewayError.NOT_FOUND.bodies(),
        (status, texts) -> new GatewayException.NotFound());
    rows[4] = RowDecoder.of(GatewayError.SERVER_ERRORS, GatewayError.SERVER_ERRORS.bodies(),
        (status, texts) -> new GatewayException.ServerErrors(status));
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
