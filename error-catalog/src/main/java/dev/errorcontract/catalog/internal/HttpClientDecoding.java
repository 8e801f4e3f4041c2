package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.UndocumentedAnswerException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletionException;

/** The {@code java.net.http} side of {@link ErrorDecoder}: error answers become the decoded exceptions. */
public final class HttpClientDecoding {

  private HttpClientDecoding() {}

  /** See {@link ErrorDecoder#bodyHandler}. */
  public static <T> HttpResponse.BodyHandler<T> bodyHandler(ErrorDecoder decoder, HttpResponse.BodyHandler<T> handler) {
    return info -> {
      if (info.statusCode() < 400) {
        return handler.apply(info);
      }
      String mediaType = info.headers().firstValue("Content-Type").orElse(null);
      String encoding = String.join(",", info.headers().allValues("Content-Encoding"));
      return new BoundedErrorSubscriber<>(decoder, info.statusCode(), mediaType, encoding.isEmpty() ? null : encoding);
    };
  }

  /** See {@link ErrorDecoder#send}: the decoded exception unwrapped from the client's {@link IOException}. */
  public static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    try {
      return client.send(request, handler);
    } catch (IOException e) {
      throw unwrapped(e);
    }
  }

  private static IOException unwrapped(IOException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof CatalogException || cause instanceof UndocumentedAnswerException) {
        throw (RuntimeException) cause;
      }
      if (!(cause instanceof IOException || cause instanceof CompletionException)) {
        break;
      }
    }
    return e;
  }

  /**
   * Collects an error body up to one byte past the decoder's limit, then cancels the rest, and fails
   * with the decoded exception. Never blocks a client thread.
   */
  private static final class BoundedErrorSubscriber<T> implements HttpResponse.BodySubscriber<T> {

    private final ErrorDecoder decoder;
    private final int status;
    private final String mediaType;
    private final String contentEncoding;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private byte[] buffer = new byte[1024];
    private int size;
    private Flow.Subscription subscription;

    BoundedErrorSubscriber(ErrorDecoder decoder, int status, String mediaType, String contentEncoding) {
      this.decoder = decoder;
      this.status = status;
      this.mediaType = mediaType;
      this.contentEncoding = contentEncoding;
    }

    @Override
    public CompletionStage<T> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        int wanted = Math.min(item.remaining(), ErrorDecoder.BODY_LIMIT + 1 - size);
        if (size + wanted > buffer.length) {
          buffer = Arrays.copyOf(buffer, Math.min(Math.max(buffer.length * 2, size + wanted), ErrorDecoder.BODY_LIMIT + 1));
        }
        item.get(buffer, size, wanted);
        size += wanted;
        if (size > ErrorDecoder.BODY_LIMIT) {
          subscription.cancel();
          finish();
          return;
        }
      }
    }

    @Override
    public void onError(Throwable failure) {
      result.completeExceptionally(new UndocumentedAnswerException(decoder.table().name(), status, mediaType, buffer,
          size, UndocumentedAnswerException.Reason.UNREADABLE_BODY, failure));
    }

    @Override
    public void onComplete() {
      finish();
    }

    private void finish() {
      if (!result.isDone()) {
        result.completeExceptionally(decoder.exceptionFor(status, mediaType, contentEncoding, buffer, size));
      }
    }
  }
}
