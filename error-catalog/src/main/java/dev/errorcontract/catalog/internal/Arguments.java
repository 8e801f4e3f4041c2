package dev.errorcontract.catalog.internal;

/**
 * Parses the texts of template arguments where the JDK has no strict parser of its own. Each throws
 * {@link IllegalArgumentException} on a text that is not the type's {@code String.valueOf}; the decoder
 * then knows the body is not of that row.
 */
public final class Arguments {

  private Arguments() {}

  /** {@code true} or {@code false}, exactly. */
  public static boolean parseBoolean(String text) {
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not a boolean: " + text);
    };
  }

  /** One character. */
  public static char parseChar(String text) {
    if (text.length() != 1) {
      throw new IllegalArgumentException("not one character: " + text);
    }
    return text.charAt(0);
  }

  /** For an argument type whose text cannot be read back: its rows decode never. */
  public static <T> T unreadable(String text) {
    throw new IllegalArgumentException("this argument type cannot be read back: " + text);
  }
}
