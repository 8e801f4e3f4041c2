package dev.errorcontract.catalog;

import java.io.Serializable;
import java.util.Objects;

/**
 * One constraint the request's input failed, as a validator reports it: where (the property path) and
 * why (the constraint's message). What the framework glue hands to the row answering {@link
 * Condition#INVALID_INPUT}; the rejected value is deliberately not part of it, so that nothing a client
 * sent is echoed unless the catalog declares it. Immutable, and serializable with the exception that
 * carries it.
 */
public final class Violation implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String message;

  /**
   * @param path the property path, such as {@code create.arg0.name} or {@code name}
   * @param message the constraint's interpolated message
   */
  public Violation(String path, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /** The property path of the value that failed. */
  public String path() {
    return path;
  }

  /** The constraint's message. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation
        && path.equals(((Violation) other).path)
        && message.equals(((Violation) other).message);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + message.hashCode();
  }

  /** The path and the message, for logs. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
