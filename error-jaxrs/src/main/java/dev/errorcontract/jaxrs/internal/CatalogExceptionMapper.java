package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.CatalogException;
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
 * <p>Stateless; one instance serves every thread. Internal: public only so that generated providers
 * can use it; not an API.
 */
public final class CatalogExceptionMapper implements ExceptionMapper<CatalogException> {

  private final Contract contract;

  public CatalogExceptionMapper(Contract contract) {
    this.contract = contract;
  }

  @Override
  public Response toResponse(CatalogException e) {
    return respond(contract, e);
  }

  /** The documented response to {@code e}. */
  public static Response respond(Contract contract, CatalogException e) {
    Response.ResponseBuilder builder = Response.status(contract.statusType(e.status()));
    Object entity;
    if (contract.instanceOnEveryAnswer() && e.instance() == null) {
      entity = PendingAnswer.of(e, contract.mediaType(e.mediaType()));
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
    return builder.build();
  }
}
