package dev.errorcontract.jaxrs.internal.validation;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.Violation;
import dev.errorcontract.jaxrs.internal.Answer;
import dev.errorcontract.jaxrs.internal.Contract;
import dev.errorcontract.jaxrs.internal.ThrowableMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Set;

/**
 * Answers a Bean Validation failure, whichever implementation raised it and however it wraps it
 * (Jersey's and CXF's {@link ConstraintViolationException}, RESTEasy's {@code
 * ResteasyViolationException}, CXF's {@code ResponseConstraintViolationException}: all are {@link
 * ValidationException}s, and this mapper, registered ahead of the implementations' own, sees them
 * first):
 *
 * <ul>
 *   <li>violations of the request's input (a {@code @Valid} body, a constrained parameter) answer
 *       {@link Condition#INVALID_INPUT}, with the {@link Violation}s ({@link Violations#of}) handed to
 *       the row's body; the rejected values are never part of them;
 *   <li>a violation of a resource method's return value is the server's bug, and so is any other
 *       {@link ValidationException} (a constraint declared wrongly, a validator that failed): the
 *       answer to an unexpected failure, the cause logged with a correlation id.
 * </ul>
 *
 * <p>Internal: public because the feature registers it by name; not an API.
 */
public final class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

  private final Contract contract;
  private final ThrowableMapper throwables;

  /** Injected by the implementation as a per-request proxy: handed on for server bugs. */
  @Context ResourceInfo resourceInfo;

  /**
   * @param contract the catalog's answers
   * @param throwables what answers a server bug
   */
  public ValidationExceptionMapper(Contract contract, ThrowableMapper throwables) {
    this.contract = contract;
    this.throwables = throwables;
  }

  @Override
  public Response toResponse(ValidationException e) {
    if (!(e instanceof ConstraintViolationException)) {
      return throwables.toResponse(e, resourceInfo);
    }
    Set<ConstraintViolation<?>> found = ((ConstraintViolationException) e).getConstraintViolations();
    if (found == null || found.isEmpty() || Violations.ofReturnValue(found)) {
      return throwables.toResponse(e, resourceInfo);
    }
    List<Violation> violations = Violations.of(found);
    Answer answer = contract.answerFor(Condition.INVALID_INPUT);
    return contract.respond(answer, null, violations).build();
  }
}
