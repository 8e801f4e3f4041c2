package dev.errorcontract.servlet;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.jaxrs.internal.Answer;
import dev.errorcontract.jaxrs.internal.Contract;
import dev.errorcontract.jaxrs.internal.DeployedTables;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

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
 * <p>An exception is logged at {@code ERROR} with a fresh correlation id, sent in {@code
 * X-Correlation-Id} (and as the instance of a catalog whose instance is a correlation URN); its
 * message, class and stack are never sent.
 */
public final class ContainerErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final System.Logger LOG = System.getLogger("dev.errorcontract.servlet");
  /** The header {@code error-jaxrs}'s generated providers send the correlation id in. */
  static final String CORRELATION_HEADER = "X-Correlation-Id";

  /** Built on the first error after the JAX-RS application built its own; racing builds agree. */
  private transient volatile Contract contract;

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
    String correlationId = null;
    if (thrown != null) {
      correlationId = UUID.randomUUID().toString();
      String id = correlationId;
      LOG.log(
          System.Logger.Level.ERROR,
          () -> "Failure the servlet container caught, answered as documented; correlation id " + id,
          thrown);
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    Contract contract = contract();
    if (contract == null || (thrown == null && status < 400)) {
      response.setStatus(status);
      response.setContentLength(0);
      return;
    }
    // The very resolution the JAX-RS mappers use: condition rows, undocumented codes, covered codes.
    Answer answer = thrown != null ? contract.answerFor(Condition.UNEXPECTED_FAILURE)
        : status == 404 ? contract.answerFor(Condition.UNKNOWN_PATH)
        : contract.answerFor(status);
    DocumentedError error = answer.error();
    response.setStatus(answer.status());
    error.status().headers().forEach(response::setHeader);
    if (correlationId != null) {
      response.setHeader(CORRELATION_HEADER, correlationId);
    }
    ErrorBody body = answer.body(instance(contract.table(), path, correlationId));
    if (body == null) {
      response.setContentLength(0);
      return;
    }
    // The exact declared media type: setHeader, not setContentType, which may add a charset.
    response.setHeader("Content-Type", error.mediaType());
    response.setContentLength(body.length());
    body.writeTo(response.getOutputStream());
  }

  /** The contract of the deployment's first catalog, built once; {@code null} before there is one. */
  private Contract contract() {
    Contract built = contract;
    if (built == null) {
      ErrorTable table = DeployedTables.first();
      if (table == null) {
        return null;
      }
      built = new Contract(table);
      contract = built;
    }
    return built;
  }

  private static String instance(ErrorTable table, String path, String correlationId) {
    Instance instance = table.instance();
    if (instance == Instance.REQUEST_PATH) {
      return path;
    }
    if (instance == Instance.CORRELATION_URN) {
      return "urn:uuid:" + (correlationId != null ? correlationId : UUID.randomUUID().toString());
    }
    return null;
  }
}
