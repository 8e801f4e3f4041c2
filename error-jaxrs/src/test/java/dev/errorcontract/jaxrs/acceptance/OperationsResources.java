package dev.errorcontract.jaxrs.acceptance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Operations declaring their errors (issue 16), for the opt-in run-time check. {@link #undeclared()}
 * answers an error it does not declare through another class, which the compile-time check cannot see:
 * exactly what the run-time check is for.
 */
@Path("/operations")
public class OperationsResources {

  @GET
  @Path("declared")
  public String declared() throws BareException.UserNotFound {
    throw new BareException.UserNotFound();
  }

  @GET
  @Path("undeclared")
  @SuppressWarnings("error-contract:operation-error-never-thrown")
  public String undeclared() throws BareException.UserNotFound {
    throw Elsewhere.emailTaken();
  }

  /** Code outside the resource: its errors are the resource's to declare. */
  static final class Elsewhere {
    static BareException emailTaken() {
      return new BareException.EmailAlreadyRegistered();
    }
  }
}
