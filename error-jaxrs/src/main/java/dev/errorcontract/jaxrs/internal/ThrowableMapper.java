package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.internal.answering.Correlation;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Answers every other exception as {@link Condition#UNEXPECTED_FAILURE}, and never with its message,
 * class or stack: without such a mapper RESTEasy sends the message and CXF an HTML page holding the
 * exception.
 *
 * <p>The cause is logged at {@code ERROR} with a fresh correlation id ({@link
 * Correlation#unexpectedFailure}), which the response carries in the configured header (never in the
 * body), so that a client report can be matched to the log; a catalog whose instance is {@link
 * dev.errorcontract.catalog.Instance#CORRELATION_URN} carries the same id in the body's instance.
 *
 * <p>A catalog or web application exception wrapped by an async or reflective layer ({@link
 * CompletionException}, {@link ExecutionException}, {@link InvocationTargetException}, {@link
 * UndeclaredThrowableException}, {@code ProcessingException}) is unwrapped and answered as itself.
 * A request body the reader cannot read never gets here: {@link UnreadableBodyInterceptor} has
 * turned it into a web application exception already.
 *
 * <p>Internal: public because the feature ({@code dev.errorcontract.jaxrs}) registers it and the
 * Jersey adapter ({@code internal.jersey}) recognises it; not an API.
 */
public final class ThrowableMapper implements ExceptionMapper<Throwable> {

  /** How deep a cause chain is searched: wrappers nest a few levels, not more. */
  private static final int MAX_DEPTH = 8;

  private final Contract contract;
  private final CatalogExceptionMapper catalog;
  private final WebApplicationExceptionMapper web;
  /** How the failure is logged and its id sent. */
  private final Correlation correlation;

  public ThrowableMapper(
      Contract contract,
      CatalogExceptionMapper catalog,
      WebApplicationExceptionMapper web,
      Correlation correlation) {
    this.contract = contract;
    this.catalog = catalog;
    this.web = web;
    this.correlation = correlation;
  }

  @Override
  public Response toResponse(Throwable thrown) {
    return toResponse(thrown, web.resourceInfo);
  }

  /**
   * The answer to {@code thrown}, with the resource information of the request: a generated provider
   * passes what the implementation injected into it.
   */
  public Response toResponse(Throwable thrown, ResourceInfo resourceInfo) {
    Throwable cause = thrown;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (cause instanceof CatalogException) {
        return catalog.toResponse((CatalogException) cause, resourceInfo);
      }
      if (cause instanceof WebApplicationException) {
        return web.toResponse((WebApplicationException) cause, resourceInfo);
      }
      if (!isWrapper(cause)) {
        break;
      }
      cause = cause.getCause();
    }
    String id = correlation.unexpectedFailure(thrown);
    Response.ResponseBuilder builder =
        contract.respond(contract.answerFor(Condition.UNEXPECTED_FAILURE), id);
    correlation.send(id, builder::header);
    return builder.build();
  }

  private static boolean isWrapper(Throwable t) {
    return t instanceof CompletionException
        || t instanceof ExecutionException
        || t instanceof InvocationTargetException
        || t instanceof UndeclaredThrowableException
        // Implementations wrap failures of their own machinery in it; look inside.
        || t instanceof jakarta.ws.rs.ProcessingException;
  }
}
