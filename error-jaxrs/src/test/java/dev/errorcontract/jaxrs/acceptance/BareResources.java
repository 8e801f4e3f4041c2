package dev.errorcontract.jaxrs.acceptance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Throws the rows of catalog (d). */
@Path("/bare")
public class BareResources {

  @GET
  @Path("email")
  public String email() {
    throw new BareException.InvalidEmailAddress();
  }

  @GET
  @Path("user")
  public String user() {
    throw new BareException.UserNotFound();
  }

  @GET
  @Path("taken")
  public String taken() {
    throw new BareException.EmailAlreadyRegistered();
  }
}
