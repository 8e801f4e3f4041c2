package dev.errorcontract.spring.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.UndocumentedAnswerException;
import dev.errorcontract.catalog.UndocumentedAnswerException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/** The handler without a server: which statuses it takes, a body that cannot be read, the body closed. */
class ErrorContractResponseErrorHandlerTest {

  private final ErrorContractResponseErrorHandler handler = new ErrorContractResponseErrorHandler(ShopDecoder.decoder());

  /** A response whose body is {@code body}, or whose {@code getBody()} fails when it is null. */
  private static final class Response implements ClientHttpResponse {
    final int status;
    final HttpHeaders headers = new HttpHeaders();
    final InputStream body;
    final AtomicBoolean bodyClosed = new AtomicBoolean();

    Response(int status, String body) {
      this.status = status;
      this.body = body == null ? null : new ByteArrayInputStream(body.getBytes(UTF_8)) {
        @Override
        public void close() {
          bodyClosed.set(true);
        }
      };
    }

    @Override
    public HttpStatusCode getStatusCode() {
      return HttpStatusCode.valueOf(status);
    }

    @Override
    public String getStatusText() {
      return "";
    }

    @Override
    public HttpHeaders getHeaders() {
      return headers;
    }

    @Override
    public InputStream getBody() throws IOException {
      if (body == null) {
        throw new IOException("connection reset");
      }
      return body;
    }

    @Override
    public void close() {}
  }

  @Test
  void takesTheStatuses400To599Only() throws IOException {
    for (int status : new int[] {200, 304, 399, 600, 999}) {
      assertFalse(handler.hasError(new Response(status, "")), Integer.toString(status));
    }
    for (int status : new int[] {400, 418, 599}) {
      assertTrue(handler.hasError(new Response(status, "")), Integer.toString(status));
    }
  }

  @Test
  void throwsTheTypedExceptionAndClosesTheBody() {
    Response response = new Response(400, "{\"message\":\"Invalid limit: 12\",\"code\":\"invalid_limit\",\"status\":400}");
    response.headers.add(HttpHeaders.CONTENT_TYPE, "application/json");
    ShopException.InvalidLimit e = assertThrows(ShopException.InvalidLimit.class,
        () -> handler.handleError(URI.create("http://127.0.0.1/"), HttpMethod.GET, response));
    assertEquals(12, e.limit());
    assertTrue(response.bodyClosed.get());
  }

  @Test
  void aBodyThatCannotBeOpenedIsUnreadable() {
    Response response = new Response(404, null);
    response.headers.add(HttpHeaders.CONTENT_TYPE, "application/json");
    UndocumentedAnswerException e = assertInstanceOf(UndocumentedAnswerException.class, handler.exceptionFor(response));
    assertSame(Reason.UNREADABLE_BODY, e.reason());
    assertEquals(404, e.status());
    assertEquals("connection reset", e.getCause().getMessage());
  }

  @Test
  void contentEncodingsListedInSeveralHeadersAreOneList() {
    HttpHeaders headers = new HttpHeaders();
    assertEquals(null, ErrorContractResponseErrorHandler.encoding(headers));
    headers.add(HttpHeaders.CONTENT_ENCODING, "gzip");
    headers.add(HttpHeaders.CONTENT_ENCODING, "identity, br");
    assertEquals("gzip,identity,br", ErrorContractResponseErrorHandler.encoding(headers));
  }
}
