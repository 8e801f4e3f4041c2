package dev.errorcontract.integration.quarkus;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * Operations declaring their errors (issue 16): the processor writes their error responses into
 * {@code META-INF/openapi.json}, which Quarkus merges into {@code /q/openapi} with what it scans.
 */
@Path("/operations")
public class ShopOperations {

  @GET
  @Path("items/{id}")
  public String item(@PathParam("id") long id, @QueryParam("limit") int limit) throws ShopException.InvalidLimit {
    if (limit > 100) {
      throw new ShopException.InvalidLimit(limit);
    }
    return "item " + id;
  }
}
