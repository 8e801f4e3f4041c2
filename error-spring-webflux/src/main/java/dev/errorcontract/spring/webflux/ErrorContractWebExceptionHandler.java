package dev.errorcontract.spring.webflux;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Violation;
import dev.errorcontract.catalog.internal.answering.AnswerTable;
import dev.errorcontract.catalog.internal.answering.Correlation;
import dev.errorcontract.catalog.internal.answering.ResolvedAnswer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.springframework.core.Ordered;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;

/**
 * Answers every error of a Spring WebFlux application with the catalog's documented bytes: whatever an
 * annotated controller, a functional route, a {@code WebFilter} or WebFlux itself raised, once no
 * {@code @ExceptionHandler} of the application took it. Ordered at {@value #ORDER}, before Spring
 * Boot's {@code DefaultErrorWebExceptionHandler} (-1) and WebFlux's {@code
 * WebFluxResponseStatusExceptionHandler} (0), so neither ever writes Boot's JSON or a status without
 * the documented body.
 *
 * <ul>
 *   <li>a {@link CatalogException} answers with its documented status, body and media type, the
 *       headers its status declares and those it added; its cause is logged, never sent ({@link
 *       Correlation#cause});
 *   <li>a 404 when no handler matched (WebFlux's own "no handler", a static resource that does not
 *       exist) is {@link Condition#UNKNOWN_PATH}; a 404 a handler raised answers as its status;
 *   <li>a {@link ServerWebInputException} caused by a {@link DecodingException} (malformed JSON, a value
 *       of the wrong type in the body) is {@link Condition#UNREADABLE_BODY};
 *   <li>any other {@link ErrorResponse} ({@code ResponseStatusException}, {@code
 *       ErrorResponseException}, WebFlux's 405, 406, 415, missing and mistyped parameters, Bean
 *       Validation failures, the application's own) answers as the catalog answers its status: 405, 406
 *       and 415 by their condition, an undocumented 4xx or 5xx as {@link
 *       Condition#UNDOCUMENTED_CLIENT_ERROR} or {@link Condition#UNDOCUMENTED_SERVER_ERROR}; {@code
 *       Allow} (405), {@code WWW-Authenticate} (401) and {@code Retry-After} (429, 503) are kept from
 *       the exception unless the status row declares its own; a 5xx one with a cause has the cause
 *       logged with a correlation id, sent in the correlation header; one below 400 is sent as its
 *       status and headers, with no body;
 *   <li>anything else is {@link Condition#UNEXPECTED_FAILURE}: logged at {@code ERROR} with a fresh
 *       correlation id, which the response carries in the correlation header; the message, class and
 *       stack are never sent.
 * </ul>
 *
 * <p>An exception wrapped by {@link CompletionException}, {@link ExecutionException}, {@link
 * InvocationTargetException}, {@link UndeclaredThrowableException} or Reactor's wrapper of checked
 * exceptions is looked into. Which row answers each code and condition is the table's, resolved once
 * ({@link AnswerTable}): the JAX-RS glue and the servlet answer with the same resolution. Lines are
 * logged through {@link System.Logger}, logger {@value #LOGGER}.
 *
 * <p>Once the response is committed no answer can be sent: the failure is logged and handed on, and
 * Reactor Netty closes the connection, so that a client never takes a cut-off body for a whole one.
 * Immutable and thread-safe.
 */
public final class ErrorContractWebExceptionHandler implements WebExceptionHandler, Ordered {

  /** The order: before Spring Boot's error handler (-1) and WebFlux's status handler (0). */
  public static final int ORDER = -2;

  /** The logger of every line this handler logs. */
  public static final String LOGGER = "dev.errorcontract.spring.webflux";

  /** How deep a cause chain is searched: wrappers nest a few levels, not more. */
  private static final int MAX_DEPTH = 8;

  private final AnswerTable answers;
  private final Correlation correlation;
  private final boolean instanceOnEveryAnswer;

