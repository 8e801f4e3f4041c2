package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.ErrorBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a {@link PendingAnswer} the response filter did not finish (a response built with {@code
 * toResponse} and sent outside the application, say): the documented body without an instance,
 * rather than whatever a JSON provider would make of the object.
 *
 * <p>Internal: public because the feature ({@code dev.errorcontract.jaxrs}) registers it; not an API.
 */
public final class PendingAnswerWriter implements MessageBodyWriter<PendingAnswer> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == PendingAnswer.class;
  }

  @Override
  public long getSize(
      PendingAnswer answer, Class<?> type, Type genericType, Annotation[] annotations,
      MediaType mediaType) {
    ErrorBody body = answer.body(null);
    return body == null ? 0 : body.length();
  }

  @Override
  public void writeTo(
      PendingAnswer answer, Class<?> type, Type genericType, Annotation[] annotations,
      MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream out)
      throws IOException {
    ErrorBodyWriter.exactContentType(mediaType, httpHeaders);
    ErrorBody body = answer.body(null);
    if (body != null) {
      body.writeTo(out);
      ErrorBodyWriter.afterFirstByte(mediaType);
    }
  }
}
