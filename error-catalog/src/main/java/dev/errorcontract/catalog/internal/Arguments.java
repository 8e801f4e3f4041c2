package dev.errorcontract.catalog.internal;

/**
 * Parses the texts of template arguments back, each only from the very text the detail renders the
 * value as ({@code String.valueOf}); a generated decoder calls one per argument that is not a string.
 * Each throws {@link IllegalArgumentException} on any other text ({@code "05"}, {@code "+5"}, {@code
 * "-0"} for an {@code int}); the decoder then knows the body is not of that row. Checking each argument
 * this way is what spares the decoder rendering the whole detail again to compare it.
 */
public final class Arguments {

  private Arguments() {}

  /** An {@code int} in the form {@link Integer#toString(int)} writes. */
  public static int parseInt(String text) {
    return Integer.parseInt(decimal(text));
  }

  /** A {@code long} in the form {@link Long#toString(long)} writes. */
  public static long parseLong(String text) {
    return Long.parseLong(decimal(text));
  }

  /** A {@code short} in the form {@link Short#toString(short)} writes. */
  public static short parseShort(String text) {
    return Short.parseShort(decimal(text));
  }

  /** A {@code byte} in the form {@link Byte#toString(byte)} writes. */
  public static byte parseByte(String text) {
    return Byte.parseByte(decimal(text));
  }

  /** A {@code float} whose {@link Float#toString(float)} is {@code text}. */
  public static float parseFloat(String text) {
    float value = Float.parseFloat(text);
    if (!Float.toString(value).equals(text)) {
      throw new IllegalArgumentException("not as a float is written: " + text);
    }
    return value;
  }

  /** A {@code double} whose {@link Double#toString(double)} is {@code text}. */
  public static double parseDouble(String text) {
    double value = Double.parseDouble(text);
    if (!Double.toString(value).equals(text)) {
      throw new IllegalArgumentException("not as a double is written: " + text);
    }
    return value;
  }

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

  /**
   * {@code value}, parsed from {@code text}, if it renders as {@code text} again: for the types whose
   * parsers accept more than one text per value ({@code UUID}, {@code BigInteger}, an enum whose {@code
   * toString} is not its name).
   */
  public static <T> T exact(T value, String text) {
    if (!String.valueOf(value).equals(text)) {
      throw new IllegalArgumentException("not as the value is written: " + text);
    }
    return value;
  }

  /** For an argument type whose text cannot be read back: its rows decode never. */
  public static <T> T unreadable(String text) {
    throw new IllegalArgumentException("this argument type cannot be read back: " + text);
  }

  /**
   * {@code text} if it is an integer as {@code toString} writes it: ASCII digits with no leading zero,
   * after a minus for a negative; the JDK's parsers also take a plus, leading zeros, {@code -0} and
   * other scripts' digits.
   */
  private static String decimal(String text) {
    int n = text.length();
    int first = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    if (first == n || text.charAt(first) == '0' && n > 1) {
      throw new IllegalArgumentException("not an integer as it is written: " + text);
    }
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not an integer as it is written: " + text);
      }
    }
    return text;
  }
}