  /**
   * A handler answering from {@code table}, sending correlation ids in {@value
   * Correlation#DEFAULT_HEADER}.
   */
  public ErrorContractWebExceptionHandler(ErrorTable table) {
    this(table, Correlation.DEFAULT_HEADER);
  }

  /**
   * A handler answering from {@code table}.
   *
   * @param correlationHeader the header correlation ids are sent in, or {@code null} to send none (they
   *     are still logged)
   */
  public ErrorContractWebExceptionHandler(ErrorTable table, String correlationHeader) {
    this.answers = new AnswerTable(Objects.requireNonNull(table, "table"));
    this.correlation = Correlation.of(LOGGER, "Unexpected failure", correlationHeader);
    this.instanceOnEveryAnswer = Correlation.onEveryAnswer(table.instance());
  }

  /** The catalog this handler answers framework conditions from. */
  public ErrorTable table() {
    return answers.table();
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable thrown) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      // Too late for any answer; logged here, since the failure happened, and handed on.
      correlation.unexpectedFailure(thrown);
      return Mono.error(thrown);
    }
    Throwable cause = thrown;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (cause instanceof CatalogException) {
        return catalogException(exchange, (CatalogException) cause);
      }
      if (cause instanceof ErrorResponse) {
        return errorResponse(exchange, (ErrorResponse) cause);
      }
      Throwable unwrapped = unwrap(cause);
      if (unwrapped == null) {
        break;
      }
      cause = unwrapped;
    }
    String id = correlation.unexpectedFailure(thrown);
    return answer(exchange, answers.answerFor(Condition.UNEXPECTED_FAILURE), null, id);
  }

  /** What {@code t} wraps, or {@code null} when it is no wrapper. */
  private static Throwable unwrap(Throwable t) {
    if (t instanceof CompletionException
        || t instanceof ExecutionException
        || t instanceof InvocationTargetException
        || t instanceof UndeclaredThrowableException) {
      return t.getCause();
    }
    Throwable reactive = Exceptions.unwrap(t);
    return reactive != t ? reactive : null;
  }

  private Mono<Void> catalogException(ServerWebExchange exchange, CatalogException e) {
    String id = correlation.cause(e);
    int status = e.status();
    ServerHttpResponse response = exchange.getResponse();
    HttpHeaders headers = start(response, status);
    Map<String, String> added = e.headers();
    e.error().status().headers().forEach(
        (name, value) -> {
          if (!AnswerTable.hasHeader(added, name)) {
            headers.set(name, value);
          }
        });
    added.forEach(headers::set);
    correlation.send(id, headers::set);
    ErrorBody body;
    if (instanceOnEveryAnswer && e.instance() == null) {
      ServerHttpRequest request = exchange.getRequest();
      body = e.body(correlation.instance(
          answers.table(), e.error(), id, status, request.getMethod().name(),
          request.getURI().getRawPath(), headers::set));
    } else {
      body = e.body();
    }
    return write(response, headers, e.mediaType(), body);
  }

  private Mono<Void> errorResponse(ServerWebExchange exchange, ErrorResponse e) {
    int status = e.getStatusCode().value();
    if (status < 400) {
      // A redirect or a 304 is the application's business: its status and headers, no body.
      ServerHttpResponse response = exchange.getResponse();
      HttpHeaders headers = start(response, status);
      // forEach and put, not putAll or get: their signatures differ between Spring 6.2 and 7.0.
      e.getHeaders().forEach(headers::put);
      return response.setComplete();
    }
    List<Violation> violations = SpringViolations.of((Throwable) e);
    if (violations != null) {
      return answer(exchange, answers.answerFor(Condition.INVALID_INPUT), null, null, violations);
    }
    ResolvedAnswer answer;
    if (e instanceof ServerWebInputException && causedBy((Throwable) e, DecodingException.class)) {
      answer = answers.answerFor(Condition.UNREADABLE_BODY);
    } else if (status == 404 && !handlerMatched(exchange, e)) {
      answer = answers.answerFor(Condition.UNKNOWN_PATH);
    } else {
      answer = answers.answerFor(status);
    }
    String id = null;
    Throwable cause = ((Throwable) e).getCause();
    if (status >= 500 && cause != null) {
      // WebFlux's own failures (a ServerErrorException) carry the cause: logged, never sent.
      id = correlation.unexpectedFailure((Throwable) e);
    }
    return answer(exchange, answer, e.getHeaders(), id);
  }

  /** Whether a handler (a controller method, a route's handler function) had taken the request. */
  private static boolean handlerMatched(ServerWebExchange exchange, ErrorResponse e) {
    // The static resource handler matches every path: a resource it does not have is no handler.
    return !(e instanceof NoResourceFoundException)
        && exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) != null;
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    Throwable cause = t.getCause();
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (type.isInstance(cause)) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }

  /**
   * Sends a framework-made answer.
   *
   * @param raised the headers of the exception answered, to keep those its status needs; or null
   * @param id the correlation id already logged, or {@code null}
   */
  private Mono<Void> answer(
      ServerWebExchange exchange, ResolvedAnswer answer, HttpHeaders raised, String id) {
    return answer(exchange, answer, raised, id, List.of());
  }

  /**
   * Sends a framework-made answer carrying the request's {@code violations}, in the list member its
   * row declares for them.
   */
  private Mono<Void> answer(
      ServerWebExchange exchange, ResolvedAnswer answer, HttpHeaders raised, String id,
      List<Violation> violations) {
    ServerHttpResponse response = exchange.getResponse();
    int status = answer.status();
    HttpHeaders headers = start(response, status);
    Map<String, String> declared = answer.error().status().headers();
    declared.forEach(headers::set);
    if (raised != null) {
      keepHeader(raised, status, declared, headers);
    }
    correlation.send(id, headers::set);
    ErrorBody body = answer.body(null, violations);
    if (instanceOnEveryAnswer) {
      ServerHttpRequest request = exchange.getRequest();
      body = answer.body(correlation.instance(
          answers.table(), answer.error(), id, status, request.getMethod().name(),
          request.getURI().getRawPath(), headers::set), violations);
    }
    DocumentedError error = answer.error();
    return write(response, headers, error.mediaType(), body);
  }

  /**
   * The header of the raised exception an answer of {@code status} keeps ({@link AnswerTable#keptHeader},
   * the rule every adapter copies by), unless the status row declares its own.
   */
  private static void keepHeader(
      HttpHeaders raised, int status, Map<String, String> declared, HttpHeaders to) {
    String name = AnswerTable.keptHeader(status);
    if (name == null) {
      return;
    }
    if (AnswerTable.hasHeader(declared, name)) {
      return;
    }
    raised.forEach(
        (raisedName, values) -> {
          if (raisedName.equalsIgnoreCase(name) && !values.isEmpty()) {
            to.put(name, values);
          }
        });
  }

  /**
   * Sets the status and drops the headers describing a body the failed handler may have started (its
   * {@code Content-Type}, {@code Content-Length}): the other headers, such as a CORS filter's, stay.
   */
  private static HttpHeaders start(ServerHttpResponse response, int status) {
    response.setStatusCode(HttpStatusCode.valueOf(status));
    HttpHeaders headers = response.getHeaders();
    headers.clearContentHeaders();
    return headers;
  }

  private static Mono<Void> write(
      ServerHttpResponse response, HttpHeaders headers, String mediaType, ErrorBody body) {
    if (body == null) {
      headers.setContentLength(0);
      return response.setComplete();
    }
    // The exact declared media type, as a string: MediaType would be re-rendered.
    headers.set(HttpHeaders.CONTENT_TYPE, mediaType);
    headers.setContentLength(body.length());
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body.toByteArray())));
  }
}
