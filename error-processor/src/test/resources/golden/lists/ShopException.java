package lists;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.Violation;
import dev.errorcontract.catalog.internal.Supplied;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The exceptions of the Shop catalog, declared on {@link ShopErrors}: each nested class is one
 * error of {@link ShopError}, and no other can exist.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from lists.ShopErrors"
)
public abstract sealed class ShopException extends CatalogException {
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
  private ShopException(Throwable cause, boolean recordStackTrace) {
    super(cause, recordStackTrace);
  }

  /**
   * The documented error this exception is.
   */
  @Override
  public abstract ShopError error();

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
    return error().bodyWithSupplied(status(), instance, supplied());
  }

  /**
   * Supplies the value of the body's {@code param} member, which the detail does not carry.
   *
   * @param param the value, at most 1024 characters
   * @return this exception
   * @throws IllegalArgumentException past that limit
   */
  public final ShopException withParam(String param) {
    withSupplied("param", Supplied.checked("param", param));
    return this;
  }

  /**
   * The value of the body's {@code param} member, as supplied (or decoded).
   *
   * @return the value, or {@code null} where none was supplied
   */
  public final String param() {
    return (String) supplied().get("param");
  }

  /**
   * Supplies the list of the body's {@code invalid-params} member: the violations of the request's input.
   *
   * @param invalidParams the violations, at most 100, each path and message at most 1024 characters
   * @return this exception
   * @throws IllegalArgumentException past those limits
   */
  public final ShopException withInvalidParams(List<Violation> invalidParams) {
    withSupplied("invalidParams", Supplied.checked("invalidParams", invalidParams));
    return this;
  }

  /**
   * The value of the body's {@code invalid-params} member, as supplied (or decoded).
   *
   * @return the value, or {@code null} where none was supplied
   */
  @SuppressWarnings("unchecked")
  public final List<Violation> invalidParams() {
    // withSupplied("invalidParams", ...) above and the decoder put only unmodifiable lists of violations here.
    return (List<Violation>) supplied().get("invalidParams");
  }

  /**
   * 400 Bad Request: "Your request parameters didn't validate."
   *
   * <p>Each invalid parameter is listed.
   *
   * <p>Also answers <code>INVALID_INPUT</code>.
   */
  public static final class YourRequestParametersDidntValidate extends ShopException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public YourRequestParametersDidntValidate() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public YourRequestParametersDidntValidate(Throwable cause) {
      super(cause, false);
    }

    @Override
    public ShopError error() {
      return ShopError.YOUR_REQUEST_PARAMETERS_DIDNT_VALIDATE;
    }
  }

  /**
   * 400 Bad Request: "Amount {amount} is not positive".
   *
   * <p>Amounts are above zero.
   */
  public static final class AmountIsNotPositive extends ShopException {
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
    public ShopError error() {
      return ShopError.AMOUNT_IS_NOT_POSITIVE;
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
      return ShopError.AMOUNT_IS_NOT_POSITIVE.render(detail(), instance, null, supplied());
    }
  }

  /**
   * 400 Bad Request: "Bad Request".
   *
   * <p>The request is invalid.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNKNOWN_PATH</code>, <code>METHOD_NOT_ALLOWED</code>, <code>NOT_ACCEPTABLE</code>, <code>UNSUPPORTED_MEDIA_TYPE</code>, <code>UNREADABLE_BODY</code>, <code>UNDOCUMENTED_CLIENT_ERROR</code>.
   */
  public static final class BadRequest extends ShopException {
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
    public ShopError error() {
      return ShopError.BAD_REQUEST;
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
  public static final class InternalServerError extends ShopException {
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
    public ShopError error() {
      return ShopError.INTERNAL_SERVER_ERROR;
    }
  }
}
