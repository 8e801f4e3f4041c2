package dev.errorcontract.jaxrs.acceptance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Throws the rows of catalog (c). */
@Path("/gateway")
public class GatewayResources {

  @GET
  @Path("region")
  public String region() {
    throw new GatewayException.UnknownRegion();
  }

  @GET
  @Path("region/{name}")
  public String regionNamed(@PathParam("name") String name) {
    throw new GatewayException.UnknownRegion().withInstance("/regions/" + name);
  }

  @GET
  @Path("maintenance")
  public String maintenance() {
    throw new GatewayException.UpstreamMaintenance();
  }

  /** The status row's own answer, thrown with one of the codes it covers. */
  @GET
  @Path("server-errors/{code}")
  public String serverErrors(@PathParam("code") int code) {
    throw new GatewayException.ServerErrors(code);
  }
}
