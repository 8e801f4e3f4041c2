package dev.errorcontract.catalog;

/** Which generated exceptions record a stack trace when they are created. */
public enum StackTraces {
  /**
   * Only server errors (5xx). Client errors (4xx) are expected outcomes, and filling in their stack
   * costs more than the rest of the response. The catalog default.
   */
  SERVER_ERRORS,
  /** Every exception records its stack trace. */
  ALWAYS,
  /** No exception records a stack trace. */
  NEVER,
  /** On an {@link ApiError}: whatever {@link ErrorCatalog#stackTraces()} says. */
  CATALOG_DEFAULT
}
