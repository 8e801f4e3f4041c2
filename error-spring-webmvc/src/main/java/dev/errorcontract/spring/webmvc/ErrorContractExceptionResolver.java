package dev.errorcontract.spring.webmvc;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.Violation;
import dev.errorcontract.catalog.internal.answering.Correlation;
import dev.errorcontract.catalog.internal.answering.ResolvedAnswer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every exception that reaches Spring MVC's exception resolvers with a documented answer:
 * catalog exceptions with their own bytes, Spring's conditions with the row the catalog chose
 * (see the module README), anything else with the documented unexpected failure, its cause logged
 * at {@code ERROR} with a correlation id sent in {@value Correlation#DEFAULT_HEADER}. Never an
 * exception's message, class or stack, never Spring's or Boot's own error bodies.
 *
 * <p>The auto-configuration places it right after Spring's {@code ExceptionHandlerExceptionResolver}
 * and before {@code ResponseStatusExceptionResolver} and {@code DefaultHandlerExceptionResolver}
 * (which it replaces): an {@code @ExceptionHandler} of the application, in a controller or a
 * {@code @ControllerAdvice}, wins for the exceptions it declares; this resolver answers the rest.
 *
 * <p>An error status below 400 ({@code ResponseStatusException(HttpStatus.FOUND)}) is left to Spring.
 * A response already committed cannot be answered: the failure is logged with an id and the request
 * ends as it is. Stateless; one instance serves every thread.
 */
public final class ErrorContractExceptionResolver implements HandlerExceptionResolver {

  private final WebMvcErrorContract contract;

  /** A resolver answering from {@code contract}. */
  public ErrorContractExceptionResolver(WebMvcErrorContract contract) {
    this.contract = Objects.requireNonNull(contract, "contract");
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    try {
      return answer(contract, contract.dispatcherCorrelation(), ex, request, response)
          ? new ModelAndView()
          : null;
    } catch (IOException writeFailed) {
      // The client went away while the answer was written: nothing more can be sent.
      return new ModelAndView();
    }
  }

  /**
   * Answers {@code thrown} as documented; false when it is left to Spring (an error status below 400).
   */
  static boolean answer(
      WebMvcErrorContract contract, Correlation correlation, Throwable thrown,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (response.isCommitted()) {
      correlation.unexpectedFailure(thrown);
      return true;
    }
    String path = request.getRequestURI();
    CatalogException catalog = SpringConditions.catalogException(thrown);
    if (catalog != null) {
      contract.answer(catalog, correlation, request, response, path);
      return true;
    }
    Throwable condition = SpringConditions.springCondition(thrown);
    if (condition != null) {
      int status = SpringConditions.status(condition);
      if (status < 400) {
        return false;
      }
      List<Violation> violations = SpringViolations.of(condition);
      if (violations != null) {
        contract.answer(
            contract.answerFor(Condition.INVALID_INPUT), null, null, correlation, request, response,
            path, violations);
        return true;
      }
      ResolvedAnswer answer = SpringConditions.answer(contract, condition, status);
      contract.answer(
          answer,
          condition instanceof ErrorResponse ? keptHeader((ErrorResponse) condition) : null,
          null, correlation, request, response, path);
      return true;
    }
    String id = correlation.unexpectedFailure(thrown);
    contract.answer(
        contract.answerFor(Condition.UNEXPECTED_FAILURE), null, id, correlation, request, response,
        path);
    return true;
  }

  /**
   * The header of Spring's own answer to keep ({@code Allow} of a 405), read with {@code getFirst}: a
   * method of {@code HttpHeaders} in Spring Framework 6 and 7 alike (7's {@code HttpHeaders} is no
   * longer a {@code Map}, so {@code get(Object)} would not link there).
   */
  private static Function<String, List<String>> keptHeader(ErrorResponse condition) {
    HttpHeaders headers = condition.getHeaders();
    return name -> {
      String value = headers.getFirst(name);
      return value == null ? null : List.of(value);
    };
  }
}
