package dev.errorcontract.processor.derive;

import dev.errorcontract.catalog.Condition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeMirror;

/**
 * An error the server may answer with: a row of the published error table, or an answer the library
 * adds for an error status no row answers.
 *
 * @param status the status row this error answers with; a declared row answers with {@code code}, an
 *     added answer with any code its row covers
 * @param code the HTTP status code a thrown exception answers with by default
 * @param detail the detail as published; a template keeps its placeholders
 * @param template the detail split into text and placeholders
 * @param title the title its body carries: the row's own, else its status's
 * @param type the problem type of the row, else the catalog's; null for other bodies
 * @param description what the error means, as published (an added answer takes its status's)
 * @param machineCode the machine code, or null
 * @param args the template's typed arguments, in placeholder order
 * @param attributes the row's attribute values, its status's defaults filled in, in the catalog's
 *     attribute order; an absent attribute has no key
 * @param answers the conditions this error answers, {@link Condition#STATUS} included when it is its
 *     status's default answer
 * @param constantName the generated enum constant
 * @param className the generated nested exception class
 * @param recordsStackTrace whether the exception fills in its stack trace
 * @param addedByLibrary true for an answer the page has no row for (its status title as the detail)
 * @param deprecated what to use instead when the row is deprecated ({@code @ApiError(deprecated)}, or its
 *     status row's for an added answer), else null
 * @param breaks the release a declared row acknowledges a breaking change in ({@code @ApiError(breaks)}),
 *     else null
 */
public record ErrorModel(
    StatusModel status,
    int code,
    String detail,
    DetailTemplate template,
    String title,
    String type,
    String description,
    String machineCode,
    List<ArgModel> args,
    Map<String, String> attributes,
    Set<Condition> answers,
    String constantName,
    String className,
    boolean recordsStackTrace,
    boolean addedByLibrary,
    String deprecated,
    String breaks) {

  /** An error that is not deprecated. */
  public ErrorModel(
      StatusModel status,
      int code,
      String detail,
      DetailTemplate template,
      String title,
      String type,
      String description,
      String machineCode,
      List<ArgModel> args,
      Map<String, String> attributes,
      Set<Condition> answers,
      String constantName,
      String className,
      boolean recordsStackTrace,
      boolean addedByLibrary) {
    this(status, code, detail, template, title, type, description, machineCode, args, attributes, answers,
        constantName, className, recordsStackTrace, addedByLibrary, null, null);
  }

  /** Whether the row is deprecated. */
  public boolean isDeprecated() {
    return deprecated != null;
  }

  /** How an argument is written where a body member holds it. */
  public enum Json {
    /** Integral types: a JSON number. */
    NUMBER,
    /** {@code boolean} and {@code Boolean}: {@code true} or {@code false}. */
    BOOLEAN,
    /** Everything else: a JSON string of {@code String.valueOf}. */
    STRING
  }

  /** A typed template argument. */
  public record ArgModel(String name, TypeMirror type, Json json) {}

  /** Whether the detail has placeholders filled in per exception. */
  public boolean isTemplate() {
    return template.isTemplate();
  }

  /** Whether this is a row of the published error table. */
  public boolean declared() {
    return !addedByLibrary;
  }

  /** Whether this error is the answer of its status row when nothing more specific answers. */
  public boolean answersStatus() {
    return answers.contains(Condition.STATUS);
  }
}
