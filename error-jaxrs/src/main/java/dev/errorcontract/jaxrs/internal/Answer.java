package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import jakarta.ws.rs.core.Response;

/**
 * One framework-made answer, resolved once: the documented error, the code it is sent with (the code
 * raised when the error's status row covers it, as {@link DocumentedError#statusFor} says), the status
 * line, the body encoded for that code without an instance, and the exact media type.
 *
 * <p>Internal: public only so that generated providers can use it; not an API.
 */
public final class Answer {

  private final DocumentedError error;
  private final int status;
  private final Response.StatusType statusType;
  private final ErrorBody body;
  private final ExactMediaType mediaType;

  Answer(DocumentedError error, int status, Response.StatusType statusType, ExactMediaType mediaType) {
    this.error = error;
    this.status = status;
    this.statusType = statusType;
    // Encoded once here, so that answering allocates no body.
    this.body = status == error.status().code() ? error.body() : error.body(status, null);
    this.mediaType = mediaType;
  }

  /** The documented error answering. */
  public DocumentedError error() {
    return error;
  }

  /** The status code sent. */
  public int status() {
    return status;
  }

  /** The status line sent. */
  public Response.StatusType statusType() {
    return statusType;
  }

  /** The body sent when the answer carries no instance; {@code null} when the error has none. */
  public ErrorBody body() {
    return body;
  }

  /** The body carrying {@code instance}, or {@link #body()} when it is {@code null}. */
  public ErrorBody body(String instance) {
    return instance == null ? body : error.body(status, instance);
  }

  /** The {@code Content-Type}, exactly as declared. */
  public ExactMediaType mediaType() {
    return mediaType;
  }

  /** The error and the code, for diagnostics. */
  @Override
  public String toString() {
    return status + " " + error;
  }
}
