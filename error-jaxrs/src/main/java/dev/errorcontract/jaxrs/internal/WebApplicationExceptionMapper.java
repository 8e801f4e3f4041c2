package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.Condition;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a {@link WebApplicationException}, whether the application or the framework threw it, by
 * its response's <em>status</em>, never by its subclass: CXF throws a plain {@code
 * ClientErrorException} where Jersey and RESTEasy throw {@code NotAllowedException}.
 *
 * <ul>
 *   <li>a 404 when no resource method matched is {@link Condition#UNKNOWN_PATH}; a 404 a resource
 *       method raised answers as its status;
 *   <li>an {@link UnreadableBodyException} is {@link Condition#UNREADABLE_BODY};
 *   <li>every other error status answers as {@link Contract#answerFor(int)} says (405, 406 and 415
 *       by their condition), plus the headers the contract keeps from the exception's response (see
 *       {@link Contract#keepHeaders});
 *   <li>anything below 400 (redirects, 304) is the application's business and returned untouched.
 * </ul>
 *
 * <p>Internal: public because the feature ({@code dev.errorcontract.jaxrs}) registers it; not an API.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private final Contract contract;

  /** Injected by the implementation as a per-request proxy: tells an unknown path from a 404 raised. */
  @Context ResourceInfo resourceInfo;

  public WebApplicationExceptionMapper(Contract contract) {
    this.contract = contract;
  }

  @Override
  public Response toResponse(WebApplicationException e) {
    return toResponse(e, resourceInfo);
  }

  /**
   * The answer to {@code e}, with the resource information of the request: a generated provider
   * passes what the implementation injected into it.
   */
  public Response toResponse(WebApplicationException e, ResourceInfo resourceInfo) {
    Response original = e.getResponse();
    int status = original == null ? 500 : original.getStatus();
    if (status < 400) {
      return original;
    }
    Answer answer;
    if (e instanceof UnreadableBodyException) {
      answer = contract.answerFor(Condition.UNREADABLE_BODY);
    } else if (status == 404 && !ResourceMethods.matched(resourceInfo)) {
      answer = contract.answerFor(Condition.UNKNOWN_PATH);
    } else {
      answer = contract.answerFor(status);
    }
    Response.ResponseBuilder builder = contract.respond(answer, null);
    if (original != null) {
      Contract.keepHeaders(original.getHeaders(), answer.status(), answer.error().status(), builder);
    }
    return builder.build();
  }
}
