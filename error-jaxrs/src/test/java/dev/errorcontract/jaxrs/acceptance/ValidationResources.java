package dev.errorcontract.jaxrs.acceptance;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A resource with a {@code @Valid} body and constrained parameters, as JAX-RS applications write them.
 * The messages are declared, so the bytes do not depend on the validator's locale; one interpolates
 * the constraint's attributes.
 */
@Path("/signups")
public class ValidationResources {

  /** The body: {@code key=value} lines, read by {@link SignupReader} (no JSON provider needed). */
  public static final class Signup {
    @NotBlank(message = "is required")
    @Size(min = 2, max = 10, message = "must be {min} to {max} characters")
    public String name;

    @NotBlank(message = "is required")
    public String email;

    @Valid public List<Item> items = new ArrayList<>();
  }

  /** One item of the body's list. */
  public static final class Item {
    @NotNull(message = "is required")
    public String sku;
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  public String create(@Valid Signup signup) {
    return "created " + signup.name;
  }

  @GET
  @Path("search")
  @Produces(MediaType.TEXT_PLAIN)
  public String search(
      @QueryParam("q") @NotNull(message = "is required") @Size(min = 3, message = "is too short") String q,
      @QueryParam("limit") @DefaultValue("10") @Max(value = 100, message = "must be at most {value}")
          int limit) {
    return "found " + q + " " + limit;
  }

  /** A return value breaking its constraint: the server's bug. */
  @GET
  @Path("broken")
  @Produces(MediaType.TEXT_PLAIN)
  @NotNull(message = "is never null")
  public String broken() {
    return null;
  }

  /** Reads {@code name=…}, {@code email=…} and {@code item=…} lines; {@code item=} is an item without sku. */
  @Provider
  @Consumes(MediaType.TEXT_PLAIN)
  public static final class SignupReader implements MessageBodyReader<Signup> {

    @Override
    public boolean isReadable(
        Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return type == Signup.class;
    }

    @Override
    public Signup readFrom(
        Class<Signup> type, Type genericType, Annotation[] annotations, MediaType mediaType,
        MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
      Signup signup = new Signup();
      for (String line : new String(entityStream.readAllBytes(), UTF_8).split("\n")) {
        int eq = line.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String key = line.substring(0, eq);
        String value = line.substring(eq + 1);
        switch (key) {
          case "name": signup.name = value; break;
          case "email": signup.email = value; break;
          case "item":
            Item item = new Item();
            item.sku = value.isEmpty() ? null : value;
            signup.items.add(item);
            break;
          default: break;
        }
      }
      return signup;
    }
  }
}
