package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.jaxrs.internal.undertow.UndertowContentType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes an {@link ErrorBody}'s bytes verbatim, whatever the media type. Typed {@code ErrorBody}, it
 * is chosen over JSON providers typed {@code Object} (Jackson, JSON-B), so the bytes on the wire are
 * the catalog's bytes whatever JSON provider the application installs.
 *
 * <p>It also puts the catalog's own spelling of the media type back into {@code Content-Type} (see
 * {@link ExactMediaType}): the headers may still change until the first byte is written.
 *
 * <p>Internal: public because the feature ({@code dev.errorcontract.jaxrs}) registers it (generated
 * providers reach it through {@link ProviderRuntime#bodyWriter()}); not an API.
 */
public final class ErrorBodyWriter implements MessageBodyWriter<ErrorBody> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    // The entity's runtime class: ErrorBody's kinds are subclasses.
    return ErrorBody.class.isAssignableFrom(type);
  }

  /** The exact length, so that containers can send {@code Content-Length} instead of chunks. */
  @Override
  public long getSize(
      ErrorBody body, Class<?> type, Type genericType, Annotation[] annotations,
      MediaType mediaType) {
    return body.length();
  }

  @Override
  public void writeTo(
      ErrorBody body, Class<?> type, Type genericType, Annotation[] annotations,
      MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream out)
      throws IOException {
    exactContentType(mediaType, httpHeaders);
    body.writeTo(out);
    afterFirstByte(mediaType);
  }

  /**
   * Replaces the implementation's spelling of the media type with the declared one: Jersey and CXF
   * send a string header as it is.
   */
  static void exactContentType(MediaType mediaType, MultivaluedMap<String, Object> httpHeaders) {
    // Only where a spelling may differ: a plain application/json costs nothing here.
    if (mediaType instanceof ExactMediaType && ((ExactMediaType) mediaType).respelled()) {
      httpHeaders.putSingle(HttpHeaders.CONTENT_TYPE, ((ExactMediaType) mediaType).declared());
    }
  }

  /** Undertow respells even a string header; see {@link UndertowContentType}. */
  static void afterFirstByte(MediaType mediaType) {
    if (mediaType instanceof ExactMediaType && ((ExactMediaType) mediaType).respelled()) {
      UndertowContentType.restore(((ExactMediaType) mediaType).declared());
    }
  }
}
