package lists;

import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.Violation;
import dev.errorcontract.catalog.internal.ErrorRow;
import dev.errorcontract.catalog.internal.JsonShape;
import dev.errorcontract.catalog.internal.RowBodies;
import dev.errorcontract.catalog.internal.Supplied;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Every error the Shop catalog answers with, declared on {@link ShopErrors}: one constant per row of the
 * published error table, then one per error status no row answers, which the library adds.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from lists.ShopErrors"
)
public enum ShopError implements DocumentedError {
  /**
   * 400 Bad Request: "Your request parameters didn't validate."
   *
   * <p>Each invalid parameter is listed.
   *
   * <p>Also answers <code>INVALID_INPUT</code>.
   */
  YOUR_REQUEST_PARAMETERS_DIDNT_VALIDATE(ShopStatus.BAD_REQUEST, yourRequestParametersDidntValidateRow()),

  /**
   * 400 Bad Request: "Amount {amount} is not positive".
   *
   * <p>Amounts are above zero.
   */
  AMOUNT_IS_NOT_POSITIVE(ShopStatus.BAD_REQUEST, amountIsNotPositiveRow()),

  /**
   * 400 Bad Request: "Bad Request".
   *
   * <p>The request is invalid.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNKNOWN_PATH</code>, <code>METHOD_NOT_ALLOWED</code>, <code>NOT_ACCEPTABLE</code>, <code>UNSUPPORTED_MEDIA_TYPE</code>, <code>UNREADABLE_BODY</code>, <code>UNDOCUMENTED_CLIENT_ERROR</code>.
   */
  BAD_REQUEST(ShopStatus.BAD_REQUEST, badRequestRow()),

  /**
   * 500 Internal Server Error: "Internal Server Error".
   *
   * <p>Our fault.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNDOCUMENTED_SERVER_ERROR</code>, <code>UNEXPECTED_FAILURE</code>.
   */
  INTERNAL_SERVER_ERROR(ShopStatus.INTERNAL_SERVER_ERROR, internalServerErrorRow());

  /**
   * The status row this error answers with.
   */
  private final ShopStatus status;

  /**
   * The row's published values.
   */
  private final ErrorRow row;

  /**
   * The bodies, compiled once: encoded for a constant detail, templates otherwise.
   */
  private final RowBodies bodies;

  /**
   * An error of the catalog; its bodies are compiled here, once.
   *
   * @param status the status row it answers with
   * @param row its published values
   */
  ShopError(ShopStatus status, ErrorRow row) {
    this.status = status;
    this.row = row.of(status);
    this.bodies = Shape.SHAPE.compile(this.row);
  }

  /**
   * The status row this error answers with.
   */
  @Override
  public ShopStatus status() {
    return status;
  }

  /**
   * The detail as published; a template keeps its placeholders.
   */
  @Override
  public String detail() {
    return row.detail();
  }

  /**
   * The title its body carries: the row's own, else its status's.
   */
  @Override
  public String title() {
    return row.title();
  }

  /**
   * What the error means, as published.
   */
  @Override
  public String description() {
    return row.description();
  }

  /**
   * The machine code, or {@code null}.
   */
  @Override
  public String code() {
    return row.code();
  }

  /**
   * The template's argument names; empty for a constant detail.
   */
  @Override
  public List<String> arguments() {
    return row.arguments();
  }

  /**
   * The row's attribute values; an absent one has no entry.
   */
  @Override
  public Map<String, String> attributes() {
    return row.attributes();
  }

  /**
   * The conditions this error answers.
   */
  @Override
  public Set<Condition> answers() {
    return row.answers();
  }

  /**
   * Whether the library added this answer because the page has no row for it.
   */
  @Override
  public boolean addedByLibrary() {
    return row.isAddedByLibrary();
  }

  /**
   * The exact {@code Content-Type} of the body.
   */
  @Override
  public String mediaType() {
    return bodies.mediaType();
  }

  /**
   * The code to answer with: an added answer answers with any code its row covers, a
   * declared row with its own code.
   */
  @Override
  public int statusFor(int requested) {
    return row.statusFor(requested);
  }

  /**
   * The body, encoded once; {@code null} for a template detail.
   */
  @Override
  public ErrorBody body() {
    return bodies.body(row.statusCode());
  }

