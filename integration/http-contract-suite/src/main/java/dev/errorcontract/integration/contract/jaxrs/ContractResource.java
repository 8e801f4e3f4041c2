package dev.errorcontract.integration.contract.jaxrs;

import dev.errorcontract.integration.contract.ContractCatalog;
import dev.errorcontract.integration.contract.ContractError;
import dev.errorcontract.integration.contract.ContractException;
import dev.errorcontract.integration.contract.Endpoint;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * Every {@link Endpoint} of the suite as one Jakarta REST resource, shared by every JAX-RS runtime:
 * it raises, and the catalog's glue the runtime registers answers. Relative paths, so it serves the
 * suite under whatever root the application has.
 */
@Path("/")
public class ContractResource {

  /** A JSON payload bound by whatever JSON provider the runtime has. */
  public static class Payload {
    /** The number the client sends. */
    public int count;
  }

  /** {@link Endpoint#ERRORS}. */
  @GET
  @Path("errors/{name}")
  public String errors(@PathParam("name") String name) {
    throw ContractCatalog.exceptionFor(ContractError.valueOf(name));
  }

  /** {@link Endpoint#LIMIT}. */
  @GET
  @Path("limit/{limit}")
  public String limit(@PathParam("limit") int limit) {
    throw new ContractException.InvalidLimit(limit);
  }

  /** {@link Endpoint#RETRY}. */
  @GET
  @Path("retry")
  public String retry() {
    throw new ContractException.SlowDown().retryAfter(30);
  }

  /** {@link Endpoint#CAUSED}. */
  @GET
  @Path("caused")
  public String caused() {
    throw ContractCatalog.caused();
  }

  /** {@link Endpoint#JSON}. */
  @GET
  @Path("json")
  @Produces(MediaType.APPLICATION_JSON)
  public String json() {
    return "{\"ok\":true}";
  }

  /** {@link Endpoint#RAW}. */
  @POST
  @Path("raw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public String raw(String body) {
    var matcher = Pattern.compile("\\s*\\{\\s*\"count\"\\s*:\\s*(\\d+)\\s*}\\s*").matcher(body);
    if (!matcher.matches()) {
      throw new BadRequestException("Malformed JSON: " + body);
    }
    return "{\"count\":" + matcher.group(1) + "}";
  }

  /** {@link Endpoint#BOUND}. */
  @POST
  @Path("bound")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public String bound(Payload payload) {
    return "count " + payload.count;
  }

  /** {@link Endpoint#STATUS}. */
  @GET
  @Path("status/{code}")
  public String status(@PathParam("code") int code) {
    throw new WebApplicationException(code);
  }

  /** {@link Endpoint#BUILT}: thrown, carrying its response, which by the specification no mapper sees. */
  @GET
  @Path("built/{code}")
  public String built(@PathParam("code") int code) {
    Response.ResponseBuilder response =
        Response.status(code).entity(ContractCatalog.builtBody()).type(MediaType.TEXT_PLAIN)
            .header("Content-Language", "en");
    String[] header = ContractCatalog.builtHeader(code);
    if (header != null) {
      response.header(header[0], header[1]);
    }
    throw new WebApplicationException(response.build());
  }

  /** {@link Endpoint#UNAVAILABLE}. */
  @GET
  @Path("unavailable")
  public String unavailable() {
    throw new ServiceUnavailableException(120L);
  }

  /** {@link Endpoint#UNAUTHORIZED}. */
  @GET
  @Path("unauthorized")
  public String unauthorized() {
    throw new NotAuthorizedException("Bearer realm=\"framework\"");
  }

  /** {@link Endpoint#SECRET}. */
  @GET
  @Path("secret")
  public String secret() {
    throw ContractCatalog.unexpected();
  }

  /** {@link Endpoint#EMPTY}. */
  @GET
  @Path("empty")
  public Response empty() {
    return Response.noContent().build();
  }

  /** {@link Endpoint#REDIRECT}. */
  @GET
  @Path("redirect")
  public String redirect() {
    throw new RedirectionException(Response.Status.SEE_OTHER, URI.create("json"));
  }
}
