package dev.errorcontract.catalog.internal.answering;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.InstanceSupplier;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The correlation id of an answer, written once for every adapter: when one is made, how it is logged
 * (logger, level, line), the header it is sent in and the {@code instance} it becomes. An id is made
 * only where a log line carries it, and an id that is sent is always one that was logged, so a
 * client's report finds its line.
 *
 * <ul>
 *   <li>An unexpected failure: logged at {@code ERROR} with the failure, {@code "<what caught it>
 *       answered as documented; correlation id <id>"}.
 *   <li>A catalog exception with a cause: logged with the exception at {@code ERROR} for a 5xx and
 *       at {@code DEBUG} for a 4xx (a client's mistake would flood the log), {@code "Answered <status>
 *       <error> for a failure; correlation id <id>"}; no id when that level is off.
 *   <li>An answer of a catalog whose instance is {@link Instance#CORRELATION_URN} or {@link
 *       Instance#CORRELATION_UUID} that has no id yet, or whose {@link InstanceSupplier} asks for one:
 *       logged at {@code INFO}, {@code "Answered <status> <method> <path>; correlation id <id>"}.
 * </ul>
 *
 * <p>The id goes in the header (unless there is none) and, where the catalog's instance is {@link
 * Instance#CORRELATION_URN}, in the body as {@code urn:uuid:<id>}; where it is {@link
 * Instance#CORRELATION_UUID}, as the bare id. Immutable and thread-safe.
 */
public final class Correlation {

  /** The header the id is sent in unless configured otherwise. */
  public static final String DEFAULT_HEADER = "X-Correlation-Id";

  private static final String URN_UUID = "urn:uuid:";

  private final System.Logger log;
  private final String failureSource;
  private final String header;

  private Correlation(System.Logger log, String failureSource, String header) {
    this.log = log;
    this.failureSource = failureSource;
    this.header = header;
  }

  /**
   * The correlation of one adapter.
   *
   * @param logger the name of the logger every line goes to, such as {@code dev.errorcontract.jaxrs}
   * @param failureSource what catches the unexpected failures it logs, the start of their line, such
   *     as {@code "Unexpected failure"}
   * @param header the header the id is sent in, or {@code null} to send none (ids are still logged)
   */
  public static Correlation of(String logger, String failureSource, String header) {
    return new Correlation(
        System.getLogger(Objects.requireNonNull(logger, "logger")),
        Objects.requireNonNull(failureSource, "failureSource"),
        header);
  }

  /** The header the id is sent in, or {@code null} for none. */
  public String header() {
    return header;
  }

  /**
   * Logs {@code thrown} at {@code ERROR} with a fresh id.
   *
   * @return the id, to {@link #send} and put in the instance
   */
  public String unexpectedFailure(Throwable thrown) {
    String id = newId();
    log.log(
        System.Logger.Level.ERROR,
        () -> failureSource + " answered as documented; correlation id " + id,
        thrown);
    return id;
  }

  /**
   * Logs {@code e} with a fresh id when it has a cause, at the {@link #causeLevel} of its status.
   *
   * @return the id, or {@code null} when {@code e} has no cause or the level is off: an id pointing
   *     at no log line would send a client looking for nothing
   */
  public String cause(CatalogException e) {
    if (e.getCause() == null) {
      return null;
    }
    int status = e.status();
    System.Logger.Level level = causeLevel(status);
    if (!log.isLoggable(level)) {
      return null;
    }
    String id = newId();
    log.log(
        level,
        () -> "Answered " + status + " " + e.error() + " for a failure; correlation id " + id,
        e);
    return id;
  }

  /** The level a catalog exception's cause is logged at: {@code ERROR} for a 5xx, else {@code DEBUG}. */
  public static System.Logger.Level causeLevel(int status) {
    return status >= 500 ? System.Logger.Level.ERROR : System.Logger.Level.DEBUG;
  }

  /**
   * Sends {@code id} in the header through {@code setHeader}; nothing when {@code id} is {@code null}
   * or there is no header.
   */
  public void send(String id, BiConsumer<String, String> setHeader) {
    if (id != null && header != null) {
      setHeader.accept(header, id);
    }
  }

  /**
   * Whether {@code instance} puts an instance in every answer, framework-made ones included, so that an
   * adapter must finish each answer with {@link #instance}: {@link Instance#REQUEST_PATH}, {@link
   * Instance#CORRELATION_URN}, {@link Instance#CORRELATION_UUID} and {@link Instance#SUPPLIED}.
   */
  public static boolean onEveryAnswer(Instance instance) {
    return instance == Instance.REQUEST_PATH
        || instance == Instance.CORRELATION_URN
        || instance == Instance.CORRELATION_UUID
        || instance == Instance.SUPPLIED;
  }

  /**
   * The {@code instance} an answer of {@code table} carries where the catalog puts one in every answer:
   * the raw request path, {@code urn:uuid:} and the answer's id, the bare id, or what the catalog's
   * {@link InstanceSupplier} makes of the answer. An answer without an id yet gets one here where the
   * instance carries it (or the supplier asks for it), logged at {@code INFO} with the answer and
   * {@linkplain #send sent}.
   *
   * @param table the catalog answering
   * @param error the documented error answered
   * @param correlationId the id already logged and sent for this answer, or {@code null}
   * @param status the status code answered
   * @param method the request's method
   * @param path the raw request path (no query)
   * @param setHeader sets a response header
   * @return the instance, or {@code null} when the catalog puts none in every answer or its supplier
   *     failed
   */
  public String instance(
      ErrorTable table, DocumentedError error, String correlationId, int status, String method,
      String path, BiConsumer<String, String> setHeader) {
    Instance instance = table.instance();
    switch (instance) {
      case REQUEST_PATH:
        return path;
      case CORRELATION_URN:
        return URN_UUID + id(correlationId, status, method, path, setHeader);
      case CORRELATION_UUID:
        return id(correlationId, status, method, path, setHeader);
      case SUPPLIED:
        InstanceSupplier supplier = table.instanceSupplier();
        if (supplier == null) {
          return null;
        }
        String[] id = {correlationId};
        return supplier.instance(InstanceSupplier.Answer.of(method, path, status, error, () -> {
          if (id[0] == null) {
            id[0] = id(null, status, method, path, setHeader);
          }
          return id[0];
        }));
      default:
        return null;
    }
  }

  /**
   * The {@code instance} an answer carries where the catalog puts one in every answer, for a source
   * that needs neither the table nor the error: every one but {@link Instance#SUPPLIED}, which gives
   * {@code null} here (use {@link #instance(ErrorTable, DocumentedError, String, int, String, String,
   * BiConsumer)}).
   *
   * @param instance where the catalog's instances come from
   * @param correlationId the id already logged and sent for this answer, or {@code null}
   * @param status the status code answered
   * @param method the request's method
   * @param path the raw request path (no query)
   * @param setHeader sets a response header
   * @return the instance, or {@code null} when the catalog puts none in every answer
   */
  public String instance(
      Instance instance, String correlationId, int status, String method, String path,
      BiConsumer<String, String> setHeader) {
    switch (instance) {
      case REQUEST_PATH:
        return path;
      case CORRELATION_URN:
        return URN_UUID + id(correlationId, status, method, path, setHeader);
      case CORRELATION_UUID:
        return id(correlationId, status, method, path, setHeader);
      default:
        return null;
    }
  }

  /** {@code correlationId}, or a fresh id logged at {@code INFO} with the answer and sent. */
  private String id(
      String correlationId, int status, String method, String path,
      BiConsumer<String, String> setHeader) {
    if (correlationId != null) {
      return correlationId;
    }
    String id = newId();
    send(id, setHeader);
    log.log(
        System.Logger.Level.INFO,
        () -> "Answered " + status + " " + method + " " + path + "; correlation id " + id);
    return id;
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  /** The logger and the header, for diagnostics. */
  @Override
  public String toString() {
    return "Correlation[" + log.getName() + ", header " + header + "]";
  }
}
