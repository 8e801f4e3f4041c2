package dev.errorcontract.jaxrs.client;

import dev.errorcontract.catalog.ErrorDecoder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
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
 * <p>Needs {@code org.eclipse.microprofile.rest.client:microprofile-rest-client-api}, which
 * error-jaxrs does not bring: a MicroProfile runtime has it.
 */
public final class ErrorContractResponseExceptionMapper implements ResponseExceptionMapper<RuntimeException> {

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
    InputStream body = response.hasEntity() ? response.readEntity(InputStream.class) : null;
    return decoder.exceptionFor(response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
  }

  @Override
  public int getPriority() {
    return PRIORITY;
  }
}
