package dev.errorcontract.examples.thirdparty;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.UndocumentedAnswerException;
import dev.errorcontract.catalog.UndocumentedAnswerException.Reason;
import dev.errorcontract.jaxrs.client.ErrorContractClientFilter;
import dev.errorcontract.jaxrs.client.ErrorContractResponseExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 24 acceptance: a server NOT built with the library (the JDK's {@code com.sun.net.httpserver},
 * bodies written by hand) sends every documented answer of {@link VendorErrors} in thirteen JSON
 * spellings, and java.net.http, a JAX-RS client and the MicroProfile Rest Client each decode every one
 * into the typed exception with the same arguments; the hostile bodies stay undocumented on each.
 */
class ThirdPartySpellingsTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final List<String> CLIENTS = List.of("java.net.http", "jax-rs", "microprofile");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** What the server answers at {@code /a/<id>}. */
  private record Answer(int status, String contentType, String contentEncoding, byte[] body, boolean endless) {}

  private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
  private static final AtomicInteger IDS = new AtomicInteger();
  private static HttpServer server;
  private static URI base;
  private static Client jaxrs;

  /** The API as a MicroProfile Rest Client interface. */
  @Path("/")
  public interface VendorApi {
    @GET
    @Path("a/{id}")
    String get(@PathParam("id") String id);
  }

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/a/", exchange -> {
      try (exchange) {
        Answer answer = ANSWERS.get(exchange.getRequestURI().getPath().substring(3));
        exchange.getRequestBody().readAllBytes();
        if (answer.contentType() != null) {
          exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        }
        if (answer.contentEncoding() != null) {
          exchange.getResponseHeaders().set("Content-Encoding", answer.contentEncoding());
        }
        if (answer.endless()) {
          exchange.sendResponseHeaders(answer.status(), 0); // chunked, never ending until the client goes
          byte[] chunk = new byte[8192];
          java.util.Arrays.fill(chunk, (byte) ' ');
          OutputStream out = exchange.getResponseBody();
          for (long sent = 0; sent < 1L << 32; sent += chunk.length) {
            out.write(chunk);
          }
          return;
        }
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        exchange.getResponseBody().write(answer.body());
      } catch (IOException clientWentAway) {
        // the client read what it wanted and closed
      }
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    jaxrs = ClientBuilder.newClient().register(new ErrorContractClientFilter(VendorDecoder.decoder()));
  }

  @AfterAll
  static void stop() {
    jaxrs.close();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  @Test
  void everyDocumentedAnswerInEverySpellingDecodesOnEveryClient() throws Exception {
    List<CatalogException> documented = everyDocumentedAnswer();
    assertEquals(VendorError.values().length, documented.size());
    int decoded = 0;
    for (CatalogException sent : documented) {
      byte[] canonical = sent.body().toByteArray();
      Map<String, Answer> spellings = spellings(sent, canonical);
      assertTrue(spellings.size() >= 10);
      for (Map.Entry<String, Answer> spelling : spellings.entrySet()) {
        String id = serve(spelling.getValue());
        for (String client : CLIENTS) {
          RuntimeException thrown = call(client, id);
          String where = client + ", " + spelling.getKey() + ": " + new String(spelling.getValue().body(), UTF_8);
          assertInstanceOf(sent.getClass(), thrown, () -> where + " -> " + thrown);
          CatalogException received = (CatalogException) thrown;
          assertEquals(sent.status(), received.status(), where);
          assertEquals(sent.detail(), received.detail(), where);
          assertArrayEquals(canonical, received.body().toByteArray(), where);
          decoded++;
        }
      }
    }
    assertEquals(documented.size() * 13 * CLIENTS.size(), decoded);
  }

  @Test
  void hostileBodiesStayUndocumentedOnEveryClient() throws Exception {
    String json = "application/json";
    Map<String, Object[]> hostile = new LinkedHashMap<>();
    hostile.put("html", new Object[] {Reason.OTHER_MEDIA_TYPE,
        new Answer(500, "text/html", null, bytes("<html><body>Bad Gateway</body></html>"), false)});
    hostile.put("html without a media type", new Object[] {Reason.UNDOCUMENTED_STATUS,
        new Answer(502, null, null, bytes("<html><body>Bad Gateway</body></html>"), false)});
    hostile.put("html on a documented status", new Object[] {Reason.UNDOCUMENTED_BODY,
        new Answer(404, null, null, bytes("<html><body>Not Found</body></html>"), false)});
    hostile.put("empty", new Object[] {Reason.UNDOCUMENTED_BODY, new Answer(500, json, null, new byte[0], false)});
    String limit = "{\"message\":\"Invalid limit: %s\",\"code\":\"invalid_limit\",\"type\":\"invalid_request_error\",\"status\":400}";
    hostile.put("truncated", new Object[] {Reason.UNDOCUMENTED_BODY,
        new Answer(400, json, null, bytes(String.format(limit, "5").substring(0, 40)), false)});
    for (String text : new String[] {"05", "+5", "5.0", "99999999999", "five", "\\u0035x"}) {
      hostile.put("limit " + text, new Object[] {Reason.UNDOCUMENTED_BODY,
          new Answer(400, json, null, bytes(String.format(limit, text)), false)});
    }
    hostile.put("member twice", new Object[] {Reason.UNDOCUMENTED_BODY, new Answer(400, json, null,
        bytes(String.format(limit, "5").replace("}", ",\"code\":\"invalid_limit\"}")), false)});
    hostile.put("status as a string", new Object[] {Reason.UNDOCUMENTED_BODY,
        new Answer(400, json, null, bytes(String.format(limit, "5").replace(":400", ":\"400\"")), false)});
    hostile.put("member disagreeing with the detail", new Object[] {Reason.UNDOCUMENTED_BODY, new Answer(404, json, null,
        bytes("{\"message\":\"Order 7 of Ann not found\",\"code\":\"order_not_found\",\"type\":\"invalid_request_error\","
            + "\"status\":404,\"order\":8}"), false)});
    hostile.put("order out of long", new Object[] {Reason.UNDOCUMENTED_BODY, new Answer(404, json, null,
        bytes("{\"message\":\"Order 9223372036854775808 of Ann not found\",\"code\":\"order_not_found\","
            + "\"type\":\"invalid_request_error\",\"status\":404,\"order\":9223372036854775808}"), false)});
    byte[] invalidUtf8 = bytes(String.format(limit, "5").replace("Invalid", "Inv\u00e9lid"));
    invalidUtf8[invalidUtf8.length - 60] = (byte) 0xC3;
    hostile.put("invalid utf-8", new Object[] {Reason.UNDOCUMENTED_BODY, new Answer(400, json, null, invalidUtf8, false)});
    hostile.put("unknown encoding", new Object[] {Reason.UNDOCUMENTED_BODY,
        new Answer(400, json, "br", bytes(String.format(limit, "5")), false)});
    hostile.put("gzip that is not", new Object[] {Reason.UNREADABLE_BODY,
        new Answer(400, json, "gzip", bytes(String.format(limit, "5")), false)});
    hostile.put("decompression bomb", new Object[] {Reason.BODY_TOO_LARGE,
        new Answer(400, json, "gzip", gzip(new byte[100 * 1024 * 1024]), false)});
    byte[] large = new byte[70 * 1024];
    java.util.Arrays.fill(large, (byte) ' ');
    hostile.put("over 64 KiB", new Object[] {Reason.BODY_TOO_LARGE, new Answer(400, json, null, large, false)});
    hostile.put("endless chunked body", new Object[] {Reason.BODY_TOO_LARGE, new Answer(400, json, null, null, true)});
    for (Map.Entry<String, Object[]> h : hostile.entrySet()) {
      String id = serve((Answer) h.getValue()[1]);
      for (String client : CLIENTS) {
        RuntimeException thrown = call(client, id);
        String where = client + ", " + h.getKey();
        UndocumentedAnswerException e = assertInstanceOf(UndocumentedAnswerException.class, thrown, () -> where + ": " + thrown);
        assertSame(h.getValue()[0], e.reason(), where);
        assertTrue(e.bodyPrefix().length <= UndocumentedAnswerException.PREFIX_LIMIT, where);
      }
    }
  }

  /** One exception per error of the catalog, its arguments sample values (the double one JDK 19 writes otherwise). */
  private static List<CatalogException> everyDocumentedAnswer() throws ReflectiveOperationException {
    List<CatalogException> all = new ArrayList<>();
    for (Class<?> type : VendorException.class.getPermittedSubclasses()) {
      Constructor<?> widest = null;
      for (Constructor<?> c : type.getConstructors()) {
        boolean withCause = List.of(c.getParameterTypes()).contains(Throwable.class);
        if (!withCause && (widest == null || c.getParameterCount() > widest.getParameterCount())) {
          widest = c;
        }
      }
      Object[] values = new Object[widest.getParameterCount()];
      for (int i = 0; i < values.length; i++) {
        Class<?> p = widest.getParameterTypes()[i];
        values[i] = p == int.class ? 5000 : p == long.class ? 7L : p == double.class ? 2.0E23
            : "Ann \"the\" \u00c9mile / \uD83D\uDE00";
      }
      all.add((CatalogException) widest.newInstance(values));
    }
    return all;
  }

  /** The answer as thirteen servers not built with this library might write it. */
  private static Map<String, Answer> spellings(CatalogException sent, byte[] canonical) throws IOException {
    ObjectNode tree = (ObjectNode) JACKSON.readTree(canonical);
    int status = sent.status();
    String json = "application/json";
    Map<String, Answer> s = new LinkedHashMap<>();
    s.put("jackson compact", new Answer(status, json, null, JACKSON.writeValueAsBytes(tree), false));
    s.put("jackson pretty", new Answer(status, json, null,
        JACKSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree), false));
    s.put("members reversed", new Answer(status, json, null, bytes(write(tree, Style.ofReversed())), false));
    s.put("extra members", new Answer(status, json, null, bytes(write(tree, Style.ofExtra())), false));
    s.put("every character escaped", new Answer(status, json, null, bytes(write(tree, Style.ofEscapeAll())), false));
    s.put("tabs, CRLF and a trailing newline", new Answer(status, json, null,
        bytes(write(tree, Style.ofWhitespace()) + "\r\n"), false));
    s.put("numbers spelled otherwise", new Answer(status, json, null, bytes(write(tree, Style.ofNumbers())), false));
    s.put("python json.dumps", new Answer(status, "application/json; charset=utf-8", null,
        bytes(write(tree, Style.ofPython())), false));
    s.put("shuffled, gzip", new Answer(status, json, "gzip", gzip(bytes(write(tree, Style.ofShuffled()))), false));
    s.put("no Content-Type", new Answer(status, null, null, bytes(write(tree, Style.ofReversed())), false));
    s.put("deflate", new Answer(status, "Application/JSON;charset=UTF-8", "deflate",
        deflate(bytes(write(tree, Style.ofWhitespace()))), false));
    s.put("raw UTF-8, escaped slash", new Answer(status, json, null, bytes(write(tree, Style.ofRawSlash())), false));
    // A double the other JDK family writes with other digits (JDK 17: 1.9999999999999998E23, JDK 19+: 2.0E23).
    String other = Double.toString(2.0E23).equals("2.0E23") ? "1.9999999999999998E23" : "2.0E23";
    s.put("the other JDK's double", new Answer(status, json, null,
        bytes(write(tree, Style.ofPretty()).replace(Double.toString(2.0E23), other)), false));
    return s;
  }

  /** How one hand-written JSON writer spells a value. */
  private record Style(boolean reverse, boolean shuffle, boolean extra, boolean escapeAll, boolean asciiOnly,
      boolean escapeSlash, String indent, String newline, String colon, String comma, boolean numbers) {
    static Style ofReversed() {
      return new Style(true, false, false, false, false, false, "", "", ":", ",", false);
    }

    static Style ofShuffled() {
      return new Style(false, true, false, false, false, false, "", "", " : ", " , ", false);
    }

    static Style ofExtra() {
      return new Style(false, false, true, false, false, false, "", "", ":", ",", false);
    }

    static Style ofEscapeAll() {
      return new Style(false, false, false, true, true, true, "", "", ":", ",", false);
    }

    static Style ofWhitespace() {
      return new Style(false, false, false, false, false, false, "\t", "\r\n", " :\t", ",", false);
    }

    static Style ofNumbers() {
      return new Style(true, false, false, false, false, false, "", "", ":", ",", true);
    }

    static Style ofPython() {
      return new Style(false, false, false, false, true, false, "", "", ": ", ", ", false);
    }

    static Style ofRawSlash() {
      return new Style(false, false, false, false, false, true, "", "", ":", ",", false);
    }

    static Style ofPretty() {
      return new Style(false, false, true, false, false, false, "  ", "\n", ": ", ",", false);
    }
  }

  private static String write(JsonNode node, Style style) {
    StringBuilder out = new StringBuilder();
    write(node, style, out, 0, new SplittableRandom(node.toString().hashCode()));
    return out.toString();
  }

  private static void write(JsonNode node, Style style, StringBuilder out, int depth, SplittableRandom random) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        members.add(it.next());
      }
      if (style.reverse()) {
        Collections.reverse(members);
      }
      if (style.shuffle()) {
        Collections.shuffle(members, new java.util.Random(random.nextLong()));
      }
      if (style.extra() && depth == 0) {
        members.add(0, Map.entry("request_id", JACKSON.getNodeFactory().textNode("req_8FkQ2")));
        members.add(Map.entry("meta", JACKSON.createObjectNode().put("retry", true).set("tags",
            JACKSON.createArrayNode().add(1).add("x").addNull())));
      }
      out.append('{');
      for (int i = 0; i < members.size(); i++) {
        out.append(i == 0 ? "" : style.comma()).append(style.newline()).append(style.indent().repeat(depth + 1));
        string(members.get(i).getKey(), style, out);
        out.append(style.colon());
        write(members.get(i).getValue(), style, out, depth + 1, random);
      }
      out.append(style.newline()).append(style.indent().repeat(depth)).append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : style.comma());
        write(node.get(i), style, out, depth + 1, random);
      }
      out.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), style, out);
    } else if (node.isIntegralNumber() && style.numbers()) {
      // 404 as 4.04E2, 7 as 7.0: the same numbers.
      out.append(node.longValue() % 2 == 0 ? node.longValue() / 100.0 + "E2" : node.longValue() + ".0");
    } else {
      out.append(node.toString());
    }
  }

  private static void string(String text, Style style, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (style.escapeAll()) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '/' && style.escapeSlash()) {
        out.append("\\/");
      } else if (c < 0x20 || c > 0x7E && style.asciiOnly()) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static String serve(Answer answer) {
    String id = Integer.toString(IDS.incrementAndGet());
    ANSWERS.put(id, answer);
    return id;
  }

  /** What the client throws for the answer at {@code id}; every answer here is an error answer. */
  private static RuntimeException call(String client, String id) throws Exception {
    try {
      switch (client) {
        case "java.net.http" -> VendorDecoder.decoder().send(HTTP,
            HttpRequest.newBuilder(base.resolve("a/" + id)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        case "jax-rs" -> jaxrs.target(base).path("a/" + id).request().get(String.class);
        default -> RestClientBuilder.newBuilder().baseUri(base)
            .register(new ErrorContractResponseExceptionMapper(VendorDecoder.decoder()))
            .build(VendorApi.class).get(id);
      }
    } catch (RuntimeException e) {
      return client.equals("jax-rs") ? ErrorContractClientFilter.unwrap(e) : e;
    }
    throw new AssertionError(client + ": no exception for answer " + id);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
      deflate.write(body);
    }
    assertNotNull(out);
    return out.toByteArray();
  }
}
