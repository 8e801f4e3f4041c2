package dev.errorcontract.spring.client;

import dev.errorcontract.catalog.ErrorDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The client side of a catalog for {@code WebClient}: an error answer (400 to 599) fails the exchange
 * with the catalog's typed exception, or with an {@link dev.errorcontract.catalog.UndocumentedAnswerException}
 * when the catalog does not document it; at most {@link ErrorDecoder#BODY_LIMIT} bytes of the body are
 * read and the rest is cancelled. Other answers pass untouched.
 *
 * <pre>{@code
 * WebClient client = WebClient.builder().baseUrl(uri)
 *     .filter(new ErrorContractExchangeFilter(PassportDecoder.decoder())).build();
 * }</pre>
 *
 * <p>A filter, so it applies to {@code retrieve()} and {@code exchangeToMono(...)} alike, and to an
 * {@code @HttpExchange} interface built on the client ({@code
 * HttpServiceProxyFactory.builderFor(WebClientAdapter.create(client))}). {@code block()} rethrows the
 * exception as it is. Nothing blocks: the body is collected as it arrives, by the same bounded reader
 * {@link ErrorDecoder#bodyHandler} gives {@code java.net.http}.
 */
public final class ErrorContractExchangeFilter implements ExchangeFilterFunction {

  private final ErrorDecoder decoder;

  /** A filter decoding with {@code decoder}, such as {@code PassportDecoder.decoder()}. */
  public ErrorContractExchangeFilter(ErrorDecoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    return next.exchange(request).flatMap(response -> {
      int status = response.statusCode().value();
      return status >= 400 && status <= 599 ? failed(status, response) : Mono.just(response);
    });
  }

  /** Reads the error body, at most one byte past the bound, and fails with the decoded exception. */
  private Mono<ClientResponse> failed(int status, ClientResponse response) {
    return Mono.defer(() -> {
      HttpResponse.BodySubscriber<Void> reader = decoder
          .bodyHandler(HttpResponse.BodyHandlers.discarding())
          .apply(new Info(status, response.headers().asHttpHeaders()));
      Flux<List<ByteBuffer>> body = response.bodyToFlux(DataBuffer.class)
          .map(ErrorContractExchangeFilter::copied)
          .doOnDiscard(DataBuffer.class, DataBufferUtils::release);
      JdkFlowAdapter.publisherToFlowPublisher(body).subscribe(reader);
      // An error status: the reader always fails, with the decoded exception.
      return Mono.fromCompletionStage(reader.getBody()).then(Mono.<ClientResponse>empty());
    });
  }

  /** The bytes of a buffer, which is released. */
  private static List<ByteBuffer> copied(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return List.of(ByteBuffer.wrap(bytes));
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  /** What the bounded reader is told of the answer: its status and the two headers it reads. */
  private static final class Info implements HttpResponse.ResponseInfo {

    private final int status;
    private final java.net.http.HttpHeaders headers;

    Info(int status, HttpHeaders received) {
      this.status = status;
      // Methods taking a String only: see ErrorContractResponseErrorHandler.encoding.
      Map<String, List<String>> read = new LinkedHashMap<>();
      String contentType = received.getFirst(HttpHeaders.CONTENT_TYPE);
      if (contentType != null) {
        read.put(HttpHeaders.CONTENT_TYPE, List.of(contentType));
      }
      String encoding = ErrorContractResponseErrorHandler.encoding(received);
      if (encoding != null) {
        read.put(HttpHeaders.CONTENT_ENCODING, List.of(encoding));
      }
      this.headers = java.net.http.HttpHeaders.of(read, (name, value) -> true);
    }

    @Override
    public int statusCode() {
      return status;
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return headers;
    }

    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }

  @Override
  public String toString() {
    return "ErrorContractExchangeFilter(" + decoder + ")";
  }
}
