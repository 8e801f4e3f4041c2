package dev.errorcontract.spring.client;

import dev.errorcontract.catalog.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * The client side of a catalog for {@code RestClient} and {@code RestTemplate}: an error answer (400 to
 * 599) is read, at most {@link ErrorDecoder#BODY_LIMIT} bytes of it, and thrown as the catalog's typed
 * exception, or as an {@link dev.errorcontract.catalog.UndocumentedAnswerException} when the catalog does
 * not document it. Other answers are left to the client.
 *
 * <pre>{@code
 * RestClient client = RestClient.builder().baseUrl(uri)
 *     .defaultStatusHandler(new ErrorContractResponseErrorHandler(PassportDecoder.decoder())).build();
 * restTemplate.setErrorHandler(new ErrorContractResponseErrorHandler(PassportDecoder.decoder()));
 * }</pre>
 *
 * <p>An {@code @HttpExchange} interface built on such a {@code RestClient} ({@code
 * HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client))}) throws the same exceptions.
 * {@code RestClient} applies status handlers in {@code retrieve()}, not in {@code exchange(...)}, where
 * the caller reads the response itself.
 *
 * <p>The body is closed once decoded, before the client closes the response: Spring's responses read
 * whatever is left of a body when they are closed (to reuse the connection), which for an endless body
 * would never end. Closing the body first ends the connection instead, so the bound holds on the time
 * spent as well as on memory.
 */
public final class ErrorContractResponseErrorHandler implements ResponseErrorHandler {

  private final ErrorDecoder decoder;

  /** A handler decoding with {@code decoder}, such as {@code PassportDecoder.decoder()}. */
  public ErrorContractResponseErrorHandler(ErrorDecoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /** Whether the status is 400 to 599. */
  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    int status = response.getStatusCode().value();
    return status >= 400 && status <= 599;
  }

  /** Throws the decoded exception: the typed one, or an {@code UndocumentedAnswerException}. */
  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    throw exceptionFor(response);
  }

  /**
   * The decoded exception of an error answer, returned; never throws. A body that cannot be read at all
   * is an {@code UNREADABLE_BODY} answer, as a body failing halfway.
   */
  public RuntimeException exceptionFor(ClientHttpResponse response) {
    int status;
    try {
      status = response.getStatusCode().value();
    } catch (IOException | RuntimeException e) {
      return decoder.exceptionFor(0, null, failing(e));
    }
    HttpHeaders headers = response.getHeaders();
    InputStream body;
    try {
      body = response.getBody();
    } catch (IOException | RuntimeException e) {
      body = failing(e);
    }
    try {
      return decoder.exceptionFor(status, headers.getFirst(HttpHeaders.CONTENT_TYPE), encoding(headers), body);
    } finally {
      try {
        body.close();
      } catch (IOException | RuntimeException ignored) {
        // the answer is decoded; the connection is not reused
      }
    }
  }

  /**
   * Every {@code Content-Encoding} value, in the order received, as one list; null for none. Only
   * {@code HttpHeaders} methods taking a {@code String} are called here: Spring Framework 6.2's {@code
   * HttpHeaders} is a {@code Map}, 7.0's is not, and {@code get} is {@code get(Object)} in the one and
   * {@code get(String)} in the other, so code compiled against 6.2 calling it fails on 7.0.
   */
  static String encoding(HttpHeaders headers) {
    List<String> values = headers.getValuesAsList(HttpHeaders.CONTENT_ENCODING);
    return values.isEmpty() ? null : String.join(",", values);
  }

  /** A body whose reading fails with {@code failure}: the decoder reports it {@code UNREADABLE_BODY}. */
  private static InputStream failing(Exception failure) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw failure instanceof IOException io ? io : new IOException(failure);
      }
    };
  }

  @Override
  public String toString() {
    return "ErrorContractResponseErrorHandler(" + decoder + ")";
  }
}
