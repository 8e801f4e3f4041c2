package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.Violation;
import java.util.List;

/**
 * The entity of an answer whose body still lacks the instance the request gives ({@link
 * dev.errorcontract.catalog.Instance#REQUEST_PATH}, {@link
 * dev.errorcontract.catalog.Instance#CORRELATION_URN}, {@code CORRELATION_UUID}, {@code SUPPLIED}). Mappers and {@code toResponse} do not see the
 * request; the response filter does, on every implementation and for every answer (aborted requests
 * included), and replaces this entity with the finished body. Only catalogs with such an instance
 * make one, so the constant-body path of the others allocates nothing.
 *
 * <p>Internal: public because {@link PendingAnswerWriter}, which the feature ({@code
 * dev.errorcontract.jaxrs}) registers, writes it; not an API.
 */
public final class PendingAnswer {

  private final Answer answer;
  private final CatalogException exception;
  private final ExactMediaType mediaType;
  private final String correlationId;
  /** The violations of the request's input a framework-made answer carries; empty for none. */
  private final List<Violation> violations;

  private PendingAnswer(
      Answer answer, CatalogException exception, ExactMediaType mediaType, String correlationId) {
    this(answer, exception, mediaType, correlationId, List.of());
  }

  private PendingAnswer(
      Answer answer, CatalogException exception, ExactMediaType mediaType, String correlationId,
      List<Violation> violations) {
    this.answer = answer;
    this.exception = exception;
    this.mediaType = mediaType;
    this.correlationId = correlationId;
    this.violations = violations;
  }

  /**
   * A framework-made answer.
   *
   * @param correlationId the id already logged and sent for it, or {@code null} for none yet
   */
  public static PendingAnswer of(Answer answer, String correlationId) {
    return new PendingAnswer(answer, null, answer.mediaType(), correlationId);
  }

  /**
   * A framework-made answer to invalid input, carrying the request's {@code violations}.
   *
   * @param correlationId the id already logged and sent for it, or {@code null} for none yet
   */
  public static PendingAnswer of(Answer answer, String correlationId, List<Violation> violations) {
    return new PendingAnswer(answer, null, answer.mediaType(), correlationId, List.copyOf(violations));
  }

  /** A catalog exception without an instance of its own. */
  public static PendingAnswer of(CatalogException exception, ExactMediaType mediaType) {
    return new PendingAnswer(null, exception, mediaType, null);
  }

  /**
   * A catalog exception without an instance of its own, whose cause was logged.
   *
   * @param correlationId the id its logged cause was given, or {@code null} for none
   */
  public static PendingAnswer of(
      CatalogException exception, ExactMediaType mediaType, String correlationId) {
    return new PendingAnswer(null, exception, mediaType, correlationId);
  }

  /** The id already logged and sent for this answer, or {@code null}. */
  public String correlationId() {
    return correlationId;
  }

  /** The documented error answered. */
  public DocumentedError error() {
    return exception != null ? exception.error() : answer.error();
  }

  /** The exact media type of the body. */
  public ExactMediaType mediaType() {
    return mediaType;
  }

  /** The body with {@code instance}, or without one when it is {@code null}. */
  public ErrorBody body(String instance) {
    return exception != null ? exception.body(instance) : answer.body(instance, violations);
  }

  /** What is answered, for diagnostics. */
  @Override
  public String toString() {
    return "PendingAnswer[" + (exception != null ? exception.error() : answer) + "]";
  }
}
