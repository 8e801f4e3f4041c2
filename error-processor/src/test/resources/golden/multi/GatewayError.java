package multi;

import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.internal.ErrorRow;
import dev.errorcontract.catalog.internal.JsonShape;
import dev.errorcontract.catalog.internal.RowBodies;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Every error the Gateway catalog answers with, declared on {@link GatewayErrors}: one constant per row of the
 * published error table, then one per error status no row answers, which the library adds.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from multi.GatewayErrors"
)
public enum GatewayError implements DocumentedError {
  /**
   * 400 Bad Request: "Malformed JSON."
   *
   * <p>The body is not JSON.
   *
   * <p>Also answers <code>UNREADABLE_BODY</code>, <code>INVALID_INPUT</code>.
   */
  MALFORMED_JSON(GatewayStatus.BAD_REQUEST, malformedJsonRow()),

  /**
   * 502 Server Errors: "The upstream did not answer."
   *
   * <p>Try again later.
   */
  THE_UPSTREAM_DID_NOT_ANSWER(GatewayStatus.SERVER_ERRORS, theUpstreamDidNotAnswerRow()),

  /**
   * 400 Bad Request: "Bad Request".
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>METHOD_NOT_ALLOWED</code>, <code>NOT_ACCEPTABLE</code>, <code>UNSUPPORTED_MEDIA_TYPE</code>, <code>UNDOCUMENTED_CLIENT_ERROR</code>.
   */
  BAD_REQUEST(GatewayStatus.BAD_REQUEST, badRequestRow()),

  /**
   * 404 Not Found: "Not Found".
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNKNOWN_PATH</code>.
   */
  NOT_FOUND(GatewayStatus.NOT_FOUND, notFoundRow()),

  /**
   * 500, 502, 503, 504 Server Errors: "Server Errors".
   *
   * <p>Something went wrong on our side.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNDOCUMENTED_SERVER_ERROR</code>, <code>UNEXPECTED_FAILURE</code>.
   */
  SERVER_ERRORS(GatewayStatus.SERVER_ERRORS, serverErrorsRow());

  /**
   * The status row this error answers with.
   */
  private final GatewayStatus status;

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
  GatewayError(GatewayStatus status, ErrorRow row) {
    this.status = status;
    this.row = row.of(status);
    this.bodies = Shape.SHAPE.compile(this.row);
  }

  /**
   * The status row this error answers with.
   */
  @Override
  public GatewayStatus status() {
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
  public static GatewayError forStatus(int status) {
    switch (status) {
      case 400:
        return BAD_REQUEST;
      case 404:
        return NOT_FOUND;
      case 500:
      case 502:
      case 503:
      case 504:
        return SERVER_ERRORS;
      default:
        if (status >= 400 && status <= 499) {
          return BAD_REQUEST;
        }
        if (status >= 500 && status <= 599) {
          return SERVER_ERRORS;
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
  public static GatewayError forCondition(Condition condition) {
    switch (condition) {
      case UNKNOWN_PATH: return NOT_FOUND;
      case METHOD_NOT_ALLOWED: return BAD_REQUEST;
      case NOT_ACCEPTABLE: return BAD_REQUEST;
      case UNSUPPORTED_MEDIA_TYPE: return BAD_REQUEST;
      case UNREADABLE_BODY: return MALFORMED_JSON;
      case INVALID_INPUT: return MALFORMED_JSON;
      case UNDOCUMENTED_CLIENT_ERROR: return BAD_REQUEST;
      case UNDOCUMENTED_SERVER_ERROR: return SERVER_ERRORS;
      case UNEXPECTED_FAILURE: return SERVER_ERRORS;
      default: throw new IllegalArgumentException("Answered per status, see forStatus: " + condition);
    }
  }

  /**
   * The error with a machine code.
   *
   * @param code a machine code
   * @return the error with this code, or empty if none has it
   */
  public static Optional<GatewayError> byCode(String code) {
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
   * The published values of {@link #MALFORMED_JSON}, built here rather than in the constant's arguments
   * to keep the enum's initializer small: the JVM limits it to 64 KB.
   *
   * @return the row
   */
  private static ErrorRow malformedJsonRow() {
    return ErrorRow.answering(400, "Malformed JSON.")
        .type("about:blank")
        .description("The body is not JSON.")
        .answers(Condition.UNREADABLE_BODY, Condition.INVALID_INPUT);
  }

  /**
   * The published values of {@link #THE_UPSTREAM_DID_NOT_ANSWER}, built here rather than in the constant's arguments
   * to keep the enum's initializer small: the JVM limits it to 64 KB.
   *
   * @return the row
   */
  private static ErrorRow theUpstreamDidNotAnswerRow() {
    return ErrorRow.answering(502, "The upstream did not answer.")
        .type("about:blank")
        .description("Try again later.");
  }

  /**
   * The published values of {@link #BAD_REQUEST}, built here rather than in the constant's arguments
   * to keep the enum's initializer small: the JVM limits it to 64 KB.
   *
   * @return the row
   */
  private static ErrorRow badRequestRow() {
    return ErrorRow.answering(400, "Bad Request")
        .type("about:blank")
        .answers(Condition.STATUS, Condition.METHOD_NOT_ALLOWED, Condition.NOT_ACCEPTABLE,
            Condition.UNSUPPORTED_MEDIA_TYPE, Condition.UNDOCUMENTED_CLIENT_ERROR)
        .addedByLibrary();
  }

  /**
   * The published values of {@link #NOT_FOUND}, built here rather than in the constant's arguments
   * to keep the enum's initializer small: the JVM limits it to 64 KB.
   *
   * @return the row
   */
  private static ErrorRow notFoundRow() {
    return ErrorRow.answering(404, "Not Found")
        .type("about:blank")
        .answers(Condition.STATUS, Condition.UNKNOWN_PATH)
        .addedByLibrary();
  }

  /**
   * The published values of {@link #SERVER_ERRORS}, built here rather than in the constant's arguments
   * to keep the enum's initializer small: the JVM limits it to 64 KB.
   *
   * @return the row
   */
  private static ErrorRow serverErrorsRow() {
    return ErrorRow.answering(500, "Server Errors")
        .type("about:blank")
        .description("Something went wrong on our side.")
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
        JsonShape.value("detail", CatalogValue.DETAIL))
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
    private static final List<GatewayStatus> STATUSES = List.of(GatewayStatus.values());

    /**
     * The errors, in declaration order.
     */
    private static final List<GatewayError> ERRORS = List.of(values());

    /**
     * Only the one instance, or none.
     */
    private Table() {
    }

    @Override
    public String name() {
      return "Gateway";
    }

    @Override
    public List<GatewayStatus> statuses() {
      return STATUSES;
    }

    @Override
    public List<GatewayError> errors() {
      return ERRORS;
    }

    @Override
    public Instance instance() {
      return Instance.NONE;
    }

    @Override
    public GatewayError forStatus(int status) {
      return GatewayError.forStatus(status);
    }

    @Override
    public GatewayError forCondition(Condition condition) {
      return GatewayError.forCondition(condition);
    }

    @Override
    public Optional<GatewayStatus> status(int code) {
      return GatewayStatus.of(code);
    }

    @Override
    public Optional<GatewayError> byCode(String code) {
      return GatewayError.byCode(code);
    }

    @Override
    public String toString() {
      return "Gateway error table";
    }
  }
}
