package shop;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import javax.annotation.processing.Generated;

/**
 * The exceptions of the Shop catalog, declared on {@link ShopErrors}: each nested class is one
 * documented error, and no other can exist.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from shop.ShopErrors"
)
public abstract sealed class ShopException extends CatalogException permits ShopException.InvalidLimit, ShopException.CafeCouldntBrew, ShopException.OrderOfNotFound, ShopException.BadRequest, ShopException.Unauthorized, ShopException.NotFound, ShopException.InternalServerError {
  private static final long serialVersionUID = 1L;

  private ShopException(Throwable cause, boolean recordStackTrace) {
    super(cause, recordStackTrace);
  }

  /**
   * The documented error this exception is.
   */
  @Override
  public abstract ShopError error();

  /**
   * The encoded body: shared by every exception of a constant detail, encoded per exception
   * for a template.
   */
  @Override
  public final ErrorBody body() {
    ShopError error = error();
    ErrorBody body = error.body();
    return body != null ? body : error.template.render(detail());
  }

  /**
   * 400 Bad Request: "Invalid limit: {limit}".
   *
   * <p>The page limit is over 1000.
   *
   * <p>Machine code {@code invalid_limit}.
   */
  public static final class InvalidLimit extends ShopException {
    private static final long serialVersionUID = 1L;

    private final int limit;

    /**
     * Creates the exception.
     */
    public InvalidLimit(int limit) {
      this(limit, null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     */
    public InvalidLimit(int limit, Throwable cause) {
      super(cause, false);
      this.limit = limit;
    }

    /**
     * The {@code {limit}} of the detail.
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
  }

  /**
   * 400 Bad Request: "Café couldn’t "brew"".
   *
   * <p>Quoted, non-ASCII.
   */
  public static final class CafeCouldntBrew extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public CafeCouldntBrew() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
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
   */
  public static final class OrderOfNotFound extends ShopException {
    private static final long serialVersionUID = 1L;

    private final long orderId;

    private final String customer;

    /**
     * Creates the exception.
     */
    public OrderOfNotFound(long orderId, String customer) {
      this(orderId, customer, null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     */
    public OrderOfNotFound(long orderId, String customer, Throwable cause) {
      super(cause, true);
      this.orderId = orderId;
      this.customer = customer;
    }

    /**
     * The {@code {orderId}} of the detail.
     */
    public long orderId() {
      return orderId;
    }

    /**
     * The {@code {customer}} of the detail.
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
  }

  /**
   * 400 Bad Request: "Bad Request".
   *
   * <p>The request is invalid.
   */
  public static final class BadRequest extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public BadRequest() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
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
   */
  public static final class Unauthorized extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public Unauthorized() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
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
   */
  public static final class NotFound extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public NotFound() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
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
   */
  public static final class InternalServerError extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public InternalServerError() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
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
