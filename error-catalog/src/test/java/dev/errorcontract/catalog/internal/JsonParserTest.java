package dev.errorcontract.catalog.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser.Feature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The strict JSON reader decoding by meaning stands on: a corpus of valid and invalid texts, its bounds,
 * and a differential comparison with Jackson (configured as strictly: duplicate members and trailing
 * tokens refused) over the corpus and over random mutations of it.
 */
class JsonParserTest {

  private static final ObjectMapper JACKSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  static final String[] VALID = {
    "{}", "[]", "0", "-0", "1", "-1", "1.5", "1e5", "1E+5", "1.5e-5", "-0.0e0", "123456789012345678901234567890",
    "true", "false", "null", "\"\"", "\"a\"", " {} ", "\t\n\r {\"a\" : 1 } \n",
    "{\"a\":1,\"b\":[1,2,{\"c\":null}]}", "[[[[[]]]]]", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\u0000\\u001f\\u00e9\\u00E9\"",
    "\"\\ud83d\\ude00\"", "\"\\uD83D\\uDE00\"", "\"\u00e9\u20ac\"", "\"\uD83D\uDE00\"", "\"\u2028\u2029\u007f\"",
    "{\"\":\"\"}", "{\"a\":{\"a\":{\"a\":1}}}", "[1,\"2\",true,false,null,{},[]]", "1.0000000000000000001",
    "{\"message\" :\"Invalid limit: 5000\" , \"code\":\"invalid_limit\"}", "\uFEFF{}", "1e999999999",
  };

