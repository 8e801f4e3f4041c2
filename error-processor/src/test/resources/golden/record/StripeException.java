package record;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import javax.annotation.processing.Generated;

/**
 * The exceptions of the Stripe catalog, declared on {@link StripeErrors}: each nested class is one
 * error of {@link StripeError}, and no other can exist.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from record.StripeErrors"
)
public abstract sealed class StripeException extends CatalogException {
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
  private StripeException(Throwable cause, boolean recordStackTrace) {
    super(cause, recordStackTrace);
  }

  /**
   * The documented error this exception is.
   */
  @Override
  public abstract StripeError error();

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
   * 400 Bad Request: "Missing parameter: {param}".
   *
   * <p>A required parameter is missing.
   *
   * <p>Machine code <code>parameter_missing</code>.
   */
  public static final class MissingParameter extends StripeException {
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
    public MissingParameter(String param) {
      this(param, null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param param the {@code {param}} of the detail
     * @param cause the cause, or {@code null}
     */
    public MissingParameter(String param, Throwable cause) {
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
    public StripeError error() {
      return StripeError.MISSING_PARAMETER;
    }

    /**
     * The detail with this exception's arguments filled in.
     */
    @Override
    public String detail() {
      return "Missing parameter: " + param;
    }

    @Override
    ErrorBody bodyWithInstance(String instance) {
      // The body's members hold arguments too, in placeholder order.
      return StripeError.MISSING_PARAMETER.render(detail(), instance, new Object[] {param});
    }
  }

  /**
   * 402 Request Failed: "Your card was declined."
   *
   * <p>The bank said no.
   *
   * <p>Machine code <code>card_declined</code>.
   */
  public static final class YourCardWasDeclined extends StripeException {
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
    public StripeError error() {
      return StripeError.YOUR_CARD_WAS_DECLINED;
    }
  }

  /**
   * 404 Not Found: "No such route."
   *
   * <p>No resource has this path.
   *
   * <p>Also answers <code>UNKNOWN_PATH</code>.
   */
  public static final class NoSuchRoute extends StripeException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public NoSuchRoute() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public NoSuchRoute(Throwable cause) {
      super(cause, false);
    }

    @Override
    public StripeError error() {
      return StripeError.NO_SUCH_ROUTE;
    }
  }

  /**
   * 400 Bad Request: "Bad Request".
   *
   * <p>Often a missing parameter.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>METHOD_NOT_ALLOWED</code>, <code>NOT_ACCEPTABLE</code>, <code>UNSUPPORTED_MEDIA_TYPE</code>, <code>UNREADABLE_BODY</code>, <code>INVALID_INPUT</code>, <code>UNDOCUMENTED_CLIENT_ERROR</code>.
   */
  public static final class BadRequest extends StripeException {
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
    public StripeError error() {
      return StripeError.BAD_REQUEST;
    }
  }

  /**
   * 402 Request Failed: "Request Failed".
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   */
  public static final class RequestFailed extends StripeException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public RequestFailed() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public RequestFailed(Throwable cause) {
      super(cause, false);
    }

    @Override
    public StripeError error() {
      return StripeError.REQUEST_FAILED;
    }
  }

  /**
   * 404 Not Found: "Not Found".
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   */
  public static final class NotFound extends StripeException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public NotFound() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public NotFound(Throwable cause) {
      super(cause, false);
    }

    @Override
    public StripeError error() {
      return StripeError.NOT_FOUND;
    }
  }

  /**
   * 500 Server Errors: "Server Errors".
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNDOCUMENTED_SERVER_ERROR</code>, <code>UNEXPECTED_FAILURE</code>.
   */
  public static final class ServerErrors extends StripeException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public ServerErrors() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public ServerErrors(Throwable cause) {
      super(cause, true);
    }

    @Override
    public StripeError error() {
      return StripeError.SERVER_ERRORS;
    }
  }
}
