package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.Violation;
import dev.errorcontract.catalog.internal.answering.ResolvedAnswer;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * One framework-made answer, resolved once: the {@link ResolvedAnswer} (the documented error, the code
 * it is sent with, as {@link DocumentedError#statusFor} says, and the body encoded for that code
 * without an instance) with its JAX-RS status line and exact media type.
 *
 * <p>Internal: public because the Vert.x routes ({@code internal.vertx}) answer with it; not an API.
 */
public final class Answer {

  private final ResolvedAnswer resolved;
  private final Response.StatusType statusType;
  private final ExactMediaType mediaType;

  Answer(ResolvedAnswer resolved, Response.StatusType statusType, ExactMediaType mediaType) {
    this.resolved = resolved;
    this.statusType = statusType;
    this.mediaType = mediaType;
  }

  /** The documented error answering. */
  public DocumentedError error() {
    return resolved.error();
  }

  /** The status code sent. */
  public int status() {
    return resolved.status();
  }

  /** The status line sent. */
  public Response.StatusType statusType() {
    return statusType;
  }

  /** The body sent when the answer carries no instance; {@code null} when the error has none. */
  public ErrorBody body() {
    return resolved.body();
  }

  /** The body carrying {@code instance}, or {@link #body()} when it is {@code null}. */
  public ErrorBody body(String instance) {
    return resolved.body(instance);
  }

  /**
   * The body carrying {@code instance} (or none, when {@code null}) and the request's {@code
   * violations}, in the list member the error's row declares for them; {@link #body(String)} when
   * there are none.
   */
  public ErrorBody body(String instance, List<Violation> violations) {
    return resolved.body(instance, violations);
  }

  /** The {@code Content-Type}, exactly as declared. */
  public ExactMediaType mediaType() {
    return mediaType;
  }

  /** The error and the code, for diagnostics. */
  @Override
  public String toString() {
    return resolved.toString();
  }
}
