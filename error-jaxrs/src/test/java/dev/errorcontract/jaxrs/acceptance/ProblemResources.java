package dev.errorcontract.jaxrs.acceptance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Throws the rows of catalog (b). */
@Path("/problem")
public class ProblemResources {

  /** Answers {@code /problem/aborted} from a request filter, without throwing. */
  @Provider
  @PreMatching
  public static class AbortingFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getUriInfo().getPath().endsWith("problem/aborted")) {
        request.abortWith(ProblemFeature.feature().toResponse(new ProblemException.BadAccount()));
      }
    }
  }

  @GET
  @Path("credit/{cost}")
  public String credit(@PathParam("cost") int cost) {
    throw new ProblemException.OutOfCredit(cost);
  }

  @GET
  @Path("account")
  public String account() {
    throw new ProblemException.BadAccount();
  }

  @GET
  @Path("own-instance")
  public String ownInstance() {
    throw new ProblemException.BadAccount().withInstance("/accounts/12345/msgs/abc");
  }
}
