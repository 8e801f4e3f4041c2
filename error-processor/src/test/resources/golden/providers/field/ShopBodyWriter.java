package field;

import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.jaxrs.internal.GeneratedProvider;
import dev.errorcontract.jaxrs.internal.ProviderRuntime;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import javax.annotation.processing.Generated;

/**
 * Writes the Shop catalog's bodies byte for byte, with the media type spelled as declared,
 * whatever JSON provider the application installs.
 *
 * <p>Found by scanning and by build-time indexers (Quarkus): nothing to register. In Java SE,
 * register {@link ShopFeature#feature()} instead; registering both sends the same bytes. Thin: it
 * delegates to the error-jaxrs runtime the feature registers too.
 */
@Provider
@Priority(100)
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from field.ShopErrors"
)
public final class ShopBodyWriter implements MessageBodyWriter<ErrorBody>, GeneratedProvider<ShopError> {
  /**
   * The library's writer; stateless, shared.
   */
  private static final MessageBodyWriter<ErrorBody> WRITER = ProviderRuntime.bodyWriter();

  /**
   * Called by the JAX-RS implementation.
   */
  public ShopBodyWriter() {
  }

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations,
      MediaType mediaType) {
    return WRITER.isWriteable(type, genericType, annotations, mediaType);
  }

  @Override
  public long getSize(ErrorBody body, Class<?> type, Type genericType, Annotation[] annotations,
      MediaType mediaType) {
    return WRITER.getSize(body, type, genericType, annotations, mediaType);
  }

  @Override
  public void writeTo(ErrorBody body, Class<?> type, Type genericType, Annotation[] annotations,
      MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws
      IOException {
    WRITER.writeTo(body, type, genericType, annotations, mediaType, httpHeaders, out);
  }
}
