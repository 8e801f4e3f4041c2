package dev.errorcontract.examples.signzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.errorcontract.examples.support.ServerProcess;
import dev.errorcontract.jaxrs.client.ErrorContractClientFilter;
import dev.errorcontract.jaxrs.client.ErrorContractResponseExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 acceptance: every documented Signzy error, triggered on the real server (the built jar),
 * reaches the caller as its typed {@link SignzyException} through {@code java.net.http} ({@code
 * SignzyDecoder.send}), a JAX-RS client ({@link ErrorContractClientFilter}) and a MicroProfile Rest
 * Client ({@link ErrorContractResponseExceptionMapper}).
 */
class SignzyClientsIT {

  private static final String AUTH = "Authorization";
  private static final String TOKEN = "demo-token";
  private static final String VALID = "{\"panNumber\":\"ABCDE1234F\",\"name\":\"Asha Verma\"}";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final List<String> CLIENTS = List.of("java.net.http", "jax-rs", "microprofile");

  private static ServerProcess server;
  private static ServerProcess limited;
  private static ServerProcess cutOff;
  private static ServerProcess stalled;
  private static ServerSocket silentRegistry;
  private static Client jaxrs;

  @BeforeAll
  static void start() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    silentRegistry = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    var a = ServerProcess.startAsync("--fault-injection");
    var b = ServerProcess.startAsync("--request-limit", "2");
    var c = ServerProcess.startAsync("--upstream", "http://127.0.0.1:" + closedPort + "/");
    var d = ServerProcess.startAsync("--upstream", "http://127.0.0.1:" + silentRegistry.getLocalPort(),
        "--upstream-timeout-ms", "300");
    server = a.join();
    limited = b.join();
    cutOff = c.join();
    stalled = d.join();
    jaxrs = ClientBuilder.newClient().register(new ErrorContractClientFilter(SignzyDecoder.decoder()));
  }

  @AfterAll
  static void stop() throws Exception {
    jaxrs.close();
    ServerProcess.closeAll(server, limited, cutOff, stalled);
    silentRegistry.close();
  }

  /** The Signzy API as a MicroProfile Rest Client interface. */
  @Path("/")
  public interface SignzyApi {

    @POST
    @Path("api/v3/pan/verify")
    @Consumes("application/json")
    String verify(@HeaderParam(AUTH) String token, String body);

    @GET
    @Path("api/v3/pan/{pan}/updates")
    String updates(@HeaderParam(AUTH) String token, @PathParam("pan") String pan, @QueryParam("since") String since);

    @GET
    @Path("debug/fail")
    String fail(@HeaderParam(AUTH) String token, @QueryParam("message") String message);

    @GET
    @Path("api/v3/nothing/here")
    String unknown(@HeaderParam(AUTH) String token);
  }

  /** One request: on which server, which endpoint, with which token, body or PAN. */
  private record Call(ServerProcess on, String endpoint, String token, String value) {}

  @Test
  void everyDocumentedErrorIsItsTypedExceptionThroughEachClient() throws Exception {
    Set<Class<?>> seen = new LinkedHashSet<>();
    expect(seen, SignzyException.BadRequest.class, new Call(server, "verify", TOKEN,
        "{\"panNumber\":\"ABCDE12345\",\"name\":\"Asha Verma\"}"));
    expect(seen, SignzyException.AuthorizationRequired.class, new Call(server, "verify", "guess", VALID));
    expect(seen, SignzyException.NotFound.class, new Call(server, "unknown", TOKEN, null));
    expect(seen, SignzyException.UnProcessableEntity.class, new Call(server, "verify", TOKEN,
        "{\"panNumber\":\"ABCDE1234F\"}"));
    expect(seen, SignzyException.InternalServerError.class, new Call(server, "fail", TOKEN, null));
    expect(seen, SignzyException.BadGatewayInternalServerError.class, new Call(cutOff, "verify", TOKEN, VALID));
    expect(seen, SignzyException.GatewayTimeout.class, new Call(stalled, "verify", TOKEN, VALID));
    // Two requests a minute pass, then every client is refused.
    Call updates = new Call(limited, "updates", TOKEN, "PQRST6789U");
    for (int i = 0; i < 2; i++) {
      assertEquals(204, HTTP.send(request(updates), HttpResponse.BodyHandlers.discarding()).statusCode());
    }
    expect(seen, SignzyException.AccessForbidden.class, updates);
    assertEquals(SignzyException.class.getDeclaredClasses().length, seen.size(), seen::toString);
  }

  private static void expect(Set<Class<?>> seen, Class<?> expected, Call call) throws Exception {
    for (String client : CLIENTS) {
      RuntimeException thrown = null;
      try {
        switch (client) {
          case "java.net.http" -> SignzyDecoder.decoder().send(HTTP, request(call), HttpResponse.BodyHandlers.ofString());
          case "jax-rs" -> jaxrs(call);
          default -> microprofile(call);
        }
      } catch (RuntimeException e) {
        thrown = client.equals("jax-rs") ? ErrorContractClientFilter.unwrap(e) : e;
      }
      assertNotNull(thrown, () -> client + ": no exception for " + call.endpoint());
      RuntimeException received = thrown;
      assertInstanceOf(expected, thrown, () -> client + ": " + call.endpoint() + ": " + received);
    }
    seen.add(expected);
  }

  private static String jaxrs(Call call) {
    var target = jaxrs.target(call.on().uri());
    Invocation.Builder request = switch (call.endpoint()) {
      case "verify" -> target.path("api/v3/pan/verify").request();
      case "updates" -> target.path("api/v3/pan/" + call.value() + "/updates")
          .queryParam("since", "2020-01-01T00:00:00Z").request();
      case "fail" -> target.path("debug/fail").queryParam("message", "secret").request();
      default -> target.path("api/v3/nothing/here").request();
    };
    request.header(AUTH, call.token());
    return call.endpoint().equals("verify") ? request.post(Entity.json(call.value()), String.class)
        : request.get(String.class);
  }

  private static String microprofile(Call call) {
    SignzyApi api = RestClientBuilder.newBuilder().baseUri(call.on().uri())
        .register(new ErrorContractResponseExceptionMapper(SignzyDecoder.decoder()))
        .build(SignzyApi.class);
    return switch (call.endpoint()) {
      case "verify" -> api.verify(call.token(), call.value());
      case "updates" -> api.updates(call.token(), call.value(), "2020-01-01T00:00:00Z");
      case "fail" -> api.fail(call.token(), "secret");
      default -> api.unknown(call.token());
    };
  }

  private static HttpRequest request(Call call) {
    String path = switch (call.endpoint()) {
      case "verify" -> "api/v3/pan/verify";
      case "updates" -> "api/v3/pan/" + call.value() + "/updates?since=2020-01-01T00:00:00Z";
      case "fail" -> "debug/fail?message=secret";
      default -> "api/v3/nothing/here";
    };
    HttpRequest.Builder request = HttpRequest.newBuilder(call.on().uri().resolve(path))
        .timeout(Duration.ofSeconds(10)).header(AUTH, call.token());
    if (call.endpoint().equals("verify")) {
      request.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(call.value(), StandardCharsets.UTF_8));
    }
    return request.build();
  }
}
