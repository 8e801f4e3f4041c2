package shop;

import dev.errorcontract.catalog.BodyTemplate;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.JsonShape;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Every error the Shop catalog answers with, declared on {@link ShopErrors}: one constant per documented
 * error detail, then one per documented error status that answers with its title.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from shop.ShopErrors"
)
public enum ShopError implements DocumentedError {
  /**
   * 400 Bad Request: "Invalid limit: {limit}".
   *
   * <p>The page limit is over 1000.
   *
   * <p>Machine code {@code invalid_limit}.
   */
  INVALID_LIMIT(ShopStatus.BAD_REQUEST, "Invalid limit: {limit}", "The page limit is over 1000.", "invalid_limit", "limit"),

  /**
   * 400 Bad Request: "Café couldn’t "brew"".
   *
   * <p>Quoted, non-ASCII.
   */
  CAFE_COULDNT_BREW(ShopStatus.BAD_REQUEST, "Caf\u00e9 couldn\u2019t \"brew\"", "Quoted, non-ASCII.", null),

  /**
   * 404 Not Found: "Order {orderId} of {customer} not found".
   *
   * <p>No such order.
   */
  ORDER_OF_NOT_FOUND(ShopStatus.NOT_FOUND, "Order {orderId} of {customer} not found", "No such order.", null, "orderId", "customer"),

  /**
   * 400 Bad Request: "Bad Request".
   *
   * <p>The request is invalid.
   */
  BAD_REQUEST(ShopStatus.BAD_REQUEST, "Bad Request", "The request is invalid.", null),

  /**
   * 401 Unauthorized: "Unauthorized".
   *
   * <p>No valid API key.
   */
  UNAUTHORIZED(ShopStatus.UNAUTHORIZED, "Unauthorized", "No valid API key.", null),

  /**
   * 404 Not Found: "Not Found".
   *
   * <p>No such resource.
   */
  NOT_FOUND(ShopStatus.NOT_FOUND, "Not Found", "No such resource.", null),

  /**
   * 500 Internal Server Error: "Internal Server Error".
   *
   * <p>Our fault &lt;sorry&gt; &amp; *&#47; &#64;here.
   */
  INTERNAL_SERVER_ERROR(ShopStatus.INTERNAL_SERVER_ERROR, "Internal Server Error", "Our fault <sorry> & */ @here.", null);

  private final ShopStatus status;

  private final String detail;

  private final String description;

  private final String code;

  private final List<String> arguments;

  /**
   * Encodes this error's body around a rendered detail; used by the exceptions.
   */
  final BodyTemplate template;

  /**
   * The body, encoded once; null for a template detail.
   */
  private final ErrorBody body;

  ShopError(ShopStatus status, String detail, String description, String code,
      String... arguments) {
    this.status = status;
    this.detail = detail;
    this.description = description;
    this.code = code;
    this.arguments = List.of(arguments);
    this.template = Shape.SHAPE.compile(status.code(), status.title(), code, description);
    this.body = arguments.length == 0 ? template.encode(detail) : null;
  }

  /**
   * The documented status this error answers with.
   */
  @Override
  public ShopStatus status() {
    return status;
  }

  /**
   * The detail as published.
   */
  @Override
  public String detail() {
    return detail;
  }

  /**
   * What the error means, as published.
   */
  @Override
  public String description() {
    return description;
  }

  /**
   * The machine code, or {@code null}.
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * The template's argument names; empty for a constant detail.
   */
  @Override
  public List<String> arguments() {
    return arguments;
  }

  /**
   * The body, encoded once; {@code null} for a template detail.
   */
  @Override
  public ErrorBody body() {
    return body;
  }

  /**
   * The media type of this catalog's bodies.
   */
  @Override
  public String mediaType() {
    return Shape.SHAPE.mediaType();
  }

  /**
   * The error answering an error status: a documented status answers with its own error; an
   * undocumented 4xx as status 400, an undocumented 5xx as status 500.
   *
   * @throws IllegalArgumentException if {@code status} is not from 400 to 599
   */
  public static ShopError forStatus(int status) {
    switch (status) {
      case 400: return BAD_REQUEST;
      case 401: return UNAUTHORIZED;
      case 404: return NOT_FOUND;
      case 500: return INTERNAL_SERVER_ERROR;
      default:
        if (status >= 400 && status <= 499) {
          return BAD_REQUEST;
        }
        if (status >= 500 && status <= 599) {
          return INTERNAL_SERVER_ERROR;
        }
        throw new IllegalArgumentException("Not an error status (400 to 599): " + status);
    }
  }

  /**
   * The error with this machine code, if any.
   */
  public static Optional<ShopError> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    switch (code) {
      case "invalid_limit": return Optional.of(INVALID_LIMIT);
      default: return Optional.empty();
    }
  }

  /**
   * The error with this status and published detail (a template as written), if any.
   */
  public static Optional<ShopError> find(int status, String detail) {
    for (ShopError error : values()) {
      if (error.status.code() == status && error.detail.equals(detail)) {
        return Optional.of(error);
      }
    }
    return Optional.empty();
  }

  /**
   * The whole catalog as one object, for framework glue.
   */
  public static ErrorTable table() {
    return Table.INSTANCE;
  }

  /**
   * Holds the body shape: enum constructors may not read the enum's own static fields.
   */
  private static final class Shape {
    static final JsonShape SHAPE = JsonShape.field("message");

    private Shape() {
    }
  }

  private static final class Table implements ErrorTable {
    static final Table INSTANCE = new Table();

    private static final List<ShopStatus> STATUSES = List.of(ShopStatus.values());

    private static final List<ShopError> ERRORS = List.of(values());

    private Table() {
    }

    @Override
    public String name() {
      return "Shop";
    }

    @Override
    public List<ShopStatus> statuses() {
      return STATUSES;
    }

    @Override
    public List<ShopError> errors() {
      return ERRORS;
    }

    @Override
    public ShopError forStatus(int status) {
      return ShopError.forStatus(status);
    }

    @Override
    public Optional<ShopStatus> status(int code) {
      return ShopStatus.of(code);
    }

    @Override
    public Optional<ShopError> byCode(String code) {
      return ShopError.byCode(code);
    }

    @Override
    public String toString() {
      return "Shop error table";
    }
  }
}
