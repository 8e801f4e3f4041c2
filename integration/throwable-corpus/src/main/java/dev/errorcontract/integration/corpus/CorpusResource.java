package dev.errorcontract.integration.corpus;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * The resource method of the corpus: {@code GET corpus/<seed>/<index>} throws the case when its site
 * is the resource, and answers 200 otherwise (a filter throws it then). Found by scanning (Payara; on
 * Quarkus because this jar is a bean archive, so indexed) or listed by a Java SE suite.
 */
@Path(ThrowableCorpus.PATH)
public class CorpusResource {

  @Context UriInfo uriInfo;

  @GET
  @Path("{seed}/{index}")
  @Produces(MediaType.TEXT_PLAIN)
  public String corpus() {
    CorpusThrower.throwIfAt(Site.RESOURCE, uriInfo.getPath());
    return "fine";
  }
}
