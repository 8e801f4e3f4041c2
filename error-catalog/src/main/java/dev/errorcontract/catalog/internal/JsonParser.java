package dev.errorcontract.catalog.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict, bounded reader of one JSON text (RFC 8259) into plain values, for decoding a body that means
 * a documented answer but is spelled otherwise. The values: an object is a {@code Map<String, Object>}
 * (members in the order received), an array a {@code List<Object>}, a string a {@link String}, a number
 * a {@link Number} (its text kept), {@code true}/{@code false} a {@link Boolean}, {@code null} {@link
 * #NULL}.
 *
 * <p>Strict: exactly one value with only JSON whitespace around it (a leading byte order mark is
 * ignored, as RFC 8259 allows); no comment, trailing
 * comma, single quote, leading zero, {@code NaN}, bare control character or invalid UTF-8 (overlong
 * forms, encoded surrogates and code points past U+10FFFF included); an escaped surrogate must be half of
 * a pair. An object naming one member twice is refused too: RFC 8259 leaves its meaning to the reader,
 * so it means no documented answer. Bounded: at most {@link #MAX_DEPTH} nested arrays and objects, and a
 * number of at most {@link #MAX_NUMBER_LENGTH} characters whose exponent has at most 9 significant digits; the text itself is bounded by its caller.
 * Never throws on any input: {@link #parse} answers null.
 */
public final class JsonParser {

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_DEPTH = 64;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 256;

  /** JSON {@code null}. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private final byte[] bytes;
  private final int length;
  private int position;
  private int depth;

  private JsonParser(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = length;
  }

  /**
   * The value of the JSON text {@code bytes[0..length)}; null if it is not exactly one well-formed JSON
   * value within the bounds.
   */
  public static Object parse(byte[] bytes, int length) {
    if (bytes == null || length < 0 || length > bytes.length) {
      return null;
    }
    JsonParser parser = new JsonParser(bytes, length);
    try {
      parser.byteOrderMark();
      parser.whitespace();
      Object value = parser.value();
      parser.whitespace();
      return value != null && parser.position == length ? value : null;
    } catch (Malformed | StackOverflowError e) {
      return null;
    }
  }

  /** Not JSON; thrown only inside the parser, and carries no stack trace. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Malformed INSTANCE = new Malformed();

    private Malformed() {
      super(null, null, false, false);
    }
  }

  private static Malformed malformed() {
    return Malformed.INSTANCE;
  }

  /** RFC 8259 lets a reader ignore a byte order mark, which a sender must not add; Jackson ignores it too. */
  private void byteOrderMark() {
    if (length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      position = 3;
    }
  }

  private void whitespace() {
    while (position < length) {
      byte b = bytes[position];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return;
      }
      position++;
    }
  }

  private Object value() {
    if (position >= length) {
      throw malformed();
    }
    byte b = bytes[position];
    switch (b) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        word("true");
        return Boolean.TRUE;
      case 'f':
        word("false");
        return Boolean.FALSE;
      case 'n':
        word("null");
        return NULL;
      default:
        if (b == '-' || b >= '0' && b <= '9') {
          return number();
        }
        throw malformed();
    }
  }

  private void word(String word) {
    int n = word.length();
    if (length - position < n) {
      throw malformed();
    }
    for (int i = 0; i < n; i++) {
      if (bytes[position + i] != word.charAt(i)) {
        throw malformed();
      }
    }
    position += n;
  }

  private Map<String, Object> object() {
    if (++depth > MAX_DEPTH) {
      throw malformed();
    }
    position++; // '{'
    Map<String, Object> members = new LinkedHashMap<>();
    whitespace();
    if (position < length && bytes[position] == '}') {
      position++;
      depth--;
      return members;
    }
    while (true) {
      whitespace();
      if (position >= length || bytes[position] != '"') {
        throw malformed();
      }
      String name = string();
      whitespace();
      if (position >= length || bytes[position] != ':') {
        throw malformed();
      }
      position++;
      whitespace();
      Object value = value();
      if (members.putIfAbsent(name, value) != null) {
        throw malformed(); // a duplicate member
      }
      whitespace();
      if (position >= length) {
        throw malformed();
      }
      byte b = bytes[position++];
      if (b == '}') {
        depth--;
        return members;
      }
      if (b != ',') {
        throw malformed();
      }
    }
  }

  private List<Object> array() {
    if (++depth > MAX_DEPTH) {
      throw malformed();
    }
    position++; // '['
    List<Object> items = new ArrayList<>();
    whitespace();
    if (position < length && bytes[position] == ']') {
      position++;
      depth--;
      return items;
    }
    while (true) {
      whitespace();
      items.add(value());
      whitespace();
      if (position >= length) {
        throw malformed();
      }
      byte b = bytes[position++];
      if (b == ']') {
        depth--;
        return items;
      }
      if (b != ',') {
        throw malformed();
      }
    }
  }

  private String string() {
    int start = ++position; // past the opening quote
    // The common case: printable ASCII with no escape, one Latin-1 copy.
    while (position < length) {
      byte b = bytes[position];
      if (b == '"') {
        String text = new String(bytes, start, position - start, StandardCharsets.ISO_8859_1);
        position++;
        return text;
      }
      if (b < 0x20 || b == '\\') { // a negative byte starts a multi-byte UTF-8 sequence
        break;
      }
      position++;
    }
    StringBuilder text = new StringBuilder(Math.max(16, position - start + 16));
    text.append(new String(bytes, start, position - start, StandardCharsets.ISO_8859_1));
    while (true) {
      if (position >= length) {
        throw malformed();
      }
      int b = bytes[position] & 0xFF;
      if (b == '"') {
        position++;
        return text.toString();
      }
      if (b < 0x20) {
        throw malformed();
      }
      if (b == '\\') {
        escape(text);
      } else if (b < 0x80) {
        text.append((char) b);
        position++;
      } else {
        int consumed = Utf8.decode(bytes, position, length, true, text);
        if (consumed < 0) {
          throw malformed();
        }
        position += consumed;
      }
    }
  }

  private void escape(StringBuilder text) {
    if (position + 1 >= length) {
      throw malformed();
    }
    byte e = bytes[position + 1];
    position += 2;
    switch (e) {
      case '"' -> text.append('"');
      case '\\' -> text.append('\\');
      case '/' -> text.append('/');
      case 'b' -> text.append('\b');
      case 'f' -> text.append('\f');
      case 'n' -> text.append('\n');
      case 'r' -> text.append('\r');
      case 't' -> text.append('\t');
      case 'u' -> {
        char c = (char) hex4();
        if (Character.isHighSurrogate(c)) {
          // Half of a pair: the other half must follow, escaped too.
          if (length - position < 6 || bytes[position] != '\\' || bytes[position + 1] != 'u') {
            throw malformed();
          }
          position += 2;
          char low = (char) hex4();
          if (!Character.isLowSurrogate(low)) {
            throw malformed();
          }
          text.append(c).append(low);
        } else if (Character.isLowSurrogate(c)) {
          throw malformed();
        } else {
          text.append(c);
        }
      }
      default -> throw malformed();
    }
  }

  private int hex4() {
    if (length - position < 4) {
      throw malformed();
    }
    int value = 0;
    for (int k = 0; k < 4; k++) {
      int b = bytes[position + k];
      int d = b >= '0' && b <= '9' ? b - '0' : b >= 'A' && b <= 'F' ? b - 'A' + 10 : b >= 'a' && b <= 'f' ? b - 'a' + 10 : -1;
      if (d < 0) {
        throw malformed();
      }
      value = value << 4 | d;
    }
    position += 4;
    return value;
  }

  private Number number() {
    int start = position;
    if (bytes[position] == '-') {
      position++;
    }
    if (position >= length) {
      throw malformed();
    }
    if (bytes[position] == '0') {
      position++;
    } else if (!digits()) {
      throw malformed();
    }
    if (position < length && bytes[position] == '.') {
      position++;
      if (!digits()) {
        throw malformed();
      }
    }
    if (position < length && (bytes[position] == 'e' || bytes[position] == 'E')) {
      position++;
      if (position < length && (bytes[position] == '+' || bytes[position] == '-')) {
        position++;
      }
      int digits = position;
      while (digits < length && bytes[digits] == '0') {
        digits++;
      }
      if (!digits() || position - digits > 9) {
        throw malformed(); // no exponent, or one no reader represents
      }
    }
    if (position - start > MAX_NUMBER_LENGTH) {
      throw malformed();
    }
    return new Number(new String(bytes, start, position - start, StandardCharsets.ISO_8859_1));
  }

  private boolean digits() {
    int start = position;
    while (position < length && bytes[position] >= '0' && bytes[position] <= '9') {
      position++;
    }
    return position > start;
  }

  /**
   * A JSON number: its text as received, and its value. Two numbers are equal when their values are, so
   * {@code 400}, {@code 400.0} and {@code 4e2} are one number.
   */
  public static final class Number {

    /** Exponents past this are no number an error body compares with: never scaled to an integer. */
    private static final int MAX_SCALE = 1000;

    private final String text;
    private BigDecimal value;

    Number(String text) {
      this.text = text;
    }

    /** The number's text as received. */
    public String text() {
      return text;
    }

    /** The value; null where its exponent is too large to compare (past ±1000). */
    public BigDecimal value() {
      if (value == null) {
        BigDecimal parsed;
        try {
          parsed = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
          return null;
        }
        int scale = parsed.scale();
        if (scale > MAX_SCALE || scale < -MAX_SCALE) {
          return null;
        }
        value = parsed;
      }
      return value;
    }

    /**
     * The value's text as {@code Long.toString} or {@code BigInteger.toString} writes it, for an integer
     * value ({@code 7}, {@code 7.0}, {@code 7e0} are {@code "7"}); null for a number with a fraction.
     */
    public String integerText() {
      BigDecimal v = value();
      if (v == null) {
        return null;
      }
      if (v.signum() == 0) {
        return "0";
      }
      BigDecimal stripped = v.stripTrailingZeros();
      if (stripped.scale() > 0 || stripped.precision() - stripped.scale() > MAX_SCALE) {
        return null;
      }
      return stripped.toBigIntegerExact().toString();
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Number n)) {
        return false;
      }
      BigDecimal a = value();
      BigDecimal b = n.value();
      return a != null && b != null ? a.compareTo(b) == 0 : text.equals(n.text);
    }

    @Override
    public int hashCode() {
      BigDecimal v = value();
      return v == null ? text.hashCode() : v.signum() == 0 ? 0 : v.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
