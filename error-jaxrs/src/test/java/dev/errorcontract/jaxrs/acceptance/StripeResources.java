package dev.errorcontract.jaxrs.acceptance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Throws the rows of catalog (a). */
@Path("/stripe")
public class StripeResources {

  @GET
  @Path("missing/{param}")
  public String missing(@PathParam("param") String param) {
    throw new StripeException.ParameterMissing(param);
  }

  @GET
  @Path("declined")
  public String declined() {
    throw new StripeException.CardDeclined();
  }
}
