package problem;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import javax.annotation.processing.Generated;

/**
 * The exceptions of the Billing catalog, declared on {@link BillingErrors}: each nested class is one
 * error of {@link BillingError}, and no other can exist.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from problem.BillingErrors"
)
public abstract sealed class BillingException extends CatalogException {
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
  private BillingException(Throwable cause, boolean recordStackTrace) {
    super(cause, recordStackTrace);
  }

  /**
   * The documented error this exception is.
   */
  @Override
  public abstract BillingError error();

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
   * 403 Forbidden: "Your current balance is 30, but that costs 50."
   *
   * <p>The account cannot pay.
   *
   * <p>Machine code <code>out_of_credit</code>.
   */
  public static final class YourCurrentBalanceIs30ButThatCosts50 extends BillingException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public YourCurrentBalanceIs30ButThatCosts50() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public YourCurrentBalanceIs30ButThatCosts50(Throwable cause) {
      super(cause, false);
    }

    @Override
    public BillingError error() {
      return BillingError.YOUR_CURRENT_BALANCE_IS_30_BUT_THAT_COSTS_50;
    }
  }

  /**
   * 400 Bad Request: "Amount {amount} is not positive".
   *
   * <p>Amounts are above zero.
   */
  public static final class AmountIsNotPositive extends BillingException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * The {@code {amount}} of the detail.
     */
    private final long amount;

    /**
     * Creates the exception.
     *
     * @param amount the {@code {amount}} of the detail
     */
    public AmountIsNotPositive(long amount) {
      this(amount, null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param amount the {@code {amount}} of the detail
     * @param cause the cause, or {@code null}
     */
    public AmountIsNotPositive(long amount, Throwable cause) {
      super(cause, false);
      this.amount = amount;
    }

    /**
     * The {@code {amount}} of the detail.
     *
     * @return the argument
     */
    public long amount() {
      return amount;
    }

    @Override
    public BillingError error() {
      return BillingError.AMOUNT_IS_NOT_POSITIVE;
    }

    /**
     * The detail with this exception's arguments filled in.
     */
    @Override
    public String detail() {
      return "Amount " + amount + " is not positive";
    }

    @Override
    ErrorBody bodyWithInstance(String instance) {
      // The body's members hold arguments too, in placeholder order.
      return BillingError.AMOUNT_IS_NOT_POSITIVE.render(detail(), instance, new Object[] {amount});
    }
  }

  /**
   * 400 Bad Request: "Bad Request".
   *
   * <p>The request is invalid.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNKNOWN_PATH</code>, <code>METHOD_NOT_ALLOWED</code>, <code>NOT_ACCEPTABLE</code>, <code>UNSUPPORTED_MEDIA_TYPE</code>, <code>UNREADABLE_BODY</code>, <code>INVALID_INPUT</code>, <code>UNDOCUMENTED_CLIENT_ERROR</code>.
   */
  public static final class BadRequest extends BillingException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public BadRequest() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public BadRequest(Throwable cause) {
      super(cause, false);
    }

    @Override
    public BillingError error() {
      return BillingError.BAD_REQUEST;
    }
  }

  /**
   * 403 Forbidden: "Forbidden".
   *
   * <p>Not allowed.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   */
  public static final class Forbidden extends BillingException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public Forbidden() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public Forbidden(Throwable cause) {
      super(cause, false);
    }

    @Override
    public BillingError error() {
      return BillingError.FORBIDDEN;
    }
  }

  /**
   * 500 Internal Server Error: "Internal Server Error".
   *
   * <p>Our fault.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNDOCUMENTED_SERVER_ERROR</code>, <code>UNEXPECTED_FAILURE</code>.
   */
  public static final class InternalServerError extends BillingException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public InternalServerError() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public InternalServerError(Throwable cause) {
      super(cause, true);
    }

    @Override
    public BillingError error() {
      return BillingError.INTERNAL_SERVER_ERROR;
    }
  }
}
