package dev.errorcontract.catalog.internal.answering;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.ErrorTable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * One catalog's answer to every error code 400..599 and every framework condition, resolved once, so
 * that answering is an array lookup; what the JAX-RS mappers, the Vert.x routes and the servlet answer
 * with.
 *
 * <p>Which error answers what comes from the table only: a code the catalog documents answers with
 * {@link ErrorTable#forStatus}; an undocumented 4xx or 5xx, and 405, 406 and 415 (which only the
 * framework raises), with {@link ErrorTable#forCondition}. Each answer is sent with the very code
 * raised when its status row covers it ({@link DocumentedError#statusFor}). Immutable.
 */
public final class AnswerTable {

  /** The first error code. */
  public static final int FIRST = 400;
  /** The last code answered as itself; higher ones answer as it. */
  public static final int LAST = 599;

  private final ErrorTable table;
  /** The answer to each code 400..599 raised by a web application exception or a response. */
  private final ResolvedAnswer[] statusAnswers = new ResolvedAnswer[LAST - FIRST + 1];
  /** Whether a status row of the catalog covers the code. */
  private final boolean[] documented = new boolean[LAST - FIRST + 1];
  private final Map<Condition, ResolvedAnswer> conditionAnswers = new EnumMap<>(Condition.class);

  /** Resolves every answer of {@code table}. */
  public AnswerTable(ErrorTable table) {
    this.table = Objects.requireNonNull(table, "table");
    for (DocumentedStatus status : table.statuses()) {
      for (int code : status.codes()) {
        if (code >= FIRST && code <= LAST) {
          documented[code - FIRST] = true;
        }
      }
    }
    for (Condition condition : Condition.values()) {
      int raised = raisedCode(condition);
      if (raised > 0) {
        conditionAnswers.put(condition, answer(table.forCondition(condition), raised));
      }
    }
    for (int code = FIRST; code <= LAST; code++) {
      statusAnswers[code - FIRST] = answer(resolve(code), code);
    }
  }

  private DocumentedError resolve(int code) {
    switch (code) {
      case 405:
        return table.forCondition(Condition.METHOD_NOT_ALLOWED);
      case 406:
        return table.forCondition(Condition.NOT_ACCEPTABLE);
      case 415:
        return table.forCondition(Condition.UNSUPPORTED_MEDIA_TYPE);
      default:
        if (documented[code - FIRST]) {
          return table.forStatus(code);
        }
        return table.forCondition(
            code < 500 ? Condition.UNDOCUMENTED_CLIENT_ERROR : Condition.UNDOCUMENTED_SERVER_ERROR);
    }
  }

  /** The code the framework raises a condition with; 0 for those answered per code. */
  private static int raisedCode(Condition condition) {
    switch (condition) {
      case UNKNOWN_PATH:
        return 404;
      case METHOD_NOT_ALLOWED:
        return 405;
      case NOT_ACCEPTABLE:
        return 406;
      case UNSUPPORTED_MEDIA_TYPE:
        return 415;
      case UNREADABLE_BODY:
      case INVALID_INPUT:
        return 400;
      case UNEXPECTED_FAILURE:
        return 500;
      default:
        return 0;
    }
  }

  private static ResolvedAnswer answer(DocumentedError error, int raised) {
    Objects.requireNonNull(error, "the table answered a code or condition with no error");
    return new ResolvedAnswer(error, raised);
  }

  /** The catalog. */
  public ErrorTable table() {
    return table;
  }

  /**
   * The answer to an error code raised by a web application exception, an error response or a
   * container; codes past 599 answer as an undocumented server error.
   *
   * @throws IllegalArgumentException for a code below 400, which is no error
   */
  public ResolvedAnswer answerFor(int status) {
    if (status < FIRST) {
      throw new IllegalArgumentException("Not an error status: " + status);
    }
    return statusAnswers[Math.min(status, LAST) - FIRST];
  }

  /**
   * The answer to a condition the framework raises.
   *
   * @throws IllegalArgumentException for {@link Condition#STATUS} and the undocumented-status
   *     conditions, which are answered per code ({@link #answerFor(int)})
   */
  public ResolvedAnswer answerFor(Condition condition) {
    ResolvedAnswer answer = conditionAnswers.get(condition);
    if (answer == null) {
      throw new IllegalArgumentException(condition + " is answered per code: use answerFor(int)");
    }
    return answer;
  }

  /** The conditions {@link #answerFor(Condition)} answers: those the framework raises as such. */
  public Set<Condition> conditions() {
    return Collections.unmodifiableSet(conditionAnswers.keySet());
  }

  /**
   * The one header of a framework's error response an answer keeps, by the status answered: {@code
   * Allow} on 405, {@code WWW-Authenticate} on 401, {@code Retry-After} on 429 and 503; {@code null}
   * for every other status. A header the documented status declares itself is never overridden: the
   * declaration is the contract. Every adapter copies by this rule.
   */
  public static String keptHeader(int answeredStatus) {
    switch (answeredStatus) {
      case 405:
        return "Allow";
      case 401:
        return "WWW-Authenticate";
      case 429:
      case 503:
        return "Retry-After";
      default:
        return null;
    }
  }

  /**
   * Whether {@code headers} hold {@code name}, compared as HTTP compares header names (ignoring case):
   * how every adapter asks whether a declared or added header is present before it keeps another.
   */
  public static boolean hasHeader(Map<String, ?> headers, String name) {
    for (String key : headers.keySet()) {
      if (key.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a status row of the catalog covers this very code. */
  public boolean isDocumented(int status) {
    return status >= FIRST && status <= LAST && documented[status - FIRST];
  }
}
