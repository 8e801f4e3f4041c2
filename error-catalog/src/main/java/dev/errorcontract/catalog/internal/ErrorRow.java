package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The published values of one error row, for a generated error enum to hold: {@code
 * ErrorRow.answering(400, "Invalid nonce").description("...").code("invalid_nonce")}. Filled in while the
 * enum constant is created, then {@link #of completed} with its status and only read afterwards.
 */
public final class ErrorRow {

  private final int code;
  private final String detail;
  private String title;
  private String type;
  private String description = "";
  private String machineCode;
  private final List<String> arguments = new ArrayList<>(2);
  private final Map<String, String> attributes = new LinkedHashMap<>(4);
  private final Set<Condition> answers = EnumSet.noneOf(Condition.class);
  private boolean addedByLibrary;
  private DocumentedStatus status;
  private List<String> readOnlyArguments;
  private Map<String, String> readOnlyAttributes;
  private Set<Condition> readOnlyAnswers;

  private ErrorRow(int code, String detail) {
    this.code = code;
    this.detail = Objects.requireNonNull(detail);
  }

  /** A row answering with {@code code} and {@code detail} as published (a template keeps its placeholders). */
  public static ErrorRow answering(int code, String detail) {
    return new ErrorRow(code, detail);
  }

  /** The title the row's body carries; by default its status's. */
  public ErrorRow title(String title) {
    this.title = Objects.requireNonNull(title);
    return editable();
  }

  /** The RFC 9457 problem type of the row. */
  public ErrorRow type(String type) {
    this.type = Objects.requireNonNull(type);
    return editable();
  }

  /** What the error means, as published. */
  public ErrorRow description(String description) {
    this.description = Objects.requireNonNull(description);
    return editable();
  }

  /** The machine code. */
  public ErrorRow code(String code) {
    this.machineCode = Objects.requireNonNull(code);
    return editable();
  }

  /** The names of the detail's template arguments, in placeholder order. */
  public ErrorRow arguments(String... names) {
    arguments.addAll(List.of(names));
    return editable();
  }

  /** The row's value of a catalog attribute. */
  public ErrorRow attribute(String name, String value) {
    attributes.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
    return editable();
  }

  /** The conditions the row answers. */
  public ErrorRow answers(Condition... conditions) {
    answers.addAll(List.of(conditions));
    return editable();
  }

  /** Marks an answer the page has no row for, added by the library with the status title as detail. */
  public ErrorRow addedByLibrary() {
    this.addedByLibrary = true;
    return editable();
  }

  /**
   * The row completed with its status row, after which it no longer changes.
   *
   * @throws IllegalArgumentException if the status row does not cover the row's code
   */
  public ErrorRow of(DocumentedStatus statusRow) {
    editable();
    if (!statusRow.covers(code)) {
      throw new IllegalArgumentException(statusRow + " does not cover " + code);
    }
    this.status = statusRow;
    if (title == null) {
      title = statusRow.title();
    }
    readOnlyArguments = List.copyOf(arguments);
    readOnlyAttributes = Collections.unmodifiableMap(attributes);
    readOnlyAnswers = Collections.unmodifiableSet(answers);
    return this;
  }

  private ErrorRow editable() {
    if (status != null) {
      throw new IllegalStateException("the row is complete");
    }
    return this;
  }

  /** The code the row answers with by default. */
  public int statusCode() {
    return code;
  }

  /**
   * The code to answer with when {@code requested} is asked for: an added answer answers with any code
   * its row covers, a declared row with its own code only.
   */
  public int statusFor(int requested) {
    return addedByLibrary && status.covers(requested) ? requested : code;
  }

  public DocumentedStatus status() {
    return status;
  }

  public String detail() {
    return detail;
  }

  public String title() {
    return title;
  }

  /** The problem type, or null for a catalog whose body is not problem details. */
  public String type() {
    return type;
  }

  public String description() {
    return description;
  }

  /** The machine code, or null. */
  public String code() {
    return machineCode;
  }

  public List<String> arguments() {
    return readOnlyArguments;
  }

  public Map<String, String> attributes() {
    return readOnlyAttributes;
  }

  public Set<Condition> answers() {
    return readOnlyAnswers;
  }

  public boolean isAddedByLibrary() {
    return addedByLibrary;
  }

  @Override
  public String toString() {
    return code + " " + detail;
  }
}
