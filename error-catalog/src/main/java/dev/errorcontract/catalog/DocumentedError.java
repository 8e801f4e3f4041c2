package dev.errorcontract.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An error a server may answer with: a row of the published error table, or an answer the library adds
 * for an error status no row answers (its title as the detail). Implemented by each generated {@code
 * ...Error} enum.
 */
public interface DocumentedError {

  /** The status row this error answers with. */
  DocumentedStatus status();

  /** The detail as published; a template keeps its {@code {name}} placeholders. */
  String detail();

  /** The row's title: its own ({@link ApiError#title()}), else its status's. */
  String title();

  /** What the error means, as published (an added answer has its status's description). */
  String description();

  /** The stable machine code, or {@code null} when the error declares none. */
  String code();

  /** The template's argument names in placeholder order; empty for a constant detail. */
  List<String> arguments();

  /**
   * The row's attribute values ({@link ErrorCatalog#attributes()}), its status's defaults filled in,
   * in the catalog's attribute order; an absent attribute has no entry.
   */
  Map<String, String> attributes();

  /** The conditions this error answers, {@link Condition#STATUS} when it answers its status row. */
  Set<Condition> answers();

  /** Whether the page has no row for this error and the library added it (the status title as detail). */
  boolean addedByLibrary();

  /** The exact {@code Content-Type} of this error's body, parameters included. */
  String mediaType();

  /**
   * The body, encoded once, for {@link #statusFor statusFor(status().code())} and with no {@code
   * instance}; {@code null} when the detail is a template (the body then depends on the arguments).
   */
  ErrorBody body();

  /**
   * The body of a constant error answered with {@code status} (see {@link #statusFor}) and carrying
   * {@code instance} where the body has an instance member ({@code null}: none); {@code null} when the
   * detail is a template.
   */
  ErrorBody body(int status, String instance);

  /**
   * The body of a constant error answered with {@code status}, carrying {@code instance} as {@link
   * #body(int, String)} does and the {@code violations} of the request's input in the list member the
   * row declares for them; a row declaring none ignores them. What framework glue answers {@link
   * Condition#INVALID_INPUT} with.
   */
  default ErrorBody body(int status, String instance, List<Violation> violations) {
    return body(status, instance);
  }

  /**
   * The code this error answers with when {@code requested} is asked for: {@code requested} when the
   * error may answer with it, else its own code.
   */
  default int statusFor(int requested) {
    return status().covers(requested) ? requested : status().code();
  }
}
