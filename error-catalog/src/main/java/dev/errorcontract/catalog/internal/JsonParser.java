package dev.errorcontract.catalog.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
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
 *
 * <p>The same grammar is also used as a cursor, by {@link BodySkeleton#match}: it walks a body against
 * a row's declared members without building any value, and throws {@link Malformed} where {@link
 * #parse} would answer null.
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

  /** Of the last string {@link #scanString scanned}: whether it holds an escape. */
  boolean escaped;

  /** Of the last string {@link #scanString scanned}: whether it holds a four-byte UTF-8 sequence. */
  boolean fourByte;

  /** A cursor at the start of {@code bytes[0..length)}, for walking it; see {@link #start}. */
  JsonParser(byte[] bytes, int length) {
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

  /** Not JSON; thrown by the parser and the cursor methods, and carries no stack trace. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Malformed INSTANCE = new Malformed();

    private Malformed() {
      super(null, null, false, false);
    }
  }

  static Malformed malformed() {
    return Malformed.INSTANCE;
  }

  /** RFC 8259 lets a reader ignore a byte order mark, which a sender must not add; Jackson ignores it too. */
  private void byteOrderMark() {
    if (length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      position = 3;
    }
  }

  void whitespace() {
    byte[] bytes = this.bytes;
    int i = position;
    while (i < length) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        break;
      }
      i++;
    }
    position = i;
  }

  /** The cursor moved back to the start, then past a byte order mark and whitespace, to the one value. */
  void start() {
    position = 0;
    depth = 0;
    byteOrderMark();
    whitespace();
  }

  /** After the one value: only whitespace up to the end, else {@link Malformed}. */
  void finish() {
    whitespace();
    if (position != length) {
      throw malformed();
    }
  }

  int position() {
    return position;
  }

  /** The cursor moved to {@code position}, inside {@code depth} arrays and objects. */
  void at(int position, int depth) {
    this.position = position;
    this.depth = depth;
  }

  /** The byte at {@code index}, within the text. */
  int byteAt(int index) {
    return bytes[index];
  }

  /** The byte at the cursor, or -1 at the end. */
  int peek() {
    return position < length ? bytes[position] : -1;
  }

  /** The byte at the cursor, the cursor past it; {@link Malformed} at the end. */
  int next() {
    if (position >= length) {
      throw malformed();
    }
    return bytes[position++];
  }

  /** Into an array or object (the cursor past its bracket), counting nesting against {@link #MAX_DEPTH}. */
  void enter() {
    if (++depth > MAX_DEPTH) {
      throw malformed();
    }
    position++;
  }

  /** Out of an array or object whose closing bracket was read. */
  void leave() {
    depth--;
  }

  /** Whether {@code bytes[from..to)} are {@code expected}. A loop: the ranges compared are short. */
  boolean regionEquals(int from, int to, byte[] expected) {
    int n = expected.length;
    if (to - from != n) {
      return false;
    }
    byte[] bytes = this.bytes;
    for (int k = 0; k < n; k++) {
      if (bytes[from + k] != expected[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A key of the name whose unescaped bytes are {@code [from, to)}: up to eight bytes, the bytes
   * themselves (low byte first, zero above), so that two names of at most eight bytes are the same name
   * exactly when their keys and lengths are; a longer name, its first seven bytes and 1 in the top byte
   * (compare the rest). No byte of a checked string is zero.
   */
  long nameKey(int from, int to) {
    int n = to - from;
    long word;
    if (from <= length - 8) {
      word = (long) LONG.get(bytes, from);
    } else {
      word = 0;
      for (int k = Math.min(n, 8) - 1; k >= 0; k--) {
        word = word << 8 | (bytes[from + k] & 0xFF);
      }
    }
    return key(word, n);
  }

  /** {@link #nameKey} of a name's bytes. */
  static long nameKey(byte[] name) {
    long word = 0;
    for (int k = Math.min(name.length, 8) - 1; k >= 0; k--) {
      word = word << 8 | (name[k] & 0xFF);
    }
    return key(word, name.length);
  }

  private static long key(long word, int n) {
    if (n > 8) {
      return word & 0x00FFFFFFFFFFFFFFL | 0x0100000000000000L;
    }
    return n == 8 ? word : word & (1L << (n << 3)) - 1;
  }

  /** Whether {@code bytes[from..to)} are {@code bytes[otherFrom..otherTo)}. */
  boolean regionEquals(int from, int to, int otherFrom, int otherTo) {
    int n = to - from;
    if (otherTo - otherFrom != n) {
      return false;
    }
    byte[] bytes = this.bytes;
    for (int k = 0; k < n; k++) {
      if (bytes[from + k] != bytes[otherFrom + k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks the value at the cursor as {@link #parse} reads it and moves past it, building nothing for a
   * string, number or literal (arrays and objects are read, to refuse duplicate members inside them).
   */
  void skipValue() {
    if (position >= length) {
      throw malformed();
    }
    switch (bytes[position]) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> scanString();
      case 't' -> word("true");
      case 'f' -> word("false");
      case 'n' -> word("null");
      default -> scanNumber();
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

  void word(String word) {
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
    enter(); // '{'
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
    enter(); // '['
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
    int from = position + 1;
    return text(from, scanString());
  }

  /**
   * Checks the JSON string at the cursor (its opening quote) and moves past it: the index of its closing
   * quote. Sets {@link #escaped} and {@link #fourByte} for it; {@link Malformed} if it is not a string.
   */
  int scanString() {
    byte[] bytes = this.bytes;
    int length = this.length;
    int i = position + 1; // past the opening quote
    boolean anyEscape = false;
    boolean anyFourByte = false;
    while (true) {
      // The common case: a run of printable ASCII, eight bytes at a time, straight to the first byte that
      // is not (the lowest byte a word's test flags is one), then byte by byte within the last eight.
      if (i <= length - 8) {
        long special = special((long) LONG.get(bytes, i));
        if (special == 0) {
          i += 8;
          continue;
        }
        i += Long.numberOfTrailingZeros(special) >>> 3;
      } else {
        while (i < length && PLAIN[bytes[i] & 0xFF]) {
          i++;
        }
        if (i >= length) {
          throw malformed();
        }
      }
      int b = bytes[i];
      if (b == '"') {
        escaped = anyEscape;
        fourByte = anyFourByte;
        position = i + 1;
        return i;
      }
      if (b == '\\') {
        position = i;
        escape(null);
        i = position;
        anyEscape = true;
      } else if (b >= 0) {
        throw malformed(); // a control character
      } else {
        int sequence = Utf8.sequence(bytes, i, length, true);
        if (sequence < 0) {
          throw malformed();
        }
        anyFourByte |= sequence >>> 21 == 4;
        i += sequence >>> 21;
      }
    }
  }

  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * Of the eight bytes of {@code word} (the first the lowest), those that may not stand for themselves
   * inside a string, by their high bit: below 0x20 or from 0x80 up, a quote or a backslash (the
   * word-at-a-time tests of Hacker's Delight, section 6-1). Zero if all eight do. A test may also flag a
   * byte above one it rightly flags (a borrow), never below, so the lowest flagged byte is the first
   * that does not stand for itself.
   */
  private static long special(long word) {
    long below = (word - 0x20 * ONES) & ~word;
    long quote = word ^ ('"' * ONES);
    long backslash = word ^ ('\\' * ONES);
    return (below | word | (quote - ONES) & ~quote | (backslash - ONES) & ~backslash) & HIGHS;
  }

  /** Per byte: whether it stands for itself inside a string (printable ASCII but the quote and backslash). */
  private static final boolean[] PLAIN = new boolean[256];

  static {
    for (int b = 0x20; b < 0x80; b++) {
      PLAIN[b] = b != '"' && b != '\\';
    }
  }

  /**
   * The text of the string between {@code from} and {@code to}, a string {@link #scanString} checked
   * (its quotes excluded), escapes undone. The cursor does not move.
   */
  String text(int from, int to) {
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      int b = bytes[i];
      if (b == '\\') {
        return unescaped(from, to);
      }
      ascii &= b >= 0;
    }
    // Checked UTF-8 with no escape: the JDK's decoder reads it as the parser would.
    return new String(bytes, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  private String unescaped(int from, int to) {
    int saved = position;
    StringBuilder text = new StringBuilder(to - from);
    position = from;
    while (position < to) {
      int units = nextUnits(to);
      if (units >>> 16 != 0) { // a surrogate pair
        text.append((char) (units >>> 16));
      }
      text.append((char) units);
    }
    position = saved;
    return text.toString();
  }

  /** The bytes {@code [from, to)} as ASCII text: for a number {@link #scanNumber} checked. */
  String ascii(int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** The escape at the cursor, checked and passed, its character appended to {@code text} unless null. */
  private void escape(StringBuilder text) {
    int units = escapeUnits();
    if (text != null) {
      if (units >>> 16 != 0) { // a surrogate pair
        text.append((char) (units >>> 16));
      }
      text.append((char) units);
    }
  }

  /**
   * The escape at the cursor, checked and passed: the code unit it stands for, or for an escaped
   * surrogate pair the high one shifted left by 16 bits or'ed with the low one.
   */
  private int escapeUnits() {
    if (position + 1 >= length) {
      throw malformed();
    }
    byte e = bytes[position + 1];
    position += 2;
    switch (e) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
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
          return c << 16 | low;
        }
        if (Character.isLowSurrogate(c)) {
          throw malformed();
        }
        return c;
      default:
        throw malformed();
    }
  }

  /**
   * The character at the cursor inside a string {@link #scanString} checked, ending before {@code to},
   * the cursor past it: its code unit, or for a surrogate pair (escaped, or one four-byte sequence) the
   * high one shifted left by 16 bits or'ed with the low one.
   */
  private int nextUnits(int to) {
    int b = bytes[position];
    if (b == '\\') {
      return escapeUnits();
    }
    if (b >= 0) {
      position++;
      return b;
    }
    int sequence = Utf8.sequence(bytes, position, to, true);
    position += sequence >>> 21;
    int code = sequence & 0x1FFFFF;
    return code < 0x10000 ? code : Character.highSurrogate(code) << 16 | Character.lowSurrogate(code);
  }

  /** Whether the text of the string {@code [from, to)} ({@link #text}) is {@code expected}; allocates nothing. */
  boolean textEquals(int from, int to, String expected) {
    int saved = position;
    position = from;
    int k = 0;
    int n = expected.length();
    boolean equal = true;
    while (equal && position < to) {
      int units = nextUnits(to);
      if (units >>> 16 != 0) { // a surrogate pair
        equal = k + 1 < n && expected.charAt(k) == (char) (units >>> 16) && expected.charAt(k + 1) == (char) units;
        k += 2;
      } else {
        equal = k < n && expected.charAt(k) == (char) units;
        k++;
      }
    }
    position = saved;
    return equal && k == n;
  }

  /**
   * The text of the string {@code [from, to)} ({@link #text}) encoded as {@link JsonText} writes it,
   * without quotes, into a new array: its first {@link #written} bytes.
   */
  byte[] asWritten(int from, int to) {
    // JsonText writes at most three bytes per byte read: a four-byte sequence becomes two six-byte escapes.
    byte[] bytes = this.bytes;
    byte[] out = new byte[3 * (to - from)];
    int saved = position;
    int i = from;
    int p = 0;
    while (i < to) {
      // Printable ASCII and BMP characters that are no surrogate are written as received: copied in runs.
      // The string was checked: no quote or control character, and each lead byte starts a whole sequence.
      int run = i;
      while (i < to) {
        if (i <= to - 8) {
          long special = special((long) LONG.get(bytes, i));
          if (special == 0) {
            i += 8;
            continue;
          }
          i += Long.numberOfTrailingZeros(special) >>> 3;
          if (i >= to) {
            i = to;
            break;
          }
        }
        int b = bytes[i];
        if (b >= 0x20 && b != '\\') {
          i++;
        } else if (b < 0 && (b & 0xF0) != 0xF0) {
          i += (b & 0xE0) == 0xC0 ? 2 : 3; // a two- or three-byte sequence
        } else {
          break;
        }
      }
      System.arraycopy(bytes, run, out, p, i - run);
      p += i - run;
      if (i < to) { // an escape, or a four-byte sequence: written as JsonText writes it
        position = i;
        int units = nextUnits(to);
        i = position;
        if (units >>> 16 != 0) { // a surrogate pair
          p = JsonText.write((char) (units >>> 16), out, p);
        }
        p = JsonText.write((char) units, out, p);
      }
    }
    position = saved;
    written = p;
    return out;
  }

  /**
   * The text of the string {@code [from, to)} ({@link #text}) as UTF-16 code units, into a new array: its
   * first {@link #written} units. Runs of ASCII are widened as they are; escapes and longer UTF-8
   * sequences are undone one by one.
   */
  char[] chars(int from, int to) {
    byte[] bytes = this.bytes;
    char[] out = new char[to - from];
    int saved = position;
    int i = from;
    int k = 0;
    while (i < to) {
      // A run of plain ASCII, found eight bytes at a time (as scanString finds it), widened in one loop.
      int run = i;
      while (i <= to - 8) {
        long special = special((long) LONG.get(bytes, i));
        if (special != 0) {
          i += Long.numberOfTrailingZeros(special) >>> 3;
          break;
        }
        i += 8;
      }
      while (i < to && PLAIN[bytes[i] & 0xFF]) {
        i++;
      }
      for (int j = run; j < i; j++) {
        out[k++] = (char) bytes[j];
      }
      if (i < to) { // an escape or a longer UTF-8 sequence: undone on its own
        position = i;
        int units = nextUnits(to);
        i = position;
        if (units >>> 16 != 0) { // a surrogate pair
          out[k++] = (char) (units >>> 16);
        }
        out[k++] = (char) units;
      }
    }
    position = saved;
    written = k;
    return out;
  }

  /** How many bytes the last {@link #asWritten} wrote, or code units {@link #chars}. */
  int written;

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
    int start = scanNumber();
    return new Number(new String(bytes, start, position - start, StandardCharsets.ISO_8859_1));
  }

  /** Checks the number at the cursor and moves past it: where it starts. {@link Malformed} if there is none. */
  int scanNumber() {
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
    return start;
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
