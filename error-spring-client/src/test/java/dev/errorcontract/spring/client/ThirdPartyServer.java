package dev.errorcontract.spring.client;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server not built with the library: the JDK's {@code com.sun.net.httpserver} on 127.0.0.1, port 0,
 * answering {@code /a/<id>} with bytes written by hand. An endless answer writes until the client goes
 * away, and records that it did.
 */
final class ThirdPartyServer implements AutoCloseable {

  /** What the server answers: a body, or, when {@code body} is null, an endless chunked body of spaces. */
  record Answer(int status, String contentType, String contentEncoding, byte[] body) {}

  /** How an endless answer ended: counted down when the client closed the connection. */
  static final class Endless {
    final CountDownLatch clientWentAway = new CountDownLatch(1);
    volatile long sent;
  }

  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, Endless> endless = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);

  ThirdPartyServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.createContext("/a/", exchange -> {
      String id = exchange.getRequestURI().getPath().substring(3);
      Answer answer = answers.get(id);
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        if (answer.contentType() != null) {
          exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        }
        if (answer.contentEncoding() != null) {
          exchange.getResponseHeaders().set("Content-Encoding", answer.contentEncoding());
        }
        if (answer.body() == null) {
          Endless progress = endless.get(id);
          exchange.sendResponseHeaders(answer.status(), 0); // chunked, until the client goes away
          byte[] chunk = new byte[8192];
          Arrays.fill(chunk, (byte) ' ');
          OutputStream out = exchange.getResponseBody();
          try {
            while (true) {
              out.write(chunk);
              out.flush();
              progress.sent += chunk.length;
            }
          } catch (IOException clientWentAway) {
            progress.clientWentAway.countDown();
            return;
          }
        }
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        exchange.getResponseBody().write(answer.body());
      } catch (IOException clientWentAway) {
        // the client read what it wanted and closed
      }
    });
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Serves {@code answer} at {@code /a/<id>}; returns the id. */
  String serve(Answer answer) {
    String id = Integer.toString(ids.incrementAndGet());
    answers.put(id, answer);
    return id;
  }

  /** Serves an endless body with {@code status} and the JSON media type at a new id. */
  String serveEndless(int status, Endless progress) {
    String id = serve(new Answer(status, "application/json", null, null));
    endless.put(id, progress);
    return id;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
