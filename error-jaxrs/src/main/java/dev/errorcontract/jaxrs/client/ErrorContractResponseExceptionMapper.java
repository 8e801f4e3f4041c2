package dev.errorcontract.jaxrs.client;

import dev.errorcontract.catalog.ErrorDecoder;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * The client side of a catalog for a MicroProfile Rest Client: an error answer (400 to 599) becomes
 * the catalog's typed exception, or an {@link dev.errorcontract.catalog.UndocumentedAnswerException},
 * which the client method throws as it is. At most {@link ErrorDecoder#BODY_LIMIT} bytes are read.
 *
 * <pre>{@code
 * PassportApi api = RestClientBuilder.newBuilder().baseUri(uri)
 *     .register(new ErrorContractResponseExceptionMapper(PassportDecoder.decoder())).build(PassportApi.class);
 * }</pre>
 *
 * <p>It is a {@link ClientResponseFilter} too, for the bound: a runtime may read the whole error body
 * into memory before any mapper runs (RESTEasy's MicroProfile client buffers it, so that several mappers
 * can each read it), and an endless body would then exhaust the heap. The filter, which runs first, cuts
 * an error answer's body one byte past the limit: what the runtime buffers is at most that, and the
 * mapper reports it {@code BODY_TOO_LARGE}.
 *
 * <p>Needs {@code org.eclipse.microprofile.rest.client:microprofile-rest-client-api}, which
 * error-jaxrs does not bring: a MicroProfile runtime has it.
 */
public final class ErrorContractResponseExceptionMapper
    implements ResponseExceptionMapper<RuntimeException>, ClientResponseFilter {

  /** Before the runtime's default mapper, whose priority is {@link Integer#MAX_VALUE}. */
  private static final int PRIORITY = 4000;

  private final ErrorDecoder decoder;

  /** A mapper decoding with {@code decoder}, such as {@code PassportDecoder.decoder()}. */
  public ErrorContractResponseExceptionMapper(ErrorDecoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400 && status <= 599;
  }

  @Override
  public RuntimeException toThrowable(Response response) {
    // Not only when hasEntity(): RESTEasy's is false for a body sent without a Content-Type, which is read all the same.
    InputStream body;
    try {
      body = response.readEntity(InputStream.class);
    } catch (RuntimeException none) {
      body = null;
    }
    return decoder.exceptionFor(response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE),
        response.getHeaderString(HttpHeaders.CONTENT_ENCODING), body);
  }

  @Override
  public int getPriority() {
    return PRIORITY;
  }

  /** Cuts an error answer's body one byte past {@link ErrorDecoder#BODY_LIMIT}; other answers pass untouched. */
  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) {
    int status = response.getStatus();
    if (status >= 400 && status <= 599 && response.getEntityStream() != null) {
      response.setEntityStream(new Bounded(response.getEntityStream(), ErrorDecoder.BODY_LIMIT + 1L));
    }
  }

  /** At most {@code limit} bytes of a stream, then its end. */
  static final class Bounded extends InputStream {

    private final InputStream in;
    private long left;

    Bounded(InputStream in, long limit) {
      this.in = in;
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
