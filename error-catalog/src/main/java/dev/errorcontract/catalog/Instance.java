package dev.errorcontract.catalog;

/**
 * Where the RFC 9457 {@code instance} of an answer comes from: the {@code instance} member of a {@link
 * ProblemBody}, or a member bound to {@link CatalogValue#INSTANCE}.
 */
public enum Instance {
  /** Bodies carry no instance; a member bound to it is absent. */
  NONE,
  /**
   * Written when the exception carries one ({@code CatalogException.withInstance}), absent otherwise
   * (framework-made answers have none).
   */
  EXCEPTION,
  /**
   * The request path, on every answer, framework-made ones included; an exception's own {@code
   * withInstance} wins.
   */
  REQUEST_PATH,
  /**
   * {@code urn:uuid:} and the answer's correlation id, on every answer, framework-made ones included;
   * the id is also sent in the correlation header and logged, so one occurrence can be found. An
   * exception's own {@code withInstance} wins.
   */
  CORRELATION_URN
}