  /**
   * The body answered with {@code status}, carrying {@code instance} ({@code null}: none);
   * {@code null} for a template detail.
   */
  @Override
  public ErrorBody body(int status, String instance) {
    return bodies.body(status, instance);
  }

  /**
   * The body of a template detail; for this catalog's exceptions.
   *
   * @param detail the rendered detail
   * @param instance the instance, or {@code null} for none
   * @return the body, written as it is sent
   */
  ErrorBody render(String detail, String instance) {
    return bodies.render(detail, instance);
  }

  /**
   * The body of a template detail whose members hold its arguments; for this catalog's
   * exceptions.
   *
   * @param detail the rendered detail
   * @param instance the instance, or {@code null} for none
   * @param arguments the template's arguments, in placeholder order
   * @return the body, written as it is sent
   */
  ErrorBody render(String detail, String instance, Object[] arguments) {
    return bodies.render(detail, instance, arguments);
  }

  /**
   * The body of a constant detail answered with {@code status}, with the values an exception
   * supplied; for this catalog's exceptions.
   *
   * @param status the code answered with
   * @param instance the instance, or {@code null} for none
   * @param supplied the supplied values, by key
   * @return the body, {@code null} for a template detail
   */
  ErrorBody bodyWithSupplied(int status, String instance, Map<String, Object> supplied) {
    return bodies.body(status, instance, supplied);
  }

  /**
   * The body of a template detail with the values an exception supplied; for this catalog's
   * exceptions.
   *
   * @param detail the rendered detail
   * @param instance the instance, or {@code null} for none
   * @param arguments the template's arguments in placeholder order, or {@code null} where no member
   *     holds one
   * @param supplied the supplied values, by key
   * @return the body, written as it is sent
   */
  ErrorBody render(String detail, String instance, Object[] arguments,
      Map<String, Object> supplied) {
    return bodies.render(detail, instance, arguments, supplied);
  }

  /**
   * The body answered with {@code status}, carrying {@code instance} ({@code null}: none)
   * and the {@code violations} in {@code invalid-params}: the first 100, each value cut to 1024 characters;
   * {@code null} for a template detail.
   */
  @Override
  public ErrorBody body(int status, String instance, List<Violation> violations) {
    if (violations == null) {
      return bodies.body(status, instance);
    }
    return bodies.body(status, instance, Map.of("invalidParams", Supplied.fromValidation(violations)));
  }

  /**
   * The compiled bodies; for this catalog's decoder.
   *
   * @return the bodies
   */
  RowBodies bodies() {
    return bodies;
  }

