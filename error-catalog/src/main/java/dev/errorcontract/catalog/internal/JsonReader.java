package dev.errorcontract.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the values in the holes of a received body: JSON strings (escapes undone, UTF-8 checked) and
 * bare literals. Strings are read only in the one form {@link JsonText} writes them (the same escapes,
 * upper-case hex, no 4-byte UTF-8, no escaped slash), so a string read re-encodes to the very bytes it
 * was read from: the decoder needs no second encoding to know the body is exact. A cursor over one array; every method answers "no" (null, false) rather than throw, so
 * that arbitrary bytes from the network never escape as an exception. Not final: a decoder's reading of
 * one body extends it, so that the cursor and the values found are one object.
 */
class JsonReader {

  private final byte[] bytes;
  private final int length;
  private int position;

  JsonReader(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = length;
  }

  int position() {
    return position;
  }

  void position(int position) {
    this.position = position;
  }

  /** Whether {@code expected} comes next; if so the cursor moves past it. */
  boolean skip(byte[] expected) {
    int n = expected.length;
    if (length - position < n || !Arrays.equals(bytes, position, position + n, expected, 0, n)) {
      return false;
    }
    position += n;
    return true;
  }

  /** Whether {@code expected} is at {@code at}, within the body. */
  boolean matches(byte[] expected, int at) {
    int n = expected.length;
    return at >= 0 && at <= length - n && Arrays.equals(bytes, at, at + n, expected, 0, n);
  }

  /** Whether the bytes {@code [from, to)} are the same as {@code [otherFrom, otherTo)}. */
  boolean sameBytes(int from, int to, int otherFrom, int otherTo) {
    return Arrays.equals(bytes, from, to, bytes, otherFrom, otherTo);
  }

  /** Where {@code expected} first lies wholly within {@code [from, to)}; -1 if nowhere. */
  int indexOf(byte[] expected, int from, int to) {
    for (int at = from; at <= to - expected.length; at++) {
      if (matches(expected, at)) {
        return at;
      }
    }
    return -1;
  }

  /** Whether the cursor is at the end of the body. */
  boolean atEnd() {
    return position == length;
  }

  /** Whether a JSON string starts here. */
  boolean atString() {
    return position < length && bytes[position] == '"';
  }

  /**
   * The JSON string starting at the cursor, its escapes undone; null if there is none or it is not
   * well-formed (a raw control character, a bad escape, invalid UTF-8, no closing quote).
   */
  String string() {
    int end = stringEnd();
    String text = end < 0 ? null : text(position + 1, end);
    if (text != null) {
      position = end + 1;
    }
    return text;
  }

  /**
   * The index of the closing quote of the JSON string starting at the cursor, found by skipping escapes
   * only; -1 if there is no string. The cursor does not move, and nothing between the quotes is checked:
   * {@link #text} does that.
   */
  int stringEnd() {
    if (!atString()) {
      return -1;
    }
    int i = position + 1;
    while (i < length) {
      int b = bytes[i];
      if (b == '"') {
        return i;
      }
      i += b == '\\' ? 2 : 1;
    }
    return -1;
  }

  /** Moves the cursor past the closing quote at {@code end}, as {@link #stringEnd} found it. */
  void skipStringTo(int end) {
    position = end + 1;
  }

  /**
   * The text of the bytes {@code [from, to)} inside a JSON string, its escapes undone; null unless they are
   * whole characters in the one form {@link JsonText} writes them (no raw quote or control character, no
   * cut escape or UTF-8 sequence).
   */
  String text(int from, int to) {
    // The common case: printable ASCII with no escape, one Latin-1 copy.
    for (int i = from; i < to; i++) {
      int b = bytes[i];
      if (b < 0x20 || b == '\\' || b == '"') { // a negative byte starts a multi-byte UTF-8 sequence
        return slowText(from, to);
      }
    }
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private String slowText(int from, int to) {
    StringBuilder text = new StringBuilder(Math.min(64, to - from));
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 || b == '"') {
        return null;
      }
      if (b == '\\') {
        if (i + 1 >= to) {
          return null;
        }
        int e = bytes[i + 1];
        i += 2;
        switch (e) {
          case '"' -> text.append('"');
          case '\\' -> text.append('\\');
          case 'b' -> text.append('\b');
          case 'f' -> text.append('\f');
          case 'n' -> text.append('\n');
          case 'r' -> text.append('\r');
          case 't' -> text.append('\t');
          case 'u' -> {
            int c = hex4(i, to);
            // Only where JsonText writes one: a control without a short escape, or a surrogate.
            if (c < 0 || !(c < 0x20 && c != '\b' && c != '\t' && c != '\n' && c != '\f' && c != '\r'
                || Character.isSurrogate((char) c))) {
              return null;
            }
            text.append((char) c);
            i += 4;
          }
          default -> {
            return null; // "\/" included: JsonText never writes it
          }
        }
        continue;
      }
      if (b < 0x80) {
        text.append((char) b);
        i++;
        continue;
      }
      // Four-byte sequences refused: JsonText writes a supplementary character as two escapes.
      int consumed = Utf8.decode(bytes, i, to, false, text);
      if (consumed < 0) {
        return null;
      }
      i += consumed;
    }
    return text.toString();
  }

  /** Four upper-case hex digits, as JsonText writes them; -1 otherwise. */
  private int hex4(int i, int to) {
    if (i + 4 > to) {
      return -1;
    }
    int value = 0;
    for (int k = 0; k < 4; k++) {
      int b = bytes[i + k];
      int d = b >= '0' && b <= '9' ? b - '0' : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
      if (d < 0) {
        return -1;
      }
      value = value << 4 | d;
    }
    return value;
  }

  /**
   * A bare literal at the cursor (a number, {@code true}, {@code false}, {@code null}) as its text, up to
   * the next comma, brace, bracket or whitespace; null if there is none.
   */
  String literal() {
    int start = position;
    int i = start;
    while (i < length) {
      int b = bytes[i];
      if (b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '"') {
        break;
      }
      if (b < 0x20 || b >= 0x7F) {
        return null;
      }
      i++;
    }
    if (i == start) {
      return null;
    }
    position = i;
    return new String(bytes, start, i - start, StandardCharsets.ISO_8859_1);
  }
}