  static final String[] INVALID = {
    "", " ", "{", "}", "[", "]", "{]", "[}", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{a:1}", "{'a':1}", "[1,]", "{\"a\":1,}",
    "[,1]", "01", "-", "+1", "1.", ".5", "1e", "1e+", "0x10", "NaN", "Infinity", "-Infinity", "tru", "nul", "True",
    "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\u0001\"", "\"a\nb\"", "\"\t\"", "{} {}", "[] x", "1 2",
    "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83d\\u0041\"", "\"\\ud83dx\"", "{\"a\":1,\"a\":2}", "{\"a\":1,\"b\":{\"c\":1,\"c\":1}}",
    "/* c */ {}", "{} // c", "\u00a0{}", "[1 2]", "{\"a\":1 \"b\":2}",
  };

  @Test
  void theValidCorpusReadsAsJacksonReadsIt() throws Exception {
    for (String text : VALID) {
      Object ours = JsonParser.parse(bytes(text), bytes(text).length);
      assertNotNull(ours, text);
      assertEquals(normal(JACKSON.readTree(bytes(text))), normal(ours), text);
    }
  }

  @Test
  void theInvalidCorpusIsRefused() {
    for (String text : INVALID) {
      assertNull(JsonParser.parse(bytes(text), bytes(text).length), text);
      assertTrue(jacksonRefuses(bytes(text)) || text.contains("\\ud83d") || text.contains("\\ude00"),
          "Jackson reads " + text);
    }
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[][] bad = {{(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF},
      {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};
    for (byte[] b : bad) {
      byte[] text = new byte[b.length + 2];
      text[0] = '"';
      System.arraycopy(b, 0, text, 1, b.length);
      text[text.length - 1] = '"';
      assertNull(JsonParser.parse(text, text.length));
    }
    byte[] four = "\"\uD83D\uDE00\"".getBytes(UTF_8);
    assertEquals("\uD83D\uDE00", JsonParser.parse(four, four.length));
  }

  @Test
  void boundsHold() {
    String deep = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
    assertNotNull(JsonParser.parse(bytes(deep), deep.length()));
    String deeper = "[".repeat(JsonParser.MAX_DEPTH + 1) + "]".repeat(JsonParser.MAX_DEPTH + 1);
    assertNull(JsonParser.parse(bytes(deeper), deeper.length()));
    String objects = "{\"a\":".repeat(100_000);
    assertNull(JsonParser.parse(bytes(objects), objects.length()));
    String longNumber = "1".repeat(JsonParser.MAX_NUMBER_LENGTH + 1);
    assertNull(JsonParser.parse(bytes(longNumber), longNumber.length()));
    // A huge exponent is read, but compares with no number.
    JsonParser.Number huge = (JsonParser.Number) JsonParser.parse(bytes("1e999999999"), 11);
    assertNull(huge.value());
    assertNull(huge.integerText());
    // An exponent of ten significant digits is refused; Jackson reads it.
    assertNull(JsonParser.parse(bytes("1e1234567890"), 12));
    assertNotNull(JsonParser.parse(bytes("1e0000000000000001"), 18));
    // Only the first length bytes count.
    assertEquals(List.of(), JsonParser.parse(bytes("[]garbage"), 2));
    assertNull(JsonParser.parse(bytes("[]"), 3));
  }

  @Test
  void numbersCompareByValue() {
    Object a = JsonParser.parse(bytes("400"), 3);
    for (String same : new String[] {"400.0", "4e2", "4.00E+2", "40000e-2"}) {
      Object b = JsonParser.parse(bytes(same), same.length());
      assertEquals(a, b, same);
      assertEquals(a.hashCode(), b.hashCode(), same);
      assertEquals("400", ((JsonParser.Number) b).integerText());
    }
    assertEquals("0", ((JsonParser.Number) JsonParser.parse(bytes("-0.0"), 4)).integerText());
    assertNull(((JsonParser.Number) JsonParser.parse(bytes("1.5"), 3)).integerText());
    assertEquals(JsonParser.parse(bytes("1.50"), 4), JsonParser.parse(bytes("1.5"), 3));
  }

  /** Random mutations of the corpus: where both readers accept, they read the same value. */
  @Test
  void mutationsAgreeWithJackson() throws Exception {
    SplittableRandom random = new SplittableRandom(24);
    byte[] alphabet = bytes("{}[]\",:\\ u0123456789abcdefABCDEF.eE+-tfnrl\n\t");
    int agreed = 0;
    for (int k = 0; k < 50_000; k++) {
      byte[] text = bytes(VALID[random.nextInt(VALID.length)]);
      byte[] mutated = text.clone();
      if (mutated.length == 0) {
        continue;
      }
      for (int n = 1 + random.nextInt(2); n > 0; n--) {
        mutated[random.nextInt(mutated.length)] = alphabet[random.nextInt(alphabet.length)];
      }
      Object ours = JsonParser.parse(mutated, mutated.length);
      JsonNode theirs;
      try {
        theirs = JACKSON.readTree(mutated);
      } catch (Exception e) {
        theirs = null;
      }
      String shown = new String(mutated, UTF_8);
      if (theirs == null || theirs.isMissingNode()) {
        assertNull(ours, shown);
      } else if (ours == null) {
        // Where only Jackson reads it: a lone surrogate escape, which this reader refuses on purpose, or an
        // exponent of ten digits or more, which it does not represent.
        assertTrue(shown.matches("(?s).*\\\\u[dD][89abAB].*|.*\\\\u[dD][c-fC-F].*|.*[eE][-+]?0*[1-9][0-9]{9}.*"),
            "Jackson alone reads " + shown);
      } else {
        assertEquals(normal(theirs), normal(ours), shown);
        agreed++;
      }
    }
    assertTrue(agreed > 1000, agreed + " agreed");
  }

  private static boolean jacksonRefuses(byte[] text) {
    try {
      JsonNode node = JACKSON.readTree(text);
      return node == null || node.isMissingNode();
    } catch (Exception e) {
      return true;
    }
  }

  /** A value in one comparable form: maps, lists, strings, BigDecimals stripped, booleans, "null". */
  private static Object normal(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> out.put((String) k, normal(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(normal(v)));
      return out;
    }
    if (value instanceof JsonParser.Number n) {
      return new BigDecimal(n.text()).stripTrailingZeros().toString();
    }
    if (value == JsonParser.NULL) {
      return "null-value";
    }
    return value;
  }

  private static Object normal(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), normal(e.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>();
      node.forEach(v -> out.add(normal(v)));
      return out;
    }
    if (node.isNumber()) {
      return node.decimalValue().stripTrailingZeros().toString();
    }
    if (node.isNull()) {
      return "null-value";
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.textValue();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
