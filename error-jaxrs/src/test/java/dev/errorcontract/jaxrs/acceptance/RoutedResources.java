package dev.errorcontract.jaxrs.acceptance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Throws the answers of catalog (e) no condition reaches: the status answers of 405, 406 and 415,
 * whose conditions the page's own rows answer; and a client error with a cause.
 */
@Path("/routed")
public class RoutedResources {

  @GET
  @Path("thrown/{code}")
  public String thrown(@PathParam("code") int code) {
    switch (code) {
      case 405: throw new RoutedException.MethodNotAllowed();
      case 406: throw new RoutedException.NotAcceptable();
      case 415: throw new RoutedException.UnsupportedMediaType();
      case 400: throw new RoutedException.NotUnderstood(new IllegalStateException("secret internals"));
      default: throw new IllegalArgumentException("no such answer: " + code);
    }
  }
}
