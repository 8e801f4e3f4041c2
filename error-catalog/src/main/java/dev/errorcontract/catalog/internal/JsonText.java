package dev.errorcontract.catalog.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * RFC 8259 string encoding straight to UTF-8 bytes, byte for byte what Jackson's default {@code
 * ObjectMapper.writeValueAsBytes(String)} writes, so a documented body can be compared with what any
 * Jackson-based client or server would produce.
 *
 * <p>The choices, each taken from what Jackson 2.22 does with default settings:
 *
 * <ul>
 *   <li>{@code "} and {@code \} get the two-character escapes {@code \"} and {@code \\}; {@code /} is
 *       not escaped.
 *   <li>Of the control characters U+0000 to U+001F, only backspace, tab, line feed, form feed and
 *       carriage return get short escapes ({@code \b \t \n \f \r}); every other one is written
 *       <code>&#92;u00XX</code> with upper-case hex digits.
 *   <li>DEL (U+007F), the C1 controls, U+2028, U+2029 and every other BMP character that is not a
 *       surrogate are written as plain UTF-8: JSON does not require escaping them.
 *   <li>Every surrogate code unit is written as its own <code>&#92;uXXXX</code> escape with
 *       upper-case hex digits, whether it is half of a valid pair (a non-BMP character such as an
 *       emoji becomes <code>&#92;uD83D&#92;uDE00</code>, not four UTF-8 bytes) or unpaired. Jackson's
 *       UTF-8 generator does this unless {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} is enabled,
 *       which it is not by default. As a welcome consequence a lone surrogate never fails and never
 *       turns into invalid UTF-8: the output is always well-formed UTF-8 and valid JSON.
 * </ul>
 *
 * <p>{@link #quotedLength} and {@link #writeQuoted} let a caller size one array exactly and fill it
 * with no intermediate copies; neither allocates.
 */
public final class JsonText {

  /*
   * Per ASCII character: 0 when written as is, 'u' for the six-byte backslash-u-00XX escape, otherwise the
   * letter of its two-byte escape. One table lookup keeps the plain-ASCII loop to a compare and a
   * store per character.
   */
  private static final byte[] ESCAPE = new byte[0x80];

  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'
  };

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPE[c] = 'u';
    }
    ESCAPE['\b'] = 'b';
    ESCAPE['\t'] = 't';
    ESCAPE['\n'] = 'n';
    ESCAPE['\f'] = 'f';
    ESCAPE['\r'] = 'r';
    ESCAPE['"'] = '"';
    ESCAPE['\\'] = '\\';
  }

  private JsonText() {}

  /**
   * The JSON string literal of {@code s}, quotes included, as UTF-8 bytes.
   *
   * @throws NullPointerException if {@code s} is null
   * @throws IllegalArgumentException if the encoding would exceed {@link Integer#MAX_VALUE} bytes
   */
  public static byte[] quote(String s) {
    byte[] out = new byte[quotedLength(s)];
    writeQuoted(s, out, 0);
    return out;
  }

  /**
   * The number of bytes {@link #writeQuoted} writes for {@code s}, quotes included.
   *
   * @throws NullPointerException if {@code s} is null
   * @throws IllegalArgumentException if the encoding would exceed {@link Integer#MAX_VALUE} bytes
   */
  public static int quotedLength(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 0x80 || ESCAPE[c] != 0) {
        break;
      }
      i++;
    }
    // A long total: six bytes per character overflows an int long before a String runs out.
    long length = 2L + i;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        int e = ESCAPE[c];
        length += e == 0 ? 1 : e == 'u' ? 6 : 2;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isSurrogate(c)) {
        length += 6;
      } else {
        length += 3;
      }
    }
    if (length > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "JSON encoding of a " + n + "-character string would take " + length + " bytes");
    }
    return (int) length;
  }

  /**
   * Writes the JSON string literal of {@code s}, quotes included, into {@code dst} from {@code
   * offset}; exactly {@link #quotedLength quotedLength(s)} bytes.
   *
   * @return the offset just past the closing quote
   * @throws NullPointerException if {@code s} or {@code dst} is null
   * @throws IndexOutOfBoundsException if {@code dst} has fewer than {@code quotedLength(s)} bytes from
   *     {@code offset} (some bytes may have been written by then)
   */
  public static int writeQuoted(String s, byte[] dst, int offset) {
    Objects.requireNonNull(s, "s");
    int n = s.length();
    int p = offset;
    dst[p++] = '"';
    int i = 0;
    while (true) {
      // The common case: a run of plain ASCII, copied one byte per character.
      while (i < n) {
        char c = s.charAt(i);
        if (c >= 0x80 || ESCAPE[c] != 0) {
          break;
        }
        dst[p++] = (byte) c;
        i++;
      }
      if (i == n) {
        break;
      }
      long encoded = encoded(s.charAt(i++));
      for (int k = 1, count = (int) (encoded & 0xFF); k <= count; k++) {
        dst[p++] = (byte) (encoded >>> (8 * k));
      }
    }
    dst[p++] = '"';
    return p;
  }

  /** Writes the one character {@code c} as {@link #writeQuoted} writes it inside a string: the offset past it. */
  static int write(char c, byte[] dst, int offset) {
    if (c < 0x80 && ESCAPE[c] == 0) {
      dst[offset] = (byte) c;
      return offset + 1;
    }
    long encoded = encoded(c);
    int p = offset;
    for (int k = 1, count = (int) (encoded & 0xFF); k <= count; k++) {
      dst[p++] = (byte) (encoded >>> (8 * k));
    }
    return p;
  }

  /**
   * Writes the JSON string literal of {@code s}, quotes included, to {@code out} byte by byte:
   * exactly {@link #quotedLength quotedLength(s)} bytes, and no allocation, so a rendered body can be
   * streamed without an intermediate array. Meant for short strings and buffered streams.
   */
  public static void writeQuoted(String s, OutputStream out) throws IOException {
    int n = s.length();
    out.write('"');
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80 && ESCAPE[c] == 0) {
        out.write(c);
      } else {
        long encoded = encoded(c);
        for (int k = 1, count = (int) (encoded & 0xFF); k <= count; k++) {
          out.write((int) (encoded >>> (8 * k)));
        }
      }
    }
    out.write('"');
  }

  /**
   * The bytes of a character not written as itself (an escape, or a multi-byte UTF-8 sequence),
   * packed into a long so that both writers share one encoding without a buffer: the byte count in
   * the lowest byte, then the bytes in order.
   */
  private static long encoded(char c) {
    if (c < 0x80) {
      byte e = ESCAPE[c];
      return e == 'u' ? unicodeEscape(c) : packed(2, '\\', e, 0);
    } else if (c < 0x800) {
      return packed(2, 0xC0 | c >> 6, 0x80 | c & 0x3F, 0);
    } else if (Character.isSurrogate(c)) {
      return unicodeEscape(c);
    } else {
      return packed(3, 0xE0 | c >> 12, 0x80 | c >> 6 & 0x3F, 0x80 | c & 0x3F);
    }
  }

  private static long packed(int count, int first, int second, int third) {
    return count | (long) (first & 0xFF) << 8 | (long) (second & 0xFF) << 16 | (long) (third & 0xFF) << 24;
  }

  /** Backslash, u and four upper-case hex digits. */
  private static long unicodeEscape(char c) {
    return 6L | '\\' << 8 | 'u' << 16 | (long) HEX[c >> 12] << 24 | (long) HEX[c >> 8 & 0xF] << 32
        | (long) HEX[c >> 4 & 0xF] << 40 | (long) HEX[c & 0xF] << 48;
  }
}
