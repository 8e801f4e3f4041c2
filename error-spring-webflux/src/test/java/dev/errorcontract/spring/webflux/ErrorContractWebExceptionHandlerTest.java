package dev.errorcontract.spring.webflux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

/** The handler on a mock exchange: what no HTTP request can show. */
class ErrorContractWebExceptionHandlerTest {

  private final ErrorContractWebExceptionHandler handler = new ErrorContractWebExceptionHandler(FluxError.table());
  /** Held: java.util.logging keeps loggers weakly, and a collected one would lose the handler. */
  private static final Logger LOGGER = Logger.getLogger(ErrorContractWebExceptionHandler.LOGGER);
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void listen() {
    LOGGER.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    LOGGER.removeHandler(capture);
  }

  @Test
  void aCommittedResponseIsLeftAloneAndTheFailureLoggedAndHandedOn() {
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/stream"));
    exchange.getResponse().setStatusCode(HttpStatus.OK);
    exchange.getResponse().setComplete().block();
    IllegalStateException failure = new IllegalStateException("failed mid-stream");

    Throwable handedOn = null;
    try {
      handler.handle(exchange, failure).block();
    } catch (IllegalStateException e) {
      handedOn = e;
    }

    assertSame(failure, handedOn);
    assertEquals(200, exchange.getResponse().getStatusCode().value());
    assertEquals(1, logged.size());
    assertEquals(Level.SEVERE, logged.get(0).getLevel());
    assertSame(failure, logged.get(0).getThrown());
  }

  @Test
  void contentHeadersTheHandlerStartedAreReplaced() {
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/x"));
    exchange.getResponse().getHeaders().set("Content-Type", "text/csv");
    exchange.getResponse().getHeaders().set("Content-Language", "fr");
    exchange.getResponse().getHeaders().set("X-Kept", "yes");

    handler.handle(exchange, new FluxException.InvalidNonce()).block();

    assertEquals(400, exchange.getResponse().getStatusCode().value());
    assertEquals("application/json", exchange.getResponse().getHeaders().getFirst("Content-Type"));
    assertNull(exchange.getResponse().getHeaders().getFirst("Content-Language"));
    assertEquals("yes", exchange.getResponse().getHeaders().getFirst("X-Kept"));
    assertEquals("{\"detail\":\"Invalid nonce\",\"instance\":\"/x\"}",
        exchange.getResponse().getBodyAsString().block());
    assertEquals(List.of(), logged);
  }

  @Test
  void anUndocumentedServerStatusAnswersAs500() {
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/x"));

    handler.handle(exchange, new ResponseStatusException(HttpStatusCode.valueOf(599), "secret")).block();

    assertEquals(500, exchange.getResponse().getStatusCode().value());
    assertEquals("{\"detail\":\"Internal server error\",\"instance\":\"/x\"}",
        exchange.getResponse().getBodyAsString().block());
    assertEquals(List.of(), logged);
  }
}
