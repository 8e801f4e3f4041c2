package dev.errorcontract.catalog;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Makes the {@code instance} of each answer of a catalog whose instance is {@link Instance#SUPPLIED}:
 * an application's own way of naming one occurrence of an error, such as a support reference or a URI
 * of its own. Name the implementing class with {@link ErrorCatalog#instanceSupplier()}:
 *
 * <pre>{@code
 * @ErrorCatalog(value = "Shop", instanceSupplier = ShopInstances.class)
 * @ProblemBody(instance = Instance.SUPPLIED)
 * interface ShopErrors {}
 *
 * public final class ShopInstances implements InstanceSupplier {
 *   public String instance(InstanceSupplier.Answer answer) {
 *     return "https://api.example.com/errors/" + answer.correlationId();
 *   }
 * }
 * }</pre>
 *
 * <p>The class needs a public constructor without parameters (the processor checks it): the generated
 * code creates one instance per catalog and class loader, the first time an answer needs it, and every
 * request thread shares it, so it must be thread-safe. It sees no framework type, only the {@link
 * Answer}, so one supplier serves every runtime (JAX-RS, the servlet container, Spring MVC, WebFlux,
 * Quarkus's routes).
 *
 * <p>A supplier that throws, returns {@code null} or cannot be created never breaks an answer: the
 * answer goes without an instance (a member left out when absent is left out, another is {@code
 * null}), and the first failure of each kind is logged at {@code WARNING} on the logger {@code
 * dev.errorcontract.catalog.InstanceSupplier}, naming the class and the catalog.
 */
@FunctionalInterface
public interface InstanceSupplier {

  /**
   * The instance of one answer.
   *
   * @param answer what is answered, and to which request
   * @return the instance, written as a JSON string; {@code null} is a failure (see above)
   */
  String instance(Answer answer);

  /**
   * What an {@link InstanceSupplier} sees of one answer: the request's method and raw path, the status
   * answered, the documented error, and the answer's correlation id.
   */
  final class Answer {

    private final String method;
    private final String path;
    private final int status;
    private final DocumentedError error;
    private final Supplier<String> correlationId;

    private Answer(
        String method, String path, int status, DocumentedError error, Supplier<String> correlationId) {
      this.method = method;
      this.path = path;
      this.status = status;
      this.error = error;
      this.correlationId = correlationId;
    }

    /**
     * An answer; the runtime makes them, a test of a supplier may too.
     *
     * @param method the request's method, such as {@code GET}
     * @param path the raw request path, without the query
     * @param status the status code answered
     * @param error the documented error answered
     * @param correlationId gives the answer's correlation id when asked (see {@link #correlationId()})
     */
    public static Answer of(
        String method, String path, int status, DocumentedError error, Supplier<String> correlationId) {
      return new Answer(
          Objects.requireNonNull(method, "method"),
          Objects.requireNonNull(path, "path"),
          status,
          Objects.requireNonNull(error, "error"),
          Objects.requireNonNull(correlationId, "correlationId"));
    }

    /** The request's method, such as {@code GET}. */
    public String method() {
      return method;
    }

    /** The raw request path, without the query, such as {@code /orders/42}. */
    public String path() {
      return path;
    }

    /** The status code answered. */
    public int status() {
      return status;
    }

    /** The documented error answered: a row of the page, or an answer the library adds. */
    public DocumentedError error() {
      return error;
    }

    /**
     * The answer's correlation id, a UUID. An answer that has none yet (no failure was logged for it)
     * gets one on the first call, logged at {@code INFO} with the answer and sent in the correlation
     * header, as {@link Instance#CORRELATION_UUID} does; a supplier that never asks makes none.
     */
    public String correlationId() {
      return correlationId.get();
    }

    /** The method, path, status and error, for diagnostics. */
    @Override
    public String toString() {
      return "Answer[" + status + " " + method + " " + path + ", " + error + "]";
    }
  }
}
