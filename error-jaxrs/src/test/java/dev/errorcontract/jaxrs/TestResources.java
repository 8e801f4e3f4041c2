package dev.errorcontract.jaxrs;

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

/** The resources the HTTP suite calls: each provokes one kind of error, or one non-error. */
@Path("/")
public class TestResources {

  /** The secret a careless exception message would leak. */
  static final String SECRET = "password=hunter2-7f3a";

  /** A JSON payload bound by whatever JSON provider is installed. */
  public static class Payload {
    /** A number the client must send. */
    public int count;
  }

  @GET
  @Path("errors/{name}")
  public String catalogError(@PathParam("name") String name) {
    throw TestErrors.exceptionFor(TestError.valueOf(name));
  }

  @GET
  @Path("limit/{limit}")
  public String invalidLimit(@PathParam("limit") int limit) {
    throw new TestException.InvalidLimit(limit);
  }

  @GET
  @Path("retry")
  public String retry() {
    throw new TestException.SlowDown().retryAfter(30);
  }

  @GET
  @Path("unavailable")
  public String unavailable() {
    throw new ServiceUnavailableException(120L);
  }

  @GET
  @Path("unauthorized")
  public String unauthorized() {
    throw new NotAuthorizedException("Bearer realm=\"framework\"");
  }

  @GET
  @Path("json")
  @Produces(MediaType.APPLICATION_JSON)
  public String json() {
    return "{\"ok\":true}";
  }

  @POST
  @Path("raw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public String raw(String body) {
    // Hand-parsed {"count":N}: what an application without a JSON provider does.
    var matcher = Pattern.compile("\\s*\\{\\s*\"count\"\\s*:\\s*(\\d+)\\s*}\\s*").matcher(body);
    if (!matcher.matches()) {
      throw new BadRequestException("Malformed JSON: " + body);
    }
    return "{\"count\":" + matcher.group(1) + "}";
  }

  @POST
  @Path("bound")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public String bound(Payload payload) {
    return "count " + payload.count;
  }

  @GET
  @Path("wae-entity")
  public String waeWithEntity() {
    throw new WebApplicationException(
        Response.status(400).entity("raw text from " + SECRET).type(MediaType.TEXT_PLAIN).build());
  }

  /**
   * A {@code WebApplicationException} whose response has an entity, which no mapper sees: the response
   * filter replaces it. It carries headers of its own: an entity header, a challenge or a delay the
   * status declares otherwise, and the {@code Allow} or {@code Retry-After} a 405 or 503 means.
   */
  @GET
  @Path("wae-entity/{code}")
  public String waeWithEntityAndHeaders(@PathParam("code") int code) {
    Response.ResponseBuilder response =
        Response.status(code).entity("raw text from " + SECRET).type(MediaType.TEXT_PLAIN)
            .header("Content-Language", "en");
    switch (code) {
      case 401: response.header("WWW-Authenticate", "Bearer realm=\"app\""); break;
      case 405: response.header("Allow", "GET"); break;
      case 429: response.header("Retry-After", "5"); break;
      case 503: response.header("Retry-After", "120"); break;
      default: break;
    }
    throw new WebApplicationException(response.build());
  }

  @GET
  @Path("conflict")
  public Response conflict() {
    return Response.status(409).entity("oops").type(MediaType.TEXT_PLAIN).build();
  }

  @GET
  @Path("not-found-response")
  public Response notFoundResponse() {
    return Response.status(404).entity("{\"error\":\"gone\"}").type(MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("status/{code}")
  public String status(@PathParam("code") int code) {
    throw new WebApplicationException(code);
  }

  @GET
  @Path("secret")
  public String secret() {
    throw new IllegalStateException("cannot connect with " + SECRET);
  }

  @GET
  @Path("empty")
  public Response empty() {
    return Response.noContent().build();
  }

  @GET
  @Path("redirect")
  public String redirect() {
    throw new RedirectionException(Response.Status.SEE_OTHER, URI.create("/json"));
  }
}
