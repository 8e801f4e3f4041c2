package dev.errorcontract.spring.webmvc;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.internal.answering.Correlation;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * What happens outside Spring MVC's dispatcher, answered as documented. The first filter of the chain
 * (the auto-configuration registers it at the highest precedence, for request, async and error
 * dispatches):
 *
 * <ul>
 *   <li>a throwable any later filter throws (an exception or an {@code Error}) is answered as the
 *       dispatcher's resolver answers it: a catalog exception with its own bytes, anything else with
 *       the documented unexpected failure, its cause logged with a correlation id;
 *   <li>an <em>error dispatch</em> (a {@code sendError} from anywhere, Spring Security's 401 and 403
 *       entry points included, and the exceptions the container itself caught) is answered here, and
 *       never reaches Spring Boot's {@code /error} controller: an exception as above, a 404 as {@link
 *       Condition#UNKNOWN_PATH}, any other status by the catalog's status rule; the headers set before
 *       {@code sendError} ({@code Allow}, {@code WWW-Authenticate}) stay;
 *   <li>a request for Boot's error path itself ({@code /error} unless {@code server.error.path} says
 *       otherwise) is a path the API does not have: {@link Condition#UNKNOWN_PATH}.
 * </ul>
 *
 * <p>A response already committed is left as it is (the failure is still logged). Stateless; one
 * instance serves every thread.
 */
public final class ErrorContractFilter implements Filter {

  private final WebMvcErrorContract contract;
  private final String errorPath;

  /**
   * A filter answering from {@code contract}.
   *
   * @param errorPath the path Boot's error controller is mapped to, such as {@code /error}, or {@code
   *     null} for none
   */
  public ErrorContractFilter(WebMvcErrorContract contract, String errorPath) {
    this.contract = Objects.requireNonNull(contract, "contract");
    this.errorPath = errorPath;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest) || !(res instanceof HttpServletResponse)) {
      chain.doFilter(req, res);
      return;
    }
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    Correlation correlation = contract.containerCorrelation();
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      answerErrorDispatch(request, response, correlation);
      return;
    }
    if (request.getDispatcherType() == DispatcherType.REQUEST && isErrorPath(request)) {
      contract.answer(
          contract.answerFor(Condition.UNKNOWN_PATH), null, null, correlation, request, response,
          request.getRequestURI());
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (Throwable thrown) {
      // Everything, Errors included: what leaves here the container would answer with its own page.
      if (response.isCommitted()) {
        correlation.unexpectedFailure(thrown);
        return;
      }
      ErrorContractExceptionResolver.answer(contract, correlation, thrown, request, response);
    }
  }

  private boolean isErrorPath(HttpServletRequest request) {
    if (errorPath == null) {
      return false;
    }
    String path = request.getRequestURI();
    String context = request.getContextPath();
    if (context != null && !context.isEmpty() && path.startsWith(context)) {
      path = path.substring(context.length());
    }
    return path.equals(errorPath) || path.startsWith(errorPath + "/") || path.startsWith(errorPath + ";")
        || path.startsWith(errorPath + ".");
  }

  private void answerErrorDispatch(
      HttpServletRequest request, HttpServletResponse response, Correlation correlation)
      throws IOException {
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String ? (String) uri : request.getRequestURI();
    if (thrown != null) {
      CatalogException catalog = SpringConditions.catalogException(thrown);
      if (response.isCommitted()) {
        correlation.unexpectedFailure(thrown);
        return;
      }
      if (catalog != null) {
        contract.answer(catalog, correlation, request, response, path);
        return;
      }
      String id = correlation.unexpectedFailure(thrown);
      contract.answer(
          contract.answerFor(Condition.UNEXPECTED_FAILURE), null, id, correlation, request,
          response, path);
      return;
    }
    if (response.isCommitted()) {
      return;
    }
    int status = code instanceof Integer ? (Integer) code : 500;
    if (status < 400) {
      // Not an error: nothing documented to say; the status alone, never a container page.
      response.resetBuffer();
      response.setStatus(status);
      response.setContentLength(0);
      return;
    }
    contract.answer(
        status == 404 ? contract.answerFor(Condition.UNKNOWN_PATH) : contract.answerFor(status),
        name -> {
          java.util.Collection<String> values = response.getHeaders(name);
          return values == null ? null : java.util.List.copyOf(values);
        },
        null, correlation, request, response, path);
  }
}
