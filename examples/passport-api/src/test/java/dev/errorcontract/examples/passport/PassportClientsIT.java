package dev.errorcontract.examples.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcontract.catalog.CatalogException;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

/**
 * Issue 15 acceptance: every documented Passport error, triggered on the real server (the built jar),
 * reaches the caller as its typed {@link PassportException} through each of the three clients: {@code
 * java.net.http} with {@code PassportDecoder.send}, a JAX-RS client with {@link
 * ErrorContractClientFilter}, and a MicroProfile Rest Client with {@link
 * ErrorContractResponseExceptionMapper}.
 */
class PassportClientsIT {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String KEY = "X-API-Key";
  private static final String DEMO = PassportData.DEMO_API_KEY;
  private static final Credentials SIGNER = Credentials.create(TestSigner.PRIVATE_KEY);
  private static final Credentials STRANGER =
      Credentials.create("0x8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static ServerProcess server;
  /** Three requests a minute per key: the fourth is a 429. */
  private static ServerProcess strict;

  private static Client jaxrs;

  @BeforeAll
  static void start() throws Exception {
    var a = ServerProcess.startAsync("--fault-injection");
    var b = ServerProcess.startAsync("--rate-limit", "3");
    server = a.join();
    strict = b.join();
    jaxrs = ClientBuilder.newClient().register(new ErrorContractClientFilter(PassportDecoder.decoder()));
  }

  @AfterAll
  static void stop() throws Exception {
    jaxrs.close();
    ServerProcess.closeAll(server, strict);
  }

  /** The Passport API as a MicroProfile Rest Client interface. */
  @Path("/")
  public interface PassportApi {

    @GET
    @Path("registry/signing-message")
    String signingMessage(@HeaderParam(KEY) String key);

    @POST
    @Path("registry/submit-passport")
    @Consumes("application/json")
    String submit(@HeaderParam(KEY) String key, String body);

    @GET
    @Path("registry/score/{scorer}")
    String score(@HeaderParam(KEY) String key, @PathParam("scorer") String scorer, @QueryParam("limit") Integer limit);

    @GET
    @Path("registry/stamps/{address}")
    String stamps(@HeaderParam(KEY) String key, @PathParam("address") String address);

    @GET
    @Path("no/such/path")
    String unknown();

    @GET
    @Path("debug/fail")
    String fail(@HeaderParam(KEY) String key, @QueryParam("message") String message);
  }

  /** One request: which endpoint, with what; {@code body} makes a fresh body for each client. */
  private record Call(ServerProcess on, String endpoint, String key, String argument, Supplier<String> body) {}

  @Test
  void everyDocumentedErrorIsItsTypedExceptionThroughEachClient() throws Exception {
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {PassportException.InvalidNonce.class,
        new Call(server, "submit", DEMO, null, () -> submission("1", SIGNER, "00000000000000000000000000000000"))});
    cases.add(new Object[] {PassportException.AddressDoesNotMatchSignature.class,
        new Call(server, "submit", DEMO, null, () -> submission("1", STRANGER, null))});
    cases.add(new Object[] {PassportException.InvalidLimit.class, new Call(server, "score", DEMO, "1001", null)});
    cases.add(new Object[] {PassportException.UnableToGetScoreForProvidedScorerId.class,
        new Call(server, "score", DEMO, null, null)});
    cases.add(new Object[] {PassportException.Unauthorized.class, new Call(server, "stamps", "not-a-key", null, null)});
    cases.add(new Object[] {PassportException.InternalServerError.class, new Call(server, "fail", DEMO, null, null)});
    cases.add(new Object[] {PassportException.BadRequest.class,
        new Call(server, "submit", DEMO, null, () -> "{\"address\": ")});
    cases.add(new Object[] {PassportException.NotFound.class, new Call(server, "unknown", null, null, null)});
    Set<Class<?>> seen = new LinkedHashSet<>();
    for (Object[] c : cases) {
      Class<?> expected = (Class<?>) c[0];
      Call call = (Call) c[1];
      for (String client : List.of("java.net.http", "jax-rs", "microprofile")) {
        assertThrownAs(expected, client, call);
      }
      seen.add(expected);
    }
    // 429: three calls a minute pass, then every client is refused.
    Call stamps = new Call(strict, "stamps", PassportData.OTHER_API_KEY, null, null);
    for (int i = 0; i < 3; i++) {
      assertEquals(200, send(stamps).statusCode());
    }
    for (String client : List.of("java.net.http", "jax-rs", "microprofile")) {
      assertThrownAs(PassportException.TooManyRequests.class, client, stamps);
    }
    seen.add(PassportException.TooManyRequests.class);
    // Every exception the catalog has was received.
    assertEquals(List.of(PassportException.class.getPermittedSubclasses().length == 0
            ? PassportException.class.getDeclaredClasses() : PassportException.class.getPermittedSubclasses())
        .size(), seen.size(), seen::toString);
  }

