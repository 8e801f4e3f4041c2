package dev.errorcontract.examples.support;

/**
 * A command line that cannot be run; its message says why. Each example's options declare their own
 * subclass, so that their {@code parse} names the example's type while {@link ServerMain} can catch
 * any of them.
 */
public class CommandLineException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An error whose {@code message} is printed to the user as it is. */
  public CommandLineException(String message) {
    super(message);
  }
}
