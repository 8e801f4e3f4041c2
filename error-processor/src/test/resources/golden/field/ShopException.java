package field;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import javax.annotation.processing.Generated;

/**
 * The exceptions of the Shop catalog, declared on {@link ShopErrors}: each nested class is one
 * error of {@link ShopError}, and no other can exist.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from field.ShopErrors"
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
    return error().body(status(), instance);
  }

  /**
   * 400 Bad Request: "Invalid limit: {limit}".
   *
   * <p>The page limit is over 1000.
   *
   * <p>Machine code <code>invalid_limit</code>.
   */
  public static final class InvalidLimit extends ShopException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * The {@code {limit}} of the detail.
     */
    private final int limit;

    /**
     * Creates the exception.
     *
     * @param limit the {@code {limit}} of the detail
     */
    public InvalidLimit(int limit) {
      this(limit, null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param limit the {@code {limit}} of the detail
     * @param cause the cause, or {@code null}
     */
    public InvalidLimit(int limit, Throwable cause) {
      super(cause, false);
      this.limit = limit;
    }

    /**
     * The {@code {limit}} of the detail.
     *
     * @return the argument
     */
    public int limit() {
      return limit;
    }

    @Override
    public ShopError error() {
      return ShopError.INVALID_LIMIT;
    }

    /**
     * The detail with this exception's arguments filled in.
     */
    @Override
    public String detail() {
      return "Invalid limit: " + limit;
    }

    @Override
    ErrorBody bodyWithInstance(String instance) {
      return ShopError.INVALID_LIMIT.render(detail(), instance);
    }
  }

  /**
   * 400 Bad Request: "Café couldn’t "brew"".
   *
   * <p>Quoted, non-ASCII, {&#64;code x} and } and *&#47; and &#64;param.
   */
  public static final class CafeCouldntBrew extends ShopException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public CafeCouldntBrew() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public CafeCouldntBrew(Throwable cause) {
      super(cause, false);
    }

    @Override
    public ShopError error() {
      return ShopError.CAFE_COULDNT_BREW;
    }
  }

  /**
   * 404 Not Found: "Order {orderId} of {customer} not found".
   *
   * <p>No such order.
   *
   * <p>Machine code <code>order_not_found</code>.
   */
  public static final class OrderOfNotFound extends ShopException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * The {@code {orderId}} of the detail.
     */
    private final long orderId;

    /**
     * The {@code {customer}} of the detail.
     */
    private final String customer;

    /**
     * Creates the exception.
     *
     * @param orderId the {@code {orderId}} of the detail
     * @param customer the {@code {customer}} of the detail
     */
    public OrderOfNotFound(long orderId, String customer) {
      this(orderId, customer, null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param orderId the {@code {orderId}} of the detail
     * @param customer the {@code {customer}} of the detail
     * @param cause the cause, or {@code null}
     */
    public OrderOfNotFound(long orderId, String customer, Throwable cause) {
      super(cause, true);
      this.orderId = orderId;
      this.customer = customer;
    }

    /**
     * The {@code {orderId}} of the detail.
     *
     * @return the argument
     */
    public long orderId() {
      return orderId;
    }

    /**
     * The {@code {customer}} of the detail.
     *
     * @return the argument
     */
    public String customer() {
      return customer;
    }

    @Override
    public ShopError error() {
      return ShopError.ORDER_OF_NOT_FOUND;
    }

    /**
     * The detail with this exception's arguments filled in.
     */
    @Override
    public String detail() {
      return "Order " + orderId + " of " + customer + " not found";
    }

    @Override
    ErrorBody bodyWithInstance(String instance) {
      // The body's members hold arguments too, in placeholder order.
      return ShopError.ORDER_OF_NOT_FOUND.render(detail(), instance, new Object[] {orderId, customer});
    }
  }

  /**
   * 404 Not Found: "No such route."
   *
   * <p>No resource has this path.
   *
   * <p>Also answers <code>UNKNOWN_PATH</code>.
   */
  public static final class NoSuchRoute extends ShopException {
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
    public ShopError error() {
      return ShopError.NO_SUCH_ROUTE;
    }
  }

  /**
   * 400 Bad Request: "Bad Request".
   *
   * <p>The request is invalid {see} below.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>METHOD_NOT_ALLOWED</code>, <code>NOT_ACCEPTABLE</code>, <code>UNSUPPORTED_MEDIA_TYPE</code>, <code>UNREADABLE_BODY</code>, <code>INVALID_INPUT</code>, <code>UNDOCUMENTED_CLIENT_ERROR</code>.
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
   * 401 Unauthorized: "Unauthorized".
   *
   * <p>No valid API key.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   */
  public static final class Unauthorized extends ShopException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public Unauthorized() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public Unauthorized(Throwable cause) {
      super(cause, false);
    }

    @Override
    public ShopError error() {
      return ShopError.UNAUTHORIZED;
    }
  }

  /**
   * 404 Not Found: "Not Found".
   *
   * <p>No such resource.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   */
  public static final class NotFound extends ShopException {
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
    public ShopError error() {
      return ShopError.NOT_FOUND;
    }
  }

  /**
   * 500 Internal Server Error: "Internal Server Error".
   *
   * <p>Our fault &lt;sorry&gt; &amp; *&#47; &#64;here.
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
