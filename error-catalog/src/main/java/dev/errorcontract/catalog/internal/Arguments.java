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

  /**
   * A {@code float} written by {@link Float#toString(float)} on any JDK: this one's text, or one in the
   * form every JDK writes whose digits another JDK chose (JDK 19 changed them, to the shortest that
   * reads back, see {@link #parseDouble}).
   */
  public static float parseFloat(String text) {
    float value = Float.parseFloat(floating(text));
    if (!Float.toString(value).equals(text) && (Float.isNaN(value) || Float.isInfinite(value) || !inForm(value, text))) {
      throw new IllegalArgumentException("not as a float is written: " + text);
    }
    return value;
  }

  /**
   * A {@code double} written by {@link Double#toString(double)} on any JDK. JDK 19 changed the digits
   * it writes (to the shortest that reads back: {@code 2.0E23} where JDK 17 wrote {@code
   * 1.9999999999999998E23}), so a server on one JDK family and a client on the other disagree on the
   * text of some values. Accepted: this JDK's text, and any text in the form both write (digits, a
   * point and at least one digit, no trailing zero after the first; or one digit, a point, digits and
   * an exponent with no plus or leading zero) that reads as a finite value. {@code "1.50"}, {@code
   * "+1.5"}, {@code "1.5e3"} and {@code "1500"} are not.
   */
  public static double parseDouble(String text) {
    double value = Double.parseDouble(floating(text));
    if (!Double.toString(value).equals(text) && (Double.isNaN(value) || Double.isInfinite(value) || !inForm(value, text))) {
      throw new IllegalArgumentException("not as a double is written: " + text);
    }
    return value;
  }

  /** Whether the text is plain for a magnitude from 10^-3 to 10^7, in computerized notation otherwise. */
  private static boolean inForm(double value, String text) {
    double magnitude = Math.abs(value);
    return (text.indexOf('E') < 0) == (magnitude >= 1e-3 && magnitude < 1e7);
  }

  /**
   * {@code text} if it has the form {@code Double.toString} and {@code Float.toString} write: {@code
   * NaN}, {@code Infinity}, {@code -Infinity}, {@code d+.d+} with no leading zero before the point
   * (but one) and no trailing zero after it (but one), or {@code d.d+Ee} with a non-zero leading digit
   * (a plain {@code 0.0} aside).
   */
  private static String floating(String text) {
    if (text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity")) {
      return text;
    }
    int i = text.startsWith("-") ? 1 : 0;
    int point = text.indexOf('.');
    int exponent = text.indexOf('E');
    int end = exponent < 0 ? text.length() : exponent;
    boolean ok = point > i && point < end - 1 && text.length() <= 40;
    for (int k = i; ok && k < end; k++) {
      char c = text.charAt(k);
      ok = k == point || c >= '0' && c <= '9';
    }
    if (ok) {
      String whole = text.substring(i, point);
      String fraction = text.substring(point + 1, end);
      ok = !(whole.length() > 1 && whole.charAt(0) == '0')
          && !(fraction.length() > 1 && fraction.endsWith("0"));
      if (ok && exponent >= 0) {
        String digits = text.substring(exponent + 1);
        int e = digits.startsWith("-") ? 1 : 0;
        ok = whole.length() == 1 && whole.charAt(0) != '0' && digits.length() > e
            && digits.charAt(e) != '0' && digits.chars().skip(e).allMatch(c -> c >= '0' && c <= '9');
      }
    }
    if (!ok) {
      throw new IllegalArgumentException("not as a floating-point number is written: " + text);
    }
    return text;
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
