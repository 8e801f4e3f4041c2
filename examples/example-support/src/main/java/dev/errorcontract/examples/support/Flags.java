package dev.errorcontract.examples.support;

import java.util.List;
import java.util.function.Function;

/**
 * Reads a command line flag by flag, for an options parser's own {@code switch}: which flags exist,
 * their defaults and their ranges stay with each example. Both {@code --port 8080} and {@code
 * --port=8080} are accepted, as most command lines do.
 *
 * <pre>{@code
 * Flags<UsageException> flags = new Flags<>(args, UsageException::new);
 * while (flags.hasNext()) {
 *   switch (flags.next()) {
 *     case "--port":
 *       port = flags.integer(0, 65535);
 *       break;
 *     default:
 *       throw flags.unknown();
 *   }
 * }
 * }</pre>
 *
 * @param <E> the parser's own error type, made from a message
 */
public final class Flags<E extends CommandLineException> {

  private final List<String> args;
  private final Function<String, E> error;
  private int index = -1;
  private String flag;
  private String inlineValue;

  /**
   * @param args the command line
   * @param error makes the error thrown for a bad command line from its message
   */
  public Flags(List<String> args, Function<String, E> error) {
    this.args = args;
    this.error = error;
  }

  /** Whether another flag follows. */
  public boolean hasNext() {
    return index + 1 < args.size();
  }

  /** Moves on to the next flag and returns its name, without any {@code =value}. */
  public String next() {
    String arg = args.get(++index);
    int eq = arg.indexOf('=');
    if (arg.startsWith("--") && eq > 0) {
      flag = arg.substring(0, eq);
      inlineValue = arg.substring(eq + 1);
    } else {
      flag = arg;
      inlineValue = null;
    }
    return flag;
  }

  /**
   * The current flag's value: the text after its {@code =}, else the next argument.
   *
   * @throws E when there is none; an argument starting with {@code --} is the next flag, not a value
   */
  public String value() throws E {
    if (inlineValue != null) {
      return inlineValue;
    }
    index++;
    if (index >= args.size() || args.get(index).startsWith("--")) {
      throw error.apply(flag + " needs a value");
    }
    return args.get(index);
  }

  /** The current flag's {@link #value()}, which must not be blank. */
  public String nonBlankValue() throws E {
    String value = value();
    if (value.isBlank()) {
      throw error.apply(flag + " must not be empty");
    }
    return value;
  }

  /** The current flag's {@link #value()} as a whole number from {@code min} to {@code max}. */
  public int integer(int min, int max) throws E {
    String text = value();
    int n;
    try {
      n = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw error.apply(flag + " needs a whole number, not '" + text + "'");
    }
    if (n < min || n > max) {
      throw error.apply(flag + " must be from " + min + " to " + max + ", not " + n);
    }
    return n;
  }

  /**
   * Checks that the current flag, a switch, was given no {@code =value}.
   *
   * @throws E when it was
   */
  public void noValue() throws E {
    if (inlineValue != null) {
      throw error.apply(flag + " takes no value");
    }
  }

  /** The error for the current flag, which the parser does not know; it names the whole argument. */
  public E unknown() {
    return error.apply("unknown option: " + args.get(index));
  }
}
