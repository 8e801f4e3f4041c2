package dev.errorcontract.jaxrs.client;

import dev.errorcontract.catalog.ErrorDecoder;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Objects;

/**
 * The client side of a catalog for {@code jakarta.ws.rs.client}: an error answer (400 to 599) is read,
 * at most {@link ErrorDecoder#BODY_LIMIT} bytes of it, and thrown as the catalog's typed exception, or
 * as an {@link dev.errorcontract.catalog.UndocumentedAnswerException} when the catalog does not
 * document it. Other answers pass untouched.
 *
 * <pre>{@code
 * Client client = ClientBuilder.newClient().register(new ErrorContractClientFilter(PassportDecoder.decoder()));
 * }</pre>
 *
 * <p>Whether the exception reaches the caller as itself depends on the implementation: the JAX-RS
 * specification lets a client wrap what a filter throws, and Jersey's client throws a {@code
 * ProcessingException} whose cause it is. {@link #unwrap} gives it back in either case.
 */
public final class ErrorContractClientFilter implements ClientResponseFilter {

  private final ErrorDecoder decoder;

  /** A filter decoding with {@code decoder}, such as {@code PassportDecoder.decoder()}. */
  public ErrorContractClientFilter(ErrorDecoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) {
    int status = response.getStatus();
    if (status < 400 || status > 599) {
      return;
    }
    throw decoder.exceptionFor(status, response.getHeaderString(HttpHeaders.CONTENT_TYPE),
        response.getHeaderString(HttpHeaders.CONTENT_ENCODING), response.hasEntity() ? response.getEntityStream() : null);
  }

  /**
   * The decoded exception a client threw, itself or as the cause of its {@code ProcessingException}; any
   * other exception as it is.
   */
  public static RuntimeException unwrap(RuntimeException thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof dev.errorcontract.catalog.CatalogException
          || cause instanceof dev.errorcontract.catalog.UndocumentedAnswerException) {
        return (RuntimeException) cause;
      }
    }
    return thrown;
  }
}
