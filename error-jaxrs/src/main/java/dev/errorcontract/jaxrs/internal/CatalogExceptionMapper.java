package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.internal.answering.AnswerTable;
import dev.errorcontract.catalog.internal.answering.Correlation;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;

/**
 * Answers a catalog exception with exactly what it documents: its status (a code its status row
 * covers), its encoded body and exact media type, the headers its status declares, then the headers
 * the exception adds (such as {@code Retry-After}), which replace declared ones of the same name since
 * the code set them on purpose. When the catalog puts the request's instance in every answer and the
 * exception has none of its own, the body is finished by {@link ErrorResponseFilter}.
 *
 * <p>An exception's cause (a database failure behind a 503, say) is logged and never sent, as {@link
 * Correlation#cause} says (the level by status, no id when that level is off); the id goes in the
 * correlation header and, for a catalog whose instance is a correlation URN, in the body's instance,
 * so that a client's report can be matched to the log.
 *
 * <p>Stateless; one instance serves every thread. Internal: public because the feature ({@code
 * dev.errorcontract.jaxrs}) registers it and answers {@code toResponse} with it; not an API.
 */
public final class CatalogExceptionMapper implements ExceptionMapper<CatalogException> {

  private final Contract contract;
  /** How a cause is logged and its id sent. */
  private final Correlation correlation;

  /** The opt-in operations check ({@link OperationsCheck}), fixed when the mapper is built. */
  private final OperationsCheck.Mode operations = OperationsCheck.Mode.configured();

  /** Injected per request where the implementation injects registered instances; only the check reads it. */
  @Context ResourceInfo resourceInfo;

  public CatalogExceptionMapper(Contract contract, Correlation correlation) {
    this.contract = contract;
    this.correlation = correlation;
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
    return respond(contract, e, correlation);
  }

  /**
   * The documented response to {@code e}, its cause logged and the id sent as {@code correlation}
   * says.
   */
  public static Response respond(Contract contract, CatalogException e, Correlation correlation) {
    String correlationId = correlation.cause(e);
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
            if (!AnswerTable.hasHeader(added, name)) {
              builder.header(name, value);
            }
          });
    }
    if (!added.isEmpty()) {
      added.forEach(builder::header);
    }
    if (correlationId != null) {
      // Only then: a bound method reference per answer would be the constant path's one allocation.
      correlation.send(correlationId, builder::header);
    }
    return builder.build();
  }
}
