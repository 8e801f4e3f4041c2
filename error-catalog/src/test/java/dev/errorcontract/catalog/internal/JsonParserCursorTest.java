package dev.errorcontract.catalog.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The cursor methods decoding by meaning uses on a string {@link JsonParser#scanString} checked: its
 * text, compared with a text without allocating, as code units ({@link JsonParser#chars}, plain ASCII
 * runs found eight bytes at a time: escapes and longer sequences placed on both sides of a word's
 * boundary), and respelled as {@link JsonText} writes it. Each
 * agrees with what {@link JsonParser#parse} reads, for every kind of escape, escaped surrogate pairs and
 * raw four-byte sequences among them.
 */
class JsonParserCursorTest {

  private static final String[] STRINGS = {
    "\"\"",
    "\"Passport P-0123456789 not found\"",
    "\"Passport P-0123456789 not f\\u006Fund\"",
    "\"a\\/b\\\\c\\\"d\\b\\f\\n\\r\\t\"",
    "\"\\u0001\\u001f\\u007F\\u00e9\\u00E9 caf\u00e9 \u20ac\"",
    "\"\\ud83d\\ude00 and \\uD83D\\uDE00\"",
    "\"\uD83D\uDE00 raw, four bytes\"",
    "\"\\uD832\\uDE00\"",
    "\"" + "x".repeat(37) + "\\n" + "y".repeat(9) + "\"",
    "\"" + "x".repeat(7) + "\\u0041" + "y".repeat(8) + "\u00e9" + "z".repeat(15) + "\uD83D\uDE00" + "w\"",
    "\"" + "x".repeat(8) + "\\\\" + "y".repeat(6) + "\u20ac\u20ac" + "z".repeat(9) + "\\ud83d\\ude00\"",
  };

  @Test
  void textTextEqualsAndAsWrittenAgreeWithTheParser() {
    for (String json : STRINGS) {
      byte[] bytes = json.getBytes(UTF_8);
      String expected = (String) JsonParser.parse(bytes, bytes.length);
      JsonParser in = new JsonParser(bytes, bytes.length);
      int to = in.scanString();
      assertEquals(bytes.length - 1, to, json);
      assertEquals(json.indexOf('\\') >= 0, in.escaped, json);
      assertEquals(json.codePoints().anyMatch(c -> c > 0xFFFF), in.fourByte, json);
      assertEquals(expected, in.text(1, to), json);
      assertTrue(in.textEquals(1, to, expected), json);
      assertFalse(in.textEquals(1, to, expected + "x"), json);
      if (!expected.isEmpty()) {
        assertFalse(in.textEquals(1, to, expected.substring(1)), json);
        assertFalse(in.textEquals(1, to, expected.substring(0, expected.length() - 1)), json);
      }
      char[] chars = in.chars(1, to);
      assertEquals(expected, new String(chars, 0, in.written), json);
      byte[] quoted = JsonText.quote(expected);
      byte[] written = in.asWritten(1, to);
      assertArrayEquals(Arrays.copyOfRange(quoted, 1, quoted.length - 1), Arrays.copyOf(written, in.written), json);
      assertEquals(bytes.length, in.position(), "the cursor stays past the string: " + json);
    }
  }

  @Test
  void aStringThatIsNotWellFormedIsRefused() {
    for (String json : new String[] {"\"abc", "\"a\u0001\"", "\"\\x\"", "\"\\uD83D\"", "\"\\uDE00x\"", "\"\\u12G4\""}) {
      byte[] bytes = json.getBytes(UTF_8);
      JsonParser in = new JsonParser(bytes, bytes.length);
      try {
        in.scanString();
        throw new AssertionError("read: " + json);
      } catch (JsonParser.Malformed expected) {
        // refused
      }
    }
    byte[] overlong = {'"', (byte) 0xC0, (byte) 0xAF, '"'};
    try {
      new JsonParser(overlong, overlong.length).scanString();
      throw new AssertionError("read an overlong sequence");
    } catch (JsonParser.Malformed expected) {
      // refused
    }
  }
}
