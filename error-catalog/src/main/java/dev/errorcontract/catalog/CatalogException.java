package dev.errorcontract.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The base of every generated catalog exception: an exception that is, by construction, one documented
 * error. Its status, detail and body come from the catalog; nothing about it is free text.
 *
 * <p>{@link #getMessage()} is the rendered detail, the same text the client sees. Whether the stack
 * trace is recorded is decided by the catalog (by default: only for 5xx).
 */
public abstract class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private Map<String, String> headers;
  private String instance;
  /** The supplied values by key, in the order given; null when none. */
  private Map<String, Object> supplied;

  /**
   * @param cause the underlying cause, or {@code null}; never shown to clients
   * @param recordStackTrace whether to fill in the stack trace
   */
  protected CatalogException(Throwable cause, boolean recordStackTrace) {
    super(null, cause, true, recordStackTrace);
  }

  /** The documented error this exception is. */
  public abstract DocumentedError error();

  /**
   * The HTTP status to answer with: the error's own code, or for an answer of a status row covering
   * several codes, the covered code it was created with.
   */
  public int status() {
    DocumentedError error = error();
    return error.statusFor(error.status().code());
  }

  /** The detail sent to the client, with template arguments filled in. */
  public String detail() {
    return error().detail();
  }

  /** The media type of {@link #body()}. */
  public String mediaType() {
    return error().mediaType();
  }

  /**
   * The encoded body sent to the client, with this exception's own {@code instance} ({@link
   * #withInstance}) where the body has an instance member.
   */
  public abstract ErrorBody body();

  /**
   * The encoded body sent to the client, carrying {@code instance} where the body has an instance
   * member and this exception has none of its own ({@link #withInstance} wins); {@code null} for none.
   * Framework glue passes the instance its catalog's {@link Instance} source gives.
   */
  public abstract ErrorBody body(String instance);

  /** The rendered detail: the very text the client receives. */
  @Override
  public String getMessage() {
    return detail();
  }

  /**
   * Adds a header the response carries, such as {@code Retry-After}, replacing an earlier value of the
   * same name. Returns this exception, so it can be thrown in one statement.
   */
  public CatalogException withHeader(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (headers == null) {
      headers = new LinkedHashMap<>(4);
    }
    headers.put(name, value);
    return this;
  }

  /** Adds {@code Retry-After: seconds}, as a 429 or 503 should. */
  public CatalogException retryAfter(long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("Retry-After must not be negative: " + seconds);
    }
    return withHeader("Retry-After", Long.toString(seconds));
  }

  /** The headers added with {@link #withHeader}, in order; empty when there are none. */
  public Map<String, String> headers() {
    return headers == null ? Map.of() : Collections.unmodifiableMap(headers);
  }

  /**
   * Sets the RFC 9457 {@code instance} of this occurrence, a URI reference. Written only by catalogs
   * whose body has an instance member and an {@link Instance} source other than {@link Instance#NONE};
   * it wins over the instance the framework would give.
   */
  public CatalogException withInstance(String instance) {
    this.instance = Objects.requireNonNull(instance, "instance");
    return this;
  }

  /** The {@code instance} set with {@link #withInstance}, or {@code null}. */
  public String instance() {
    return instance;
  }

  /**
   * Sets the value of the body member that holds {@code key} (a member bound to {@link
   * CatalogValue#SUPPLIED} or {@link CatalogValue#VIOLATIONS}): for generated code and decoders; the
   * generated exceptions offer a typed {@code with...} method per member, which checks the limits.
   *
   * @param key the member's key, as the generated code names it
   * @param value a {@code String}, or an unmodifiable {@code List<Violation>}
   * @return this exception
   */
  public CatalogException withSupplied(String key, Object value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (supplied == null) {
      supplied = new LinkedHashMap<>(4);
    }
    supplied.put(key, value);
    return this;
  }

  /**
   * The values the throwing code (or a decoder, from the body received) supplied for the body's
   * supplied members, by key; empty when none. Unmodifiable.
   */
  public Map<String, Object> supplied() {
    return supplied == null ? Map.of() : Collections.unmodifiableMap(supplied);
  }
}
