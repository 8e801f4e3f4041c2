package dev.errorcontract.catalog.internal.answering;

import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.Violation;
import java.util.List;

/**
 * One answer to an error code or a framework condition, resolved once: the documented error, the code
 * it is sent with (the code raised when the error's status row covers it, as {@link
 * DocumentedError#statusFor} says) and its body for that code without an instance.
 */
public final class ResolvedAnswer {

  private final DocumentedError error;
  private final int status;
  private final ErrorBody body;

  ResolvedAnswer(DocumentedError error, int raised) {
    this.error = error;
    this.status = error.statusFor(raised);
    // Encoded once here, so that answering allocates no body.
    this.body = status == error.status().code() ? error.body() : error.body(status, null);
  }

  /** The documented error answering. */
  public DocumentedError error() {
    return error;
  }

  /** The status code sent. */
  public int status() {
    return status;
  }

  /** The body sent when the answer carries no instance; {@code null} when the error has none. */
  public ErrorBody body() {
    return body;
  }

  /** The body carrying {@code instance}, or {@link #body()} when it is {@code null}. */
  public ErrorBody body(String instance) {
    return instance == null ? body : error.body(status, instance);
  }

  /**
   * The body carrying {@code instance} (or none, when {@code null}) and the {@code violations} of the
   * request's input, in the list member the error's row declares for them; {@link #body(String)} when
   * there are none.
   */
  public ErrorBody body(String instance, List<Violation> violations) {
    return violations.isEmpty() ? body(instance) : error.body(status, instance, violations);
  }

  /** The error and the code, for diagnostics. */
  @Override
  public String toString() {
    return status + " " + error;
  }
}
