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
  CORRELATION_URN,
  /**
   * The answer's correlation id as it is, a bare UUID such as {@code
   * "3f1b7c2e-9a4d-4e8b-b1c5-6d2f0a9e8c71"} (as Mailchimp's error documents write their {@code
   * instance}), on every answer, framework-made ones included; the same id is sent in the correlation
   * header and logged. An exception's own {@code withInstance} wins.
   */
  CORRELATION_UUID,
  /**
   * What the application's {@link InstanceSupplier}, named by {@link ErrorCatalog#instanceSupplier()},
   * makes of each answer, framework-made ones included. An exception's own {@code withInstance} wins;
   * where the supplier fails (it throws, returns {@code null}, or cannot be created) the answer goes
   * without an instance, and the failure is logged once.
   */
  SUPPLIED
}
