package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One catalog, resolved for the hot path: the answer to every error code and every condition the
 * framework raises is computed once, so answering a constant error is an array lookup and allocates
 * nothing beyond the {@link Response}.
 *
 * <p>Which error answers what comes from the table only: a code the catalog documents answers with
 * {@link ErrorTable#forStatus}; an undocumented 4xx or 5xx, and 405, 406 and 415 (which only the
 * framework raises), with {@link ErrorTable#forCondition}. Each answer is sent with the very code
 * raised when its status row covers it ({@link DocumentedError#statusFor}).
 *
 * <p>Immutable after construction except for the media-type cache, which only grows for media types
 * of exceptions from another catalog than this one. Internal: public only so that generated providers
 * can use it; not an API.
 */
public final class Contract {

  private static final int FIRST = 400;
  private static final int LAST = 599;

  private final ErrorTable table;
  private final Instance instance;
  /** The status line sent for each code 400..599: the JAX-RS constant where one exists. */
  private final Response.StatusType[] statusTypes = new Response.StatusType[LAST - FIRST + 1];
  /** The answer to each code 400..599 raised by a web application exception or a response. */
  private final Answer[] statusAnswers = new Answer[LAST - FIRST + 1];
  /** Whether a status row of the catalog covers the code. */
  private final boolean[] documented = new boolean[LAST - FIRST + 1];
  private final Map<Condition, Answer> conditionAnswers = new EnumMap<>(Condition.class);
  /** Parsed once per media type string; catalogs use one or two. */
  private final Map<String, ExactMediaType> mediaTypes = new ConcurrentHashMap<>();

  /**
   * Resolves every answer of {@code table}. Call it once the JAX-RS implementation is loaded: status
   * lines and media types come from it.
   */
  public Contract(ErrorTable table) {
    this.table = Objects.requireNonNull(table, "table");
    this.instance = Objects.requireNonNull(table.instance(), "instance");
    DeployedTables.register(table);
    for (int code = FIRST; code <= LAST; code++) {
      statusTypes[code - FIRST] = StatusLines.of(code);
    }
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
        return 400;
      case UNEXPECTED_FAILURE:
        return 500;
      default:
        return 0;
    }
  }

  private Answer answer(DocumentedError error, int raised) {
    Objects.requireNonNull(error, "the table answered a code or condition with no error");
    int sent = error.statusFor(raised);
    return new Answer(error, sent, statusType(sent), mediaType(error.mediaType()));
  }

  /** The catalog. */
  public ErrorTable table() {
    return table;
  }

  /** Where instances come from. */
  public Instance instance() {
    return instance;
  }

  /**
   * Whether every answer carries an instance the request gives ({@link Instance#REQUEST_PATH}, {@link
   * Instance#CORRELATION_URN}), so that the response filter must finish each one.
   */
  public boolean instanceOnEveryAnswer() {
    return instance == Instance.REQUEST_PATH || instance == Instance.CORRELATION_URN;
  }

  /**
   * The answer to an error code raised by a web application exception or an error response; codes
   * past 599 answer as an undocumented server error.
   *
   * @throws IllegalArgumentException for a code below 400, which is no error
   */
  public Answer answerFor(int status) {
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
  public Answer answerFor(Condition condition) {
    Answer answer = conditionAnswers.get(condition);
    if (answer == null) {
      throw new IllegalArgumentException(condition + " is answered per code: use answerFor(int)");
    }
    return answer;
  }

  /** Whether a status row of the catalog covers this very code. */
  public boolean isDocumented(int status) {
    return status >= FIRST && status <= LAST && documented[status - FIRST];
  }

  /** The status line to send for {@code code}; a constant for 400..599. */
  public Response.StatusType statusType(int code) {
    if (code >= FIRST && code <= LAST) {
      return statusTypes[code - FIRST];
    }
    return StatusLines.of(code);
  }

  /** The media type spelled as declared, parsed once: parsing per response would allocate and cost. */
  public ExactMediaType mediaType(String mediaType) {
    ExactMediaType parsed = mediaTypes.get(mediaType);
    if (parsed == null) {
      parsed = mediaTypes.computeIfAbsent(mediaType, ExactMediaType::of);
    }
    return parsed;
  }

  /**
   * A response builder for a framework-made answer: with its body when the catalog puts no request
   * instance in answers, else with a {@link PendingAnswer} the response filter finishes.
   */
  public Response.ResponseBuilder respond(Answer answer, String correlationId) {
    if (instanceOnEveryAnswer()) {
      return withEntity(answer, PendingAnswer.of(answer, correlationId));
    }
    return withEntity(answer, answer.body());
  }

  private static Response.ResponseBuilder withEntity(Answer answer, Object entity) {
    Response.ResponseBuilder builder = Response.status(answer.statusType());
    if (entity != null) {
      builder.entity(entity).type(answer.mediaType());
    }
    Map<String, String> declared = answer.error().status().headers();
    if (!declared.isEmpty()) {
      declared.forEach(builder::header);
    }
    return builder;
  }

  /**
   * Copies the headers of a framework's error response that the contract keeps, each only on the
   * status it means something on: {@code Allow} on 405, {@code WWW-Authenticate} on 401 and {@code
   * Retry-After} on 429 and 503. A header the documented status declares itself is never overridden:
   * the declaration is the contract.
   */
  public static void keepHeaders(
      MultivaluedMap<String, Object> from, int answeredStatus, DocumentedStatus documented,
      Response.ResponseBuilder to) {
    String name;
    switch (answeredStatus) {
      case 405:
        name = "Allow";
        break;
      case 401:
        name = "WWW-Authenticate";
        break;
      case 429:
      case 503:
        name = "Retry-After";
        break;
      default:
        return;
    }
    if (from == null || containsIgnoreCase(documented.headers(), name)) {
      return;
    }
    List<Object> values = valuesIgnoreCase(from, name);
    if (values != null) {
      for (Object value : values) {
        to.header(name, value);
      }
    }
  }

  static boolean containsIgnoreCase(Map<String, ?> headers, String name) {
    if (headers.isEmpty()) {
      return false;
    }
    for (String key : headers.keySet()) {
      if (key.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** Header maps of the implementations are case-insensitive or not; look both ways. */
  static <V> List<V> valuesIgnoreCase(MultivaluedMap<String, V> headers, String name) {
    List<V> values = headers.get(name);
    if (values != null) {
      return values;
    }
    List<V> found = null;
    for (Map.Entry<String, List<V>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        if (found == null) {
          found = new ArrayList<>(entry.getValue());
        } else {
          found.addAll(entry.getValue());
        }
      }
    }
    return found;
  }
}
