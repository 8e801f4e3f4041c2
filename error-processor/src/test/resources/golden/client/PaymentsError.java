package client;

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
 * Every error the Payments catalog answers with, declared on {@link PaymentsErrors}: one constant per row of the
 * published error table, and nothing else: the catalog is client-only, someone else's API.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from client.PaymentsErrors"
)
public enum PaymentsError implements DocumentedError {
  /**
   * 400 Bad Request: "Missing required param: {param}."
   *
   * <p>A required parameter is missing.
   *
   * <p>Machine code <code>parameter_missing</code>.
   */
  MISSING_REQUIRED_PARAM(PaymentsStatus.BAD_REQUEST, missingRequiredParamRow()),

  /**
   * 402 Request Failed: "Your card was declined."
   *
   * <p>The card was declined.
   *
   * <p>Machine code <code>card_declined</code>.
   */
  YOUR_CARD_WAS_DECLINED(PaymentsStatus.REQUEST_FAILED, yourCardWasDeclinedRow());

  /**
   * The status row this error answers with.
   */
  private final PaymentsStatus status;

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
  PaymentsError(PaymentsStatus status, ErrorRow row) {
    this.status = status;
    this.row = row.of(status);
    this.bodies = Shape.SHAPE.compile(this.row);
  }

  /**
   * The status row this error answers with.
   */
  @Override
  public PaymentsStatus status() {
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
   * No error answers a status.
   *
   * This catalog is client-only ({@code @ErrorCatalog(clientOnly = true)}): it describes someone else's API,
   * which this code calls but does not serve, so none of its errors is an answer of this server.
   *
   * @param status an error status
   * @return never returns
   * @throws UnsupportedOperationException always, naming the catalog as client-only
   */
  public static PaymentsError forStatus(int status) {
    throw new UnsupportedOperationException("The Payments catalog is client-only (@ErrorCatalog(clientOnly = true)): it describes someone else's API, and none of its errors answers a status or condition of this server");
  }

  /**
   * No error answers a condition.
   *
   * This catalog is client-only ({@code @ErrorCatalog(clientOnly = true)}): it describes someone else's API,
   * which this code calls but does not serve, so none of its errors is an answer of this server.
   *
   * @param condition a condition
   * @return never returns
   * @throws UnsupportedOperationException always, naming the catalog as client-only
   */
  public static PaymentsError forCondition(Condition condition) {
    throw new UnsupportedOperationException("The Payments catalog is client-only (@ErrorCatalog(clientOnly = true)): it describes someone else's API, and none of its errors answers a status or condition of this server");
  }

  /**
   * The error with a machine code.
   *
   * @param code a machine code
   * @return the error with this code, or empty if none has it
   */
  public static Optional<PaymentsError> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    switch (code) {
      case "parameter_missing": return Optional.of(MISSING_REQUIRED_PARAM);
      case "card_declined": return Optional.of(YOUR_CARD_WAS_DECLINED);
      default: return Optional.empty();
    }
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
   * The published values of {@link #MISSING_REQUIRED_PARAM}, built here rather than in the constant's arguments
   * to keep the enum's initializer small: the JVM limits it to 64 KB.
   *
   * @return the row
   */
  private static ErrorRow missingRequiredParamRow() {
    return ErrorRow.answering(400, "Missing required param: {param}.")
        .description("A required parameter is missing.")
        .code("parameter_missing")
        .arguments("param");
  }

  /**
   * The published values of {@link #YOUR_CARD_WAS_DECLINED}, built here rather than in the constant's arguments
   * to keep the enum's initializer small: the JVM limits it to 64 KB.
   *
   * @return the row
   */
  private static ErrorRow yourCardWasDeclinedRow() {
    return ErrorRow.answering(402, "Your card was declined.")
        .description("The card was declined.")
        .code("card_declined");
  }

  /**
   * Holds the body shape: enum constructors may not read the enum's own static fields.
   */
  private static final class Shape {
    /**
     * The members of every body, in order, and where their values come from.
     */
    private static final JsonShape SHAPE = JsonShape.of(
        JsonShape.value("message", CatalogValue.DETAIL),
        JsonShape.value("code", CatalogValue.CODE),
        JsonShape.constant("doc_url", "https://example.com/docs/errors").varies())
        .mediaType("application/json");

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
    private static final List<PaymentsStatus> STATUSES = List.of(PaymentsStatus.values());

    /**
     * The errors, in declaration order.
     */
    private static final List<PaymentsError> ERRORS = List.of(values());

    /**
     * Only the one instance, or none.
     */
    private Table() {
    }

    @Override
    public String name() {
      return "Payments";
    }

    @Override
    public List<PaymentsStatus> statuses() {
      return STATUSES;
    }

    @Override
    public List<PaymentsError> errors() {
      return ERRORS;
    }

    @Override
    public Instance instance() {
      return Instance.NONE;
    }

    @Override
    public PaymentsError forStatus(int status) {
      return PaymentsError.forStatus(status);
    }

    @Override
    public PaymentsError forCondition(Condition condition) {
      return PaymentsError.forCondition(condition);
    }

    @Override
    public Optional<PaymentsStatus> status(int code) {
      return PaymentsStatus.of(code);
    }

    @Override
    public Optional<PaymentsError> byCode(String code) {
      return PaymentsError.byCode(code);
    }

    @Override
    public String toString() {
      return "Payments error table";
    }
  }
}
