package dev.errorcontract.jaxrs.acceptance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Throws the answers of {@link SuppliedErrors}; the last path segment steers {@link SupportReferences}. */
@Path("/orders")
public class SuppliedResources {

  /** A catalog exception. */
  @GET
  @Path("thrown/{how}")
  public String thrown(@PathParam("how") String how) {
    throw new SuppliedException.OutOfStock();
  }
}
