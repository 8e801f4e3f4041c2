package dev.errorcontract.servlet;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.internal.answering.AnswerTable;
import dev.errorcontract.catalog.internal.answering.Correlation;
import dev.errorcontract.catalog.internal.answering.DeployedTables;
import dev.errorcontract.catalog.internal.answering.ResolvedAnswer;
import dev.errorcontract.servlet.internal.undertow.UndertowContentType;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers the servlet container's own errors as documented: the error pages of this library's {@code
 * web-fragment.xml} dispatch here for any exception that left every servlet (an {@code Error} a JAX-RS
 * filter threw, which no implementation hands to its mappers) and for any status sent with {@code
 * sendError} (a path outside the JAX-RS application, {@code /WEB-INF/...}, a method the container's
 * default servlet refuses).
 *
 * <p>The catalog is the deployment's: the first one whose contract the JAX-RS application built
 * ({@link DeployedTables#first()}); with several catalogs in one WAR, the first one built answers the
 * container's errors (JAX-RS answers still come from each catalog's own providers). Before the JAX-RS
 * application built any, the container's status is sent with no body, never its HTML page.
 *
 * <p>Correlation ids are made, logged and sent as the JAX-RS glue does ({@link Correlation}, logger
 * {@code dev.errorcontract.servlet}, header {@value Correlation#DEFAULT_HEADER}): an exception is
 * logged at {@code ERROR} with a fresh id, {@code "Failure the servlet container caught, answered as
 * documented; correlation id <id>"}, sent in the header and as the instance of a catalog whose
 * instance is a correlation URN; its message, class and stack are never sent. Any other answer of
 * such a catalog gets its id at {@code INFO}, {@code "Answered <status> <method> <path>; correlation
 * id <id>"}.
 */
public final class ContainerErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Correlation CORRELATION =
      Correlation.of(
          "dev.errorcontract.servlet",
          "Failure the servlet container caught,",
          Correlation.DEFAULT_HEADER);

  /** Whether Undertow's servlet response is there to be recognized (see {@link UndertowContentType}). */
  private static final boolean UNDERTOW = present("io.undertow.servlet.spec.HttpServletResponseImpl");

  /** Built on the first error after the JAX-RS application built its own; racing builds agree. */
  private transient volatile AnswerTable answers;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    boolean dispatched = request.getDispatcherType() == DispatcherType.ERROR;
    // Requested directly, this servlet's own path is a path like any other the API does not have.
    int status = !dispatched ? 404 : code instanceof Integer ? (Integer) code : 500;
    String path = dispatched ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
        : request.getRequestURI();
    // Logged even when the answer can no longer be sent: the failure happened.
    String correlationId = thrown != null ? CORRELATION.unexpectedFailure(thrown) : null;
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    answer(answers(), thrown != null, correlationId, status, request.getMethod(), path, response);
  }

  /**
   * Sends the documented answer.
   *
   * @param answers the catalog's answers, or {@code null} before the application built any
   * @param failed whether an exception is answered, logged under {@code correlationId}
   * @param correlationId the id an exception was logged with, or {@code null}
   * @param status the status the container would send
   * @param method the request's method
   * @param path the raw path of the request that failed
   */
  static void answer(
      AnswerTable answers, boolean failed, String correlationId, int status, String method,
      String path, HttpServletResponse response) throws IOException {
    if (answers == null || (!failed && status < 400)) {
      response.setStatus(status);
      CORRELATION.send(correlationId, response::setHeader);
      response.setContentLength(0);
      return;
    }
    // The very resolution the JAX-RS mappers use: condition rows, undocumented codes, covered codes.
    ResolvedAnswer answer = failed ? answers.answerFor(Condition.UNEXPECTED_FAILURE)
        : status == 404 ? answers.answerFor(Condition.UNKNOWN_PATH)
        : answers.answerFor(status);
    DocumentedError error = answer.error();
    response.setStatus(answer.status());
    error.status().headers().forEach(response::setHeader);
    CORRELATION.send(correlationId, response::setHeader);
    ErrorBody body =
        answer.body(
            CORRELATION.instance(
                answers.table(), error, correlationId, answer.status(), method, path,
                response::setHeader));
    if (body == null) {
      response.setContentLength(0);
      return;
    }
    // The exact declared media type: setHeader, not setContentType, which may add a charset; on
    // Undertow, whose setHeader is its setContentType, through its exchange.
    if (!UNDERTOW || !UndertowContentType.set(response, error.mediaType())) {
      response.setHeader("Content-Type", error.mediaType());
    }
    response.setContentLength(body.length());
    body.writeTo(response.getOutputStream());
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, ContainerErrorServlet.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The answers of the deployment's first catalog, built once; {@code null} before there is one. */
  private AnswerTable answers() {
    AnswerTable built = answers;
    if (built == null) {
      ErrorTable table = DeployedTables.first();
      if (table == null) {
        return null;
      }
      built = new AnswerTable(table);
      answers = built;
    }
    return built;
  }
}
