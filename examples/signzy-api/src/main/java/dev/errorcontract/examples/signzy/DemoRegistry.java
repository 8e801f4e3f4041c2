package dev.errorcontract.examples.signzy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the PAN registry the Signzy server checks with: a separate HTTP service, started
 * in-process on a free 127.0.0.1 port when no {@code --upstream} is given. It is deliberately not a
 * JAX-RS application, so it shares nothing with the server that calls it.
 *
 * <ul>
 *   <li>{@code GET /pans/{pan}}: 200 {@code {"panNumber","name","status","category"}}, or 404;
 *   <li>{@code GET /pans/{pan}/updates?since=<instant>}: 200 {@code {"updates":[...]}} with the
 *       updates after {@code since}.
 * </ul>
 */
public final class DemoRegistry implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private static final Map<String, Pan> PANS =
      Map.of(
          "ABCDE1234F",
          new Pan(
              "ABCDE1234F",
              "ASHA VERMA",
              "VALID",
              "Individual",
              List.of(
                  new Update("address", "12 MG Road, Pune", Instant.parse("2024-03-01T10:00:00Z")),
                  new Update("name", "ASHA VERMA", Instant.parse("2025-06-15T09:30:00Z")))),
          "PQRST6789U",
          new Pan("PQRST6789U", "NILGIRI TRADERS", "VALID", "Firm", List.of()));

  private final HttpServer server;

  private DemoRegistry(HttpServer server) {
    this.server = server;
  }

  /** Starts the registry on a free port of 127.0.0.1. */
  public static DemoRegistry start() throws IOException {
    // The JDK server writes a response's head and body in two segments; with Nagle on, the client's
    // delayed ACK holds the body back about 40 ms, every call. Read once, when the server classes
    // load: a setting the user gave on the command line is kept.
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/pans/", DemoRegistry::handle);
    server.start();
    return new DemoRegistry(server);
  }

  /** The registry's base address, such as {@code http://127.0.0.1:43121/}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String[] parts = exchange.getRequestURI().getPath().split("/");
      // "", "pans", pan [, "updates"]
      Pan pan = parts.length >= 3 ? PANS.get(parts[2]) : null;
      if (!"GET".equals(exchange.getRequestMethod())
          || pan == null
          || parts.length > 4
          || (parts.length == 4 && !"updates".equals(parts[3]))) {
        send(exchange, 404, Map.of("error", "not found"));
      } else if (parts.length == 3) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("panNumber", pan.number);
        body.put("name", pan.name);
        body.put("status", pan.status);
        body.put("category", pan.category);
        send(exchange, 200, body);
      } else {
        Instant since;
        try {
          since = Instant.parse(query(exchange.getRequestURI(), "since"));
        } catch (DateTimeParseException | NullPointerException e) {
          send(exchange, 400, Map.of("error", "since must be an ISO-8601 instant"));
          return;
        }
        List<Map<String, String>> updates =
            pan.updates.stream()
                .filter(u -> u.at.isAfter(since))
                .map(u -> Map.of("field", u.field, "value", u.value, "updatedAt", u.at.toString()))
                .toList();
        send(exchange, 200, Map.of("updates", updates));
      }
    }
  }

  private static String query(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void send(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private record Pan(
      String number, String name, String status, String category, List<Update> updates) {}

  private record Update(String field, String value, Instant at) {}
}
