package dev.errorcontract.integration.quarkus.instances;

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

  /** An unexpected failure. */
  @GET
  @Path("boom")
  public String boom() {
    throw new IllegalStateException("secret internals");
  }
}
