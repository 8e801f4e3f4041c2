package client;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import javax.annotation.processing.Generated;

/**
 * The exceptions of the Payments catalog, declared on {@link PaymentsErrors}: each nested class is one
 * error of {@link PaymentsError}, and no other can exist.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from client.PaymentsErrors"
)
public abstract sealed class PaymentsException extends CatalogException {
  /**
   * The serialized form's version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Only the nested exceptions extend this class.
   *
   * @param cause the cause, or {@code null}
   * @param recordStackTrace whether the stack trace is filled in
   */
  private PaymentsException(Throwable cause, boolean recordStackTrace) {
    super(cause, recordStackTrace);
  }

  /**
   * The documented error this exception is.
   */
  @Override
  public abstract PaymentsError error();

  /**
   * The body, with this exception's own instance where the body has one.
   */
  @Override
  public final ErrorBody body() {
    return body(null);
  }

  /**
   * The body, with this exception's own instance, else {@code instance}, where the body has
   * one.
   */
  @Override
  public final ErrorBody body(String instance) {
    String own = instance();
    return bodyWithInstance(own != null ? own : instance);
  }

  /**
   * The body with this instance: shared by every exception of a constant detail; rendered per
   * exception by the template ones, which override this.
   *
   * @param instance the instance, or {@code null} for none
   * @return the body
   */
  ErrorBody bodyWithInstance(String instance) {
    return error().body(status(), instance);
  }

  /**
   * 400 Bad Request: "Missing required param: {param}."
   *
   * <p>A required parameter is missing.
   *
   * <p>Machine code <code>parameter_missing</code>.
   */
  public static final class MissingRequiredParam extends PaymentsException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * The {@code {param}} of the detail.
     */
    private final String param;

    /**
     * Creates the exception.
     *
     * @param param the {@code {param}} of the detail
     */
    public MissingRequiredParam(String param) {
      this(param, null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param param the {@code {param}} of the detail
     * @param cause the cause, or {@code null}
     */
    public MissingRequiredParam(String param, Throwable cause) {
      super(cause, false);
      this.param = param;
    }

    /**
     * The {@code {param}} of the detail.
     *
     * @return the argument
     */
    public String param() {
      return param;
    }

    @Override
    public PaymentsError error() {
      return PaymentsError.MISSING_REQUIRED_PARAM;
    }

    /**
     * The detail with this exception's arguments filled in.
     */
    @Override
    public String detail() {
      return "Missing required param: " + param + ".";
    }

    @Override
    ErrorBody bodyWithInstance(String instance) {
      return PaymentsError.MISSING_REQUIRED_PARAM.render(detail(), instance);
    }
  }

  /**
   * 402 Request Failed: "Your card was declined."
   *
   * <p>The card was declined.
   *
   * <p>Machine code <code>card_declined</code>.
   */
  public static final class YourCardWasDeclined extends PaymentsException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public YourCardWasDeclined() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public YourCardWasDeclined(Throwable cause) {
      super(cause, false);
    }

    @Override
    public PaymentsError error() {
      return PaymentsError.YOUR_CARD_WAS_DECLINED;
    }
  }
}