  /**
   * The error answering an error status raised without a row of its own: the answer of the
   * status row covering it, else the answer of an undocumented 4xx or 5xx. Answer with
   * {@code statusFor(status)}.
   *
   * @param status an error status, 400 to 599
   * @return the error answering it
   * @throws IllegalArgumentException if {@code status} is not from 400 to 599
   */
  public static ShopError forStatus(int status) {
    switch (status) {
      case 400:
        return BAD_REQUEST;
      case 500:
        return INTERNAL_SERVER_ERROR;
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
   * The error answering a condition the framework raises, as the catalog declares it.
   *
   * @param condition the condition
   * @return the error answering it
   * @throws IllegalArgumentException for {@code STATUS}, which depends on the status: use
   *     {@link #forStatus}
   */
  public static ShopError forCondition(Condition condition) {
    switch (condition) {
      case UNKNOWN_PATH: return BAD_REQUEST;
      case METHOD_NOT_ALLOWED: return BAD_REQUEST;
      case NOT_ACCEPTABLE: return BAD_REQUEST;
      case UNSUPPORTED_MEDIA_TYPE: return BAD_REQUEST;
      case UNREADABLE_BODY: return BAD_REQUEST;
      case INVALID_INPUT: return YOUR_REQUEST_PARAMETERS_DIDNT_VALIDATE;
      case UNDOCUMENTED_CLIENT_ERROR: return BAD_REQUEST;
      case UNDOCUMENTED_SERVER_ERROR: return INTERNAL_SERVER_ERROR;
      case UNEXPECTED_FAILURE: return INTERNAL_SERVER_ERROR;
      default: throw new IllegalArgumentException("Answered per status, see forStatus: " + condition);
    }
  }

  /**
   * The error with a machine code.
   *
   * @param code a machine code
   * @return the error with this code, or empty if none has it
   */
  public static Optional<ShopError> byCode(String code) {
    return Optional.empty();
  }

  /**
   * The whole catalog as one object, for framework glue.
   *
   * @return the catalog's table
   */
  public static ErrorTable table() {
    return Table.INSTANCE;
  }

  /**
   * The published values of {@link #YOUR_REQUEST_PARAMETERS_DIDNT_VALIDATE}, built here rather than in the constant's arguments
   * to keep the enum's initializer small: the JVM limits it to 64 KB.
   *
   * @return the row
   */
  private static ErrorRow yourRequestParametersDidntValidateRow() {
    return ErrorRow.answering(400, "Your request parameters didn't validate.")
        .title("Your request parameters didn't validate.")
        .type("https://example.net/validation-error")
        .description("Each invalid parameter is listed.")
        .answers(Condition.INVALID_INPUT);
  }

  /**
   * The published values of {@link #AMOUNT_IS_NOT_POSITIVE}, built here rather than in the constant's arguments
   * to keep the enum's initializer small: the JVM limits it to 64 KB.
   *
   * @return the row
   */
  private static ErrorRow amountIsNotPositiveRow() {
    return ErrorRow.answering(400, "Amount {amount} is not positive")
        .type("https://example.net/general")
        .description("Amounts are above zero.")
        .arguments("amount");
  }

  /**
   * The published values of {@link #BAD_REQUEST}, built here rather than in the constant's arguments
   * to keep the enum's initializer small: the JVM limits it to 64 KB.
   *
   * @return the row
   */
  private static ErrorRow badRequestRow() {
    return ErrorRow.answering(400, "Bad Request")
        .type("https://example.net/general")
        .description("The request is invalid.")
        .answers(Condition.STATUS, Condition.UNKNOWN_PATH, Condition.METHOD_NOT_ALLOWED,
            Condition.NOT_ACCEPTABLE, Condition.UNSUPPORTED_MEDIA_TYPE, Condition.UNREADABLE_BODY,
            Condition.UNDOCUMENTED_CLIENT_ERROR)
        .addedByLibrary();
  }

  /**
   * The published values of {@link #INTERNAL_SERVER_ERROR}, built here rather than in the constant's arguments
   * to keep the enum's initializer small: the JVM limits it to 64 KB.
   *
   * @return the row
   */
  private static ErrorRow internalServerErrorRow() {
    return ErrorRow.answering(500, "Internal Server Error")
        .type("https://example.net/general")
        .description("Our fault.")
        .answers(Condition.STATUS, Condition.UNDOCUMENTED_SERVER_ERROR,
            Condition.UNEXPECTED_FAILURE)
        .addedByLibrary();
  }

  /**
   * Holds the body shape: enum constructors may not read the enum's own static fields.
   */
  private static final class Shape {
    /**
     * The members of every body, in order, and where their values come from.
     */
    private static final JsonShape SHAPE = JsonShape.of(
        JsonShape.value("type", CatalogValue.TYPE),
        JsonShape.value("title", CatalogValue.TITLE),
        JsonShape.value("status", CatalogValue.STATUS),
        JsonShape.value("detail", CatalogValue.DETAIL),
        JsonShape.supplied("param", "param").omittedWhenAbsent(),
        JsonShape.violations("invalid-params", "invalidParams",
            JsonShape.path("name"),
            JsonShape.message("reason")).omittedWhenAbsent())
        .mediaType("application/problem+json");

    /**
     * Only the one instance, or none.
     */
    private Shape() {
    }
  }

  /**
   * The catalog as one object; its answers are those of the static methods above.
   */
  private static final class Table implements ErrorTable {
    /**
     * The one table.
     */
    private static final Table INSTANCE = new Table();

    /**
     * The status rows, in declaration order.
     */
    private static final List<ShopStatus> STATUSES = List.of(ShopStatus.values());

    /**
     * The errors, in declaration order.
     */
    private static final List<ShopError> ERRORS = List.of(values());

    /**
     * Only the one instance, or none.
     */
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
    public Instance instance() {
      return Instance.NONE;
    }

    @Override
    public ShopError forStatus(int status) {
      return ShopError.forStatus(status);
    }

    @Override
    public ShopError forCondition(Condition condition) {
      return ShopError.forCondition(condition);
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
