package dev.errorcontract.jaxrs.acceptance;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resources every acceptance server has: each makes the framework or the application raise one thing. */
@Path("/probe")
public class ProbeResources {

  /** A request body only {@link QuantityReader} reads, so an unreadable body needs no JSON provider. */
  public static final class Quantity {
    final int value;

    Quantity(int value) {
      this.value = value;
    }
  }

  /** Reads {@code {"quantity":N}}; anything else is an unreadable body, as a JSON provider's failure. */
  @Consumes(MediaType.APPLICATION_JSON)
  public static class QuantityReader implements MessageBodyReader<Quantity> {
    private static final Pattern QUANTITY = Pattern.compile("\\{\"quantity\":(\\d{1,9})}");

    @Override
    public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType media) {
      return type == Quantity.class;
    }

    @Override
    public Quantity readFrom(Class<Quantity> type, Type generic, Annotation[] annotations,
        MediaType media, MultivaluedMap<String, String> headers, InputStream in) throws IOException {
      Matcher matcher = QUANTITY.matcher(new String(in.readAllBytes(), UTF_8));
      if (!matcher.matches()) {
        throw new IOException("not a quantity");
      }
      return new Quantity(Integer.parseInt(matcher.group(1)));
    }
  }

  /** A payload a JSON provider binds, in the runs that have one. */
  public static class Payload {
    /** A number the client must send. */
    public int count;
  }

  /** An unreadable body as the installed JSON provider fails on it. */
  @POST
  @Path("bound")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public String bound(Payload payload) {
    return "count " + payload.count;
  }

  /** 405 with DELETE, 406 with {@code Accept: text/html}. */
  @GET
  @Path("json")
  @Produces(MediaType.APPLICATION_JSON)
  public String json() {
    return "{\"ok\":true}";
  }

  /** 415 with {@code text/plain}, an unreadable body with anything but a quantity. */
  @POST
  @Path("quantity")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public String quantity(Quantity quantity) {
    return "quantity " + quantity.value;
  }

  /** A web application exception of any code, as application code throws it. */
  @GET
  @Path("raised/{code}")
  public String raised(@PathParam("code") int code) {
    throw new WebApplicationException(code);
  }

  /** A 404 a resource method raises: not an unknown path. */
  @GET
  @Path("gone")
  public String gone() {
    throw new NotFoundException();
  }

  /** An error response the application built itself, with a body of its own. */
  @GET
  @Path("built/{code}")
  public Response built(@PathParam("code") int code) {
    return Response.status(code).entity("oops").type(MediaType.TEXT_PLAIN).build();
  }

  /** A bug. */
  @GET
  @Path("boom")
  public String boom() {
    throw new IllegalStateException("secret internals");
  }
}
