package dev.errorcontract.jaxrs;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;

/**
 * Answers a catalog exception with exactly what it documents: its status, its encoded body and media
 * type, the headers its status declares, then the headers the exception adds (such as {@code
 * Retry-After}), which replace declared ones of the same name since the code set them on purpose.
 * Stateless; one instance serves every thread.
 */
final class CatalogExceptionMapper implements ExceptionMapper<CatalogException> {

  private final Contract contract;

  CatalogExceptionMapper(Contract contract) {
    this.contract = contract;
  }

  @Override
  public Response toResponse(CatalogException e) {
    return respond(contract, e);
  }

  static Response respond(Contract contract, CatalogException e) {
    int status = e.status();
    Response.ResponseBuilder builder = Response.status(contract.statusType(status));
    ErrorBody body = e.body();
    if (body != null && e.error().status().allowsBody()) {
      builder.entity(body).type(contract.mediaType(e.mediaType()));
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
