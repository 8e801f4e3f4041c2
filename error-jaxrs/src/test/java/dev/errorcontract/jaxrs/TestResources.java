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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
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

  /**
   * Answers {@code aborted/limit/N} and {@code aborted/retry} from a request filter, through {@link
   * ErrorContractFeature#toResponse} and {@code abortWith}: no exception is thrown.
   */
  @Provider
  @PreMatching
  public static class AbortingFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      String path = request.getUriInfo().getPath();
      if (path.startsWith("/")) {
        path = path.substring(1);
      }
      if (path.startsWith("aborted/limit/")) {
        int limit = Integer.parseInt(path.substring("aborted/limit/".length()));
        request.abortWith(TestFeature.feature().toResponse(new TestException.InvalidLimit(limit)));
      } else if (path.equals("aborted/retry")) {
        request.abortWith(TestFeature.feature().toResponse(new TestException.SlowDown().retryAfter(7)));
      }
    }
  }

  /**
   * Throws an {@code Error} holding {@link #SECRET} from a request filter for {@code
   * failing/request-filter}, and from a response filter on the resource's answer to {@code
   * failing/response-filter} (once per request, as a filter failing on the answer does). No
   * implementation hands an {@code Error} from a filter to its exception mappers.
   */
  @Provider
  public static class FailingFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String THROWN = FailingFilter.class.getName() + ".thrown";

    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getUriInfo().getPath().endsWith("failing/request-filter")) {
        throw new AssertionError("request filter failed with " + SECRET);
      }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (request.getUriInfo().getPath().endsWith("failing/response-filter")
          && request.getProperty(THROWN) == null) {
        request.setProperty(THROWN, Boolean.TRUE);
        throw new AssertionError("response filter failed with " + SECRET);
      }
    }
  }

  @GET
  @Path("failing/{site}")
  public String failingFilter() {
    return "the filter lets this through";
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