  private static void assertThrownAs(Class<?> expected, String client, Call call) throws Exception {
    RuntimeException thrown = null;
    try {
      switch (client) {
        case "java.net.http" -> PassportDecoder.decoder().send(HTTP, request(call), HttpResponse.BodyHandlers.ofString());
        case "jax-rs" -> jaxrs(call);
        default -> microprofile(call);
      }
    } catch (RuntimeException e) {
      thrown = client.equals("jax-rs") ? ErrorContractClientFilter.unwrap(e) : e;
    }
    if (thrown == null) {
      fail(client + ": no exception for " + call);
    }
    RuntimeException received = thrown;
    assertInstanceOf(expected, thrown, () -> client + ": " + call.endpoint() + ": " + trace(received));
    assertEquals(((CatalogException) thrown).status(), ((CatalogException) thrown).error().statusFor(
        ((CatalogException) thrown).status()));
  }

  private static String trace(Throwable t) {
    java.io.StringWriter out = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  private static String jaxrs(Call call) {
    var target = jaxrs.target(call.on().uri());
    String body = call.body() == null ? null : call.body().get();
    Invocation.Builder request = switch (call.endpoint()) {
      case "submit" -> target.path("registry/submit-passport").request();
      case "score" -> target.path("registry/score/2").queryParam("limit", call.argument()).request();
      case "stamps" -> target.path("registry/stamps/" + PassportData.DEMO_ADDRESS).request();
      case "fail" -> target.path("debug/fail").queryParam("message", "secret").request();
      default -> target.path("no/such/path").request();
    };
    if ("score".equals(call.endpoint()) && call.argument() != null) {
      request = jaxrs.target(call.on().uri()).path("registry/score/1").queryParam("limit", call.argument()).request();
    }
    if (call.key() != null) {
      request.header(KEY, call.key());
    }
    return body == null ? request.get(String.class) : request.post(Entity.json(body), String.class);
  }

  private static String microprofile(Call call) {
    PassportApi api = RestClientBuilder.newBuilder().baseUri(call.on().uri())
        .register(new ErrorContractResponseExceptionMapper(PassportDecoder.decoder()))
        .build(PassportApi.class);
    return switch (call.endpoint()) {
      case "submit" -> api.submit(call.key(), call.body().get());
      case "score" -> call.argument() != null ? api.score(call.key(), "1", Integer.valueOf(call.argument()))
          : api.score(call.key(), "2", null);
      case "stamps" -> api.stamps(call.key(), PassportData.DEMO_ADDRESS);
      case "fail" -> api.fail(call.key(), "secret");
      default -> api.unknown();
    };
  }

  private static HttpRequest request(Call call) {
    String path = switch (call.endpoint()) {
      case "submit" -> "registry/submit-passport";
      case "score" -> call.argument() != null ? "registry/score/1?limit=" + call.argument() : "registry/score/2";
      case "stamps" -> "registry/stamps/" + PassportData.DEMO_ADDRESS;
      case "fail" -> "debug/fail?message=secret";
      default -> "no/such/path";
    };
    HttpRequest.Builder request = HttpRequest.newBuilder(call.on().uri().resolve(path)).timeout(Duration.ofSeconds(10));
    if (call.key() != null) {
      request.header(KEY, call.key());
    }
    if (call.body() != null) {
      request.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(call.body().get(), StandardCharsets.UTF_8));
    }
    return request.build();
  }

  private static HttpResponse<String> send(Call call) throws Exception {
    return HTTP.send(request(call), HttpResponse.BodyHandlers.ofString());
  }

  /** A submission signed by {@code signer} for a fresh signing message, with its nonce or {@code nonce}. */
  private static String submission(String scorer, Credentials signer, String nonce) {
    try {
      HttpResponse<String> issued = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("registry/signing-message"))
          .header(KEY, DEMO).build(), HttpResponse.BodyHandlers.ofString());
      JsonNode message = MAPPER.readTree(issued.body());
      String signature = TestSigner.sign(message.get("message").asText(), signer);
      return "{\"address\":\"" + SIGNER.getAddress() + "\",\"scorer_id\":\"" + scorer + "\",\"signature\":\""
          + signature + "\",\"nonce\":\"" + (nonce != null ? nonce : message.get("nonce").asText()) + "\"}";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
