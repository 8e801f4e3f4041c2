package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.SeBootstrap;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog served by Jersey with the generated providers, and read back by the generated decoder. */
class ShopServerTest {

  private static SeBootstrap.Instance server;
  private static URI base;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() throws Exception {
    SeBootstrap.Configuration configuration =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP").host("127.0.0.1").port(0).rootPath("/").build();
    server = SeBootstrap.start(new ShopApplication(), configuration)
        .toCompletableFuture().get(30, TimeUnit.SECONDS);
    base = URI.create("http://127.0.0.1:" + server.configuration().port() + "/");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  private static HttpRequest get(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
  }

  private static HttpResponse<String> send(String path) throws Exception {
    return CLIENT.send(get(path), BodyHandlers.ofString());
  }

  @Test
  void anAnswerThatIsNoErrorPassesThrough() throws Exception {
    HttpResponse<String> response = send("orders?quantity=3");
    assertEquals(200, response.statusCode());
    assertEquals("{\"total\":15}", response.body());
  }

  @Test
  void aThrownErrorIsSentAsDocumented() throws Exception {
    HttpResponse<String> response = send("orders?quantity=120");
    assertEquals(400, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("{\"detail\":\"Invalid quantity: 120\"}", response.body());
  }

  @Test
  void anUnknownPathAnswersWithTheStatusTitle() throws Exception {
    HttpResponse<String> response = send("nowhere");
    assertEquals(404, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("{\"detail\":\"Not Found\"}", response.body());
  }

  @Test
  void theGeneratedDecoderThrowsTheServersException() {
    ShopException.InvalidQuantity thrown = assertThrows(ShopException.InvalidQuantity.class,
        () -> ShopDecoder.decoder().send(CLIENT, get("orders?quantity=0"), BodyHandlers.ofString()));
    assertEquals(0, thrown.quantity());
    assertEquals(ShopError.INVALID_QUANTITY, thrown.error());
  }
}
