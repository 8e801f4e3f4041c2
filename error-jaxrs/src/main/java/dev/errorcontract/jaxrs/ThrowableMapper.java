package dev.errorcontract.jaxrs;

import dev.errorcontract.catalog.CatalogException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Answers every other exception with the documented 500, and never with its message, class or stack:
 * without such a mapper RESTEasy sends the message and CXF an HTML page holding the exception.
 *
 * <p>The cause is logged at {@code ERROR} with a fresh correlation id, which the response carries in
 * the configured header (never in the body), so that a client report can be matched to the log.
 *
 * <p>Two kinds of exception are not server faults and are answered otherwise:
 *
 * <ul>
 *   <li>a catalog or web application exception wrapped by an async or reflective layer ({@link
 *       CompletionException}, {@link ExecutionException}, {@link InvocationTargetException}, {@link
 *       UndeclaredThrowableException}) is unwrapped and answered as itself;
 *   <li>a JSON provider's exception for a malformed or mistyped request body (Jackson's {@code
 *       StreamReadException}, {@code MismatchedInputException}, {@code ValueInstantiationException};
 *       JSON-P's {@code JsonParsingException}) answers the documented 400, as the framework's own {@code
 *       BadRequestException} would: an implementation does not always turn a JSON reader's failure into
 *       one. Matched by class name, so this module depends on no JSON library.
 * </ul>
 */
final class ThrowableMapper implements ExceptionMapper<Throwable> {

  private static final System.Logger LOG = System.getLogger("dev.errorcontract.jaxrs");
  /** How deep a cause chain is searched: wrappers nest a few levels, not more. */
  private static final int MAX_DEPTH = 8;

  /** Exceptions of JSON readers meaning "the client sent a bad body", by class name. */
  private static final Set<String> BAD_REQUEST_BODY =
      Set.of(
          "com.fasterxml.jackson.core.exc.StreamReadException",
          "com.fasterxml.jackson.core.JsonParseException",
          "com.fasterxml.jackson.databind.exc.MismatchedInputException",
          "com.fasterxml.jackson.databind.exc.ValueInstantiationException",
          "jakarta.json.stream.JsonParsingException");

  private final Contract contract;
  private final CatalogExceptionMapper catalog;
  private final WebApplicationExceptionMapper web;
  /** The header carrying the correlation id, or {@code null} for none. */
  private final String correlationHeader;

  ThrowableMapper(
      Contract contract,
      CatalogExceptionMapper catalog,
      WebApplicationExceptionMapper web,
      String correlationHeader) {
    this.contract = contract;
    this.catalog = catalog;
    this.web = web;
    this.correlationHeader = correlationHeader;
  }

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable cause = thrown;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (cause instanceof CatalogException) {
        return catalog.toResponse((CatalogException) cause);
      }
      if (cause instanceof WebApplicationException) {
        return web.toResponse((WebApplicationException) cause);
      }
      if (isBadRequestBody(cause)) {
        LOG.log(System.Logger.Level.DEBUG, "Unreadable request body answered with the documented 400", thrown);
        return contract.documented(contract.answerFor(400)).build();
      }
      if (!isWrapper(cause)) {
        break;
      }
      cause = cause.getCause();
    }
    String id = UUID.randomUUID().toString();
    LOG.log(
        System.Logger.Level.ERROR,
        () -> "Undocumented failure answered with the documented 500; correlation id " + id,
        thrown);
    Response.ResponseBuilder builder = contract.documented(contract.answerFor(500));
    if (correlationHeader != null) {
      builder.header(correlationHeader, id);
    }
    return builder.build();
  }

  private static boolean isWrapper(Throwable t) {
    return t instanceof CompletionException
        || t instanceof ExecutionException
        || t instanceof InvocationTargetException
        || t instanceof UndeclaredThrowableException
        // Readers' failures arrive wrapped by the implementation; look inside.
        || t instanceof jakarta.ws.rs.ProcessingException;
  }

  private static boolean isBadRequestBody(Throwable t) {
    for (Class<?> type = t.getClass(); type != null && type != Throwable.class;
        type = type.getSuperclass()) {
      if (BAD_REQUEST_BODY.contains(type.getName())) {
        return true;
      }
    }
    return false;
  }
}
