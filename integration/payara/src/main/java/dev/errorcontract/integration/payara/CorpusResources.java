package dev.errorcontract.integration.payara;

import dev.errorcontract.integration.corpus.CorpusThrower;
import dev.errorcontract.integration.corpus.Site;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * Where the throwable corpus of RELIABILITY.md is thrown: the resource method, a request filter and a
 * response filter, each throwing the cases meant for it (see {@code throwable-corpus}).
 */
@Path("corpus")
public class CorpusResources {

  static final CorpusThrower THROWER = new CorpusThrower(TestError.table(), TestException.class);

  @Context UriInfo uriInfo;

  @GET
  @Path("{seed}/{index}")
  @Produces(MediaType.TEXT_PLAIN)
  public String corpus() {
    THROWER.throwIfAt(Site.RESOURCE, uriInfo.getPath());
    return "fine";
  }

  /** Throws the cases meant for a request filter, after matching. */
  @Provider
  public static class RequestFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      THROWER.throwIfAt(Site.REQUEST_FILTER, request.getUriInfo().getPath());
    }
  }

  /** Throws the cases meant for a response filter, once per request (on the resource's answer). */
  @Provider
  public static class ResponseFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (request.getProperty(ResponseFilter.class.getName()) == null) {
        request.setProperty(ResponseFilter.class.getName(), Boolean.TRUE);
        THROWER.throwIfAt(Site.RESPONSE_FILTER, request.getUriInfo().getPath());
      }
    }
  }
}
