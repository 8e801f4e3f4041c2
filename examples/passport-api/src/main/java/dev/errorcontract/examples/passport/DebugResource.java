package dev.errorcontract.examples.passport;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/**
 * Served only with {@code --fault-injection}: a bug on demand, to show that an unexpected exception
 * answers with the documented 500 and nothing of the exception reaches the client.
 */
@Path("/debug")
public final class DebugResource {

  /** Throws an unchecked exception carrying {@code message}. */
  @GET
  @Path("/fail")
  public String fail(@QueryParam("message") String message) {
    throw new IllegalStateException(message);
  }
}
