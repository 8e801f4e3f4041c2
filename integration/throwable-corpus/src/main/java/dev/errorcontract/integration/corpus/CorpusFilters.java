package dev.errorcontract.integration.corpus;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The filters of the corpus: the request filter (after matching) throws the cases meant for it; the
 * response filter throws those meant for it on the resource's answer, once per request, as a filter
 * failing on the answer does (one that also throws on the error answer replacing it gets Jersey's
 * own empty 500: RELIABILITY.md). Every other request passes untouched.
 */
@Provider
public class CorpusFilters implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String THROWN = CorpusFilters.class.getName() + ".thrown";

  @Override
  public void filter(ContainerRequestContext request) {
    CorpusThrower.throwIfAt(Site.REQUEST_FILTER, request.getUriInfo().getPath());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(THROWN) == null) {
      request.setProperty(THROWN, Boolean.TRUE);
      CorpusThrower.throwIfAt(Site.RESPONSE_FILTER, request.getUriInfo().getPath());
    }
  }
}
