package dev.errorcontract.jaxrs;

import dev.errorcontract.catalog.DocumentedError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a {@link WebApplicationException}, whether the application or the framework threw it (404,
 * 405, 406, 415 and friends), by its response's <em>status</em>, never by its subclass: CXF throws a
 * plain {@code ClientErrorException} where Jersey and RESTEasy throw {@code NotAllowedException}.
 *
 * <p>An error status answers with the catalog's error for that status ({@link
 * dev.errorcontract.catalog.ErrorTable#forStatus}, which may send another status for an undocumented
 * one), plus the headers the contract keeps from the exception's response (see {@link
 * Contract#keepHeaders}). Anything below 400 (redirects, 304) is the application's business and is
 * returned untouched.
 */
final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private final Contract contract;

  WebApplicationExceptionMapper(Contract contract) {
    this.contract = contract;
  }

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original == null ? 500 : original.getStatus();
    if (status < 400) {
      return original;
    }
    DocumentedError error = contract.answerFor(status);
    Response.ResponseBuilder builder = contract.documented(error);
    if (original != null) {
      Contract.keepHeaders(original.getHeaders(), error.status().code(), error.status(), builder);
    }
    return builder.build();
  }
}
