package dev.errorcontract.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link JsonText} byte-equal to Jackson's default {@code writeValueAsBytes(String)}: on a
 * large fixed-seed random sample, and on named cases whose exact bytes are spelled out, so that a
 * change in either side shows up as a failure naming the input.
 */
class JsonTextDifferentialTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final long SEED = 0x5EED_2026_0001L;
  private static final int SAMPLES = 120_000;

  // ---------------------------------------------------------------- random differential

  @Test
  void randomStringsMatchJackson() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int k = 0; k < SAMPLES; k++) {
      String s = randomString(random);
      assertSameAsJackson(s, "sample " + k + " (seed " + Long.toHexString(SEED) + ")");
    }
  }

  /** A string from one of several profiles, so that rare categories are not drowned out. */
  private static String randomString(SplittableRandom random) {
    int roll = random.nextInt(100);
    int length;
    if (roll < 3) {
      length = 0;
    } else if (roll < 70) {
      length = 1 + random.nextInt(16);
    } else if (roll < 97) {
      length = 17 + random.nextInt(200);
    } else {
      // Long enough to cross Jackson's internal buffer and segment boundaries.
      length = 1_000 + random.nextInt(20_000);
    }
    // Which categories this string draws from: a bit mask over the categories below.
    int mask = random.nextInt(8) == 0 ? 0x1FF : 1 | random.nextInt(1 << 9);
    StringBuilder sb = new StringBuilder(length + 2);
    while (sb.length() < length) {
      int category = random.nextInt(9);
      if ((mask & (1 << category)) == 0) {
        category = 0;
      }
      appendFrom(category, random, sb);
    }
    if (random.nextInt(20) == 0) {
      // A lone surrogate at the start, middle or end of an otherwise ordinary string.
      char lone = (char) (random.nextBoolean() ? 0xD800 + random.nextInt(0x400) : 0xDC00 + random.nextInt(0x400));
      int at = random.nextInt(3) == 0 ? 0 : random.nextBoolean() ? sb.length() : random.nextInt(sb.length() + 1);
      sb.insert(at, lone);
    }
    return sb.toString();
  }

  private static void appendFrom(int category, SplittableRandom random, StringBuilder sb) {
    switch (category) {
      case 0: // printable ASCII
        sb.append((char) (0x20 + random.nextInt(0x5F)));
        break;
      case 1: // C0 controls and DEL
        sb.append(random.nextInt(33) == 32 ? '\u007F' : (char) random.nextInt(0x20));
        break;
      case 2: // the characters JSON or HTML care about
        sb.append("\"\\/<>&'".charAt(random.nextInt(7)));
        break;
      case 3: // JavaScript line terminators and their neighbours
        sb.append((char) (0x2026 + random.nextInt(6)));
        break;
      case 4: // two-byte UTF-8, C1 controls included
        sb.append((char) (0x80 + random.nextInt(0x780)));
        break;
      case 5: // three-byte UTF-8, BMP outside the surrogates (U+E000 to U+FFFF included)
        {
          int c = 0x800 + random.nextInt(0x10000 - 0x800 - 0x800);
          sb.append((char) (c >= 0xD800 ? c + 0x800 : c));
        }
        break;
      case 6: // a valid surrogate pair: a supplementary character
        sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
        break;
      case 7: // a lone high surrogate (unless the next draw happens to pair it)
        sb.append((char) (0xD800 + random.nextInt(0x400)));
        break;
      case 8: // a lone low surrogate, or one after a high one
        sb.append((char) (0xDC00 + random.nextInt(0x400)));
        break;
      default:
        throw new AssertionError(category);
    }
  }

  // ---------------------------------------------------------------- named cases

  @Test
  void emptyString() throws Exception {
    assertExact("", "\"\"");
  }

  @Test
  void plainAscii() throws Exception {
    assertExact("Invalid nonce", "\"Invalid nonce\"");
    assertExact(" !#$%&'()*+,-./09:;<=>?@AZ[]^_`az{|}~", "\" !#$%&'()*+,-./09:;<=>?@AZ[]^_`az{|}~\"");
  }

  @Test
  void quoteAndBackslashGetShortEscapesButSlashDoesNot() throws Exception {
    assertExact("\"", "\"\\\"\"");
    assertExact("\\", "\"\\\\\"");
    assertExact("a/b", "\"a/b\"");
    assertExact("</script>", "\"</script>\"");
  }

  @Test
  void everyControlCharacter() throws Exception {
    String[] expected = {
      "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
      "\\b", "\\t", "\\n", "\\u000B", "\\f", "\\r", "\\u000E", "\\u000F",
      "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
      "\\u0018", "\\u0019", "\\u001A", "\\u001B", "\\u001C", "\\u001D", "\\u001E", "\\u001F",
    };
    for (char c = 0; c < 0x20; c++) {
      assertExact(String.valueOf(c), "\"" + expected[c] + "\"");
    }
    assertExact("a\r\nb\u0000", "\"a\\r\\nb\\u0000\"");
  }

  @Test
  void deleteAndC1ControlsAreRawUtf8() throws Exception {
    assertBytes("\u007F", '"', 0x7F, '"');
    assertBytes("\u0080", '"', 0xC2, 0x80, '"');
    assertBytes("\u0085", '"', 0xC2, 0x85, '"');
    assertBytes("\u009F", '"', 0xC2, 0x9F, '"');
  }

  @Test
  void lineAndParagraphSeparatorsAreRawUtf8() throws Exception {
    assertBytes("\u2028", '"', 0xE2, 0x80, 0xA8, '"');
    assertBytes("\u2029", '"', 0xE2, 0x80, 0xA9, '"');
  }

  @Test
  void bmpCharactersAreRawUtf8() throws Exception {
    assertBytes("\u00E9", '"', 0xC3, 0xA9, '"');
    assertBytes("\u07FF", '"', 0xDF, 0xBF, '"');
    assertBytes("\u0800", '"', 0xE0, 0xA0, 0x80, '"');
    assertBytes("\u20AC", '"', 0xE2, 0x82, 0xAC, '"');
    assertBytes("\uD7FF", '"', 0xED, 0x9F, 0xBF, '"');
    assertBytes("\uE000", '"', 0xEE, 0x80, 0x80, '"');
    assertBytes("\uFEFF", '"', 0xEF, 0xBB, 0xBF, '"');
    assertBytes("\uFFFF", '"', 0xEF, 0xBF, 0xBF, '"');
  }

  @Test
  void surrogatePairsAreEscapedUnitByUnit() throws Exception {
    assertExact("\uD83D\uDE00", "\"\\uD83D\\uDE00\"");
    assertExact("\uD800\uDC00", "\"\\uD800\\uDC00\"");
    assertExact("\uDBFF\uDFFF", "\"\\uDBFF\\uDFFF\"");
    assertExact("a\uD83D\uDE00b", "\"a\\uD83D\\uDE00b\"");
  }

  @Test
  void loneSurrogatesAreEscapedNotRejected() throws Exception {
    assertExact("\uD800", "\"\\uD800\"");
    assertExact("\uDFFF", "\"\\uDFFF\"");
    assertExact("\uD800x", "\"\\uD800x\"");
    assertExact("x\uDC00y", "\"x\\uDC00y\"");
    assertExact("x\uDBFF", "\"x\\uDBFF\"");
    assertExact("\uDC00\uD800", "\"\\uDC00\\uD800\"");
    assertExact("\uD800\uD800\uDC00", "\"\\uD800\\uD800\\uDC00\"");
  }

  @Test
  void longStringsCrossingBufferBoundaries() throws Exception {
    for (int n : new int[] {7_999, 8_000, 8_001, 16_384, 65_537}) {
      char[] chars = new char[n];
      for (int i = 0; i < n; i++) {
        chars[i] = i % 97 == 0 ? '\uD83D' : i % 97 == 1 ? '\uDE00' : i % 13 == 0 ? '\n' : (char) ('a' + i % 26);
      }
      assertSameAsJackson(new String(chars), "length " + n);
      assertSameAsJackson("x" + new String(chars), "length " + (n + 1));
    }
  }

  // ---------------------------------------------------------------- the buffer API

  @Test
  void writeQuotedWritesExactlyQuotedLengthBytesAtAnOffset() {
    String s = "a\"\u00E9\u20AC\uD83D\uDE00\n";
    int length = JsonText.quotedLength(s);
    byte[] dst = new byte[length + 6];
    Arrays.fill(dst, (byte) '#');
    int end = JsonText.writeQuoted(s, dst, 3);
    assertEquals(3 + length, end);
    assertArrayEquals(JsonText.quote(s), Arrays.copyOfRange(dst, 3, end));
    assertEquals("###", new String(dst, 0, 3, StandardCharsets.US_ASCII));
    assertEquals("###", new String(dst, end, 3, StandardCharsets.US_ASCII));
  }

  @Test
  void writeQuotedIntoATooSmallArrayThrows() {
    assertThrows(IndexOutOfBoundsException.class, () -> JsonText.writeQuoted("abc", new byte[4], 0));
    assertThrows(IndexOutOfBoundsException.class, () -> JsonText.writeQuoted("\n", new byte[3], 0));
  }

  @Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class, () -> JsonText.quote(null));
    assertThrows(NullPointerException.class, () -> JsonText.quotedLength(null));
    assertThrows(NullPointerException.class, () -> JsonText.writeQuoted(null, new byte[8], 0));
  }

  // ---------------------------------------------------------------- helpers

  /** Exact expected text (ASCII only), and the same bytes from Jackson. */
  private static void assertExact(String input, String expectedAscii) throws Exception {
    assertArrayEquals(
        expectedAscii.getBytes(StandardCharsets.US_ASCII),
        JsonText.quote(input),
        () -> "JsonText.quote(" + codePoints(input) + ")");
    assertSameAsJackson(input, "named case");
  }

  /** Exact expected bytes, and the same bytes from Jackson. */
  private static void assertBytes(String input, int... expected) throws Exception {
    byte[] bytes = new byte[expected.length];
    for (int i = 0; i < expected.length; i++) {
      bytes[i] = (byte) expected[i];
    }
    assertArrayEquals(bytes, JsonText.quote(input), () -> "JsonText.quote(" + codePoints(input) + ")");
    assertSameAsJackson(input, "named case");
  }

  private static void assertSameAsJackson(String s, String where) throws Exception {
    byte[] expected = JACKSON.writeValueAsBytes(s);
    byte[] actual = JsonText.quote(s);
    if (!Arrays.equals(expected, actual)) {
      fail(where + ": JsonText differs from Jackson for input " + codePoints(s)
          + "\n  jackson:  " + hex(expected) + "\n  jsontext: " + hex(actual));
    }
    int length = JsonText.quotedLength(s);
    if (length != actual.length) {
      fail(where + ": quotedLength " + length + " != " + actual.length + " for " + codePoints(s));
    }
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    JsonText.writeQuoted(s, streamed);
    if (!Arrays.equals(expected, streamed.toByteArray())) {
      fail(where + ": JsonText streamed differs from Jackson for input " + codePoints(s)
          + "\n  jackson:  " + hex(expected) + "\n  streamed: " + hex(streamed.toByteArray()));
    }
  }

  /** The input as UTF-16 code units in hex, so lone surrogates stay visible. */
  static String codePoints(String s) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < s.length() && i < 400; i++) {
      sb.append(i == 0 ? "" : " ").append(String.format("U+%04X", (int) s.charAt(i)));
    }
    return sb.append(s.length() > 400 ? " ... (" + s.length() + " chars)]" : "]").toString();
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bytes.length && i < 1200; i++) {
      sb.append(String.format("%02X", bytes[i] & 0xFF));
    }
    return bytes.length > 1200 ? sb + "... (" + bytes.length + " bytes)" : sb.toString();
  }
}
