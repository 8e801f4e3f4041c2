package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.CatalogException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.UUID;

/**
 * Answers a catalog exception with exactly what it documents: its status (a code its status row
 * covers), its encoded body and exact media type, the headers its status declares, then the headers
 * the exception adds (such as {@code Retry-After}), which replace declared ones of the same name since
 * the code set them on purpose. When the catalog puts the request's instance in every answer and the
 * exception has none of its own, the body is finished by {@link ErrorResponseFilter}.
 *
 * <p>An exception's cause (a database failure behind a 503, say) is logged with a fresh correlation
 * id, at {@code ERROR} for a 5xx and at {@code DEBUG} for a 4xx (a client's mistake would flood the
 * log), and never sent; the id goes in the correlation header and, for a catalog whose instance is
 * a correlation URN, in the body's instance, so that a client's report can be matched to the log.
 * No id is made when the level is off: it would match no log line.
 *
 * <p>Stateless; one instance serves every thread. Internal: public only so that generated providers
 * can use it; not an API.
 */
public final class CatalogExceptionMapper implements ExceptionMapper<CatalogException> {

  private static final System.Logger LOG = System.getLogger("dev.errorcontract.jaxrs");

  private final Contract contract;
  /** The header carrying the correlation id of a logged cause, or {@code null} for none. */
  private final String correlationHeader;

  /** The opt-in operations check ({@link OperationsCheck}), fixed when the mapper is built. */
  private final OperationsCheck.Mode operations = OperationsCheck.Mode.configured();

  /** Injected per request where the implementation injects registered instances; only the check reads it. */
  @Context ResourceInfo resourceInfo;

  public CatalogExceptionMapper(Contract contract, String correlationHeader) {
    this.contract = contract;
    this.correlationHeader = correlationHeader;
  }

  @Override
  public Response toResponse(CatalogException e) {
    return toResponse(e, resourceInfo);
  }

  /**
   * The documented response to {@code e}, with the resource information of the request (for the
   * operations check; may be null): a generated provider passes what the implementation injected into it.
   */
  public Response toResponse(CatalogException e, ResourceInfo resourceInfo) {
    if (operations != OperationsCheck.Mode.OFF) {
      Response replaced = OperationsCheck.check(operations, contract, e, ResourceMethods.of(resourceInfo));
      if (replaced != null) {
        return replaced;
      }
    }
    return respond(contract, e, correlationHeader);
  }

  /**
   * The documented response to {@code e}, its cause logged.
   *
   * @param correlationHeader the header carrying the correlation id of a logged cause, or null
   */
  public static Response respond(Contract contract, CatalogException e, String correlationHeader) {
    String correlationId = e.getCause() == null ? null : logCause(e);
    Response.ResponseBuilder builder = Response.status(contract.statusType(e.status()));
    Object entity;
    if (contract.instanceOnEveryAnswer() && e.instance() == null) {
      entity = PendingAnswer.of(e, contract.mediaType(e.mediaType()), correlationId);
    } else {
      entity = e.body();
    }
    if (entity != null) {
      builder.entity(entity).type(contract.mediaType(e.mediaType()));
    }
    Map<String, String> declared = e.error().status().headers();
    Map<String, String> added = e.headers();
    if (!declared.isEmpty()) {
      declared.forEach(
          (name, value) -> {
            if (!Contract.containsIgnoreCase(added, name)) {
              builder.header(name, value);
            }
          });
    }
    if (!added.isEmpty()) {
      added.forEach(builder::header);
    }
    if (correlationId != null && correlationHeader != null) {
      builder.header(correlationHeader, correlationId);
    }
    return builder.build();
  }

  /**
   * Logs {@code e} with its cause under a fresh correlation id, and returns the id; returns {@code
   * null} when the level is off (a 4xx with {@code DEBUG} off, typically): an id pointing at no log
   * line would send a client looking for nothing.
   */
  private static String logCause(CatalogException e) {
    int status = e.status();
    System.Logger.Level level =
        status >= 500 ? System.Logger.Level.ERROR : System.Logger.Level.DEBUG;
    if (!LOG.isLoggable(level)) {
      return null;
    }
    String id = UUID.randomUUID().toString();
    LOG.log(
        level,
        () -> "Answered " + status + " " + e.error() + " for a failure; correlation id " + id,
        e);
    return id;
  }
}
