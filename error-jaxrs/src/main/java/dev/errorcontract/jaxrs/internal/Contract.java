package dev.errorcontract.jaxrs.internal;

import static dev.errorcontract.catalog.internal.answering.AnswerTable.FIRST;
import static dev.errorcontract.catalog.internal.answering.AnswerTable.LAST;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.Violation;
import dev.errorcontract.catalog.internal.answering.AnswerTable;
import dev.errorcontract.catalog.internal.answering.Correlation;
import dev.errorcontract.catalog.internal.answering.DeployedTables;
import dev.errorcontract.catalog.internal.answering.ResolvedAnswer;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One catalog, resolved for the hot path of JAX-RS: the catalog's answer to every error code and every
 * condition the framework raises ({@link AnswerTable}, shared with the servlet), with the JAX-RS status
 * line and parsed media type of each, computed once, so answering a constant error is an array lookup
 * and allocates nothing beyond the {@link Response}.
 *
 * <p>Immutable after construction except for the media-type cache, which only grows for media types
 * of exceptions from another catalog than this one. Internal: public because the feature ({@code
 * dev.errorcontract.jaxrs}) and the Vert.x routes ({@code internal.vertx}) build and read it; not an
 * API.
 */
public final class Contract {

  private final AnswerTable answers;
  private final Instance instance;
  /** The status line sent for each code 400..599: the JAX-RS constant where one exists. */
  private final Response.StatusType[] statusTypes = new Response.StatusType[LAST - FIRST + 1];
  /** The answer to each code 400..599 raised by a web application exception or a response. */
  private final Answer[] statusAnswers = new Answer[LAST - FIRST + 1];
  private final Map<Condition, Answer> conditionAnswers = new EnumMap<>(Condition.class);
  /** Parsed once per media type string; catalogs use one or two. */
  private final Map<String, ExactMediaType> mediaTypes = new ConcurrentHashMap<>();

  /**
   * Resolves every answer of {@code table}, and records it as one the deployment answers for ({@link
   * DeployedTables}). Call it once the JAX-RS implementation is loaded: status lines and media types
   * come from it.
   */
  public Contract(ErrorTable table) {
    Objects.requireNonNull(table, "table");
    this.instance = Objects.requireNonNull(table.instance(), "instance");
    this.answers = new AnswerTable(table);
    DeployedTables.register(table);
    for (int code = FIRST; code <= LAST; code++) {
      statusTypes[code - FIRST] = StatusLines.of(code);
    }
    for (Condition condition : answers.conditions()) {
      conditionAnswers.put(condition, answer(answers.answerFor(condition)));
    }
    for (int code = FIRST; code <= LAST; code++) {
      statusAnswers[code - FIRST] = answer(answers.answerFor(code));
    }
  }

  private Answer answer(ResolvedAnswer resolved) {
    return new Answer(
        resolved, statusType(resolved.status()), mediaType(resolved.error().mediaType()));
  }

  /** The catalog. */
  public ErrorTable table() {
    return answers.table();
  }

  /** Where instances come from. */
  public Instance instance() {
    return instance;
  }

  /**
   * Whether every answer carries an instance the request gives ({@link Instance#REQUEST_PATH}, {@link
   * Instance#CORRELATION_URN}, {@link Instance#CORRELATION_UUID}, {@link Instance#SUPPLIED}), so that the
   * response filter must finish each one.
   */
  public boolean instanceOnEveryAnswer() {
    return Correlation.onEveryAnswer(instance);
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
    return answers.isDocumented(status);
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

  /**
   * A response builder for a framework-made answer to invalid input: {@link #respond(Answer, String)}
   * whose body carries the request's {@code violations}, in the list member the error's row declares
   * for them.
   */
  public Response.ResponseBuilder respond(
      Answer answer, String correlationId, List<Violation> violations) {
    if (violations.isEmpty()) {
      return respond(answer, correlationId);
    }
    if (instanceOnEveryAnswer()) {
      return withEntity(answer, PendingAnswer.of(answer, correlationId, violations));
    }
    return withEntity(answer, answer.body(null, violations));
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
    String name = AnswerTable.keptHeader(answeredStatus);
    if (name == null) {
      return;
    }
    if (from == null || AnswerTable.hasHeader(documented.headers(), name)) {
      return;
    }
    List<Object> values = valuesIgnoreCase(from, name);
    if (values != null) {
      for (Object value : values) {
        to.header(name, value);
      }
    }
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
