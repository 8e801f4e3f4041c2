package dev.errorcontract.catalog.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a detail where it lies in the body, matching its literal text as encoded bytes. */
class DetailPatternTest {

  @Test
  void oneArgumentIsTheBytesBetweenTheLiterals() {
    DetailPattern pattern = DetailPattern.of("Passport {id} not found", List.of("id"));
    assertArrayEquals(new String[] {"P-1"}, firstSplit(pattern, "Passport P-1 not found"));
    assertArrayEquals(new String[] {"\"a\"\u00e9\u0001\ud83d\ude00"},
        firstSplit(pattern, "Passport \"a\"\u00e9\u0001\ud83d\ude00 not found"));
    assertArrayEquals(new String[] {""}, firstSplit(pattern, "Passport  not found"));
    assertEquals(null, firstSplit(pattern, "Passport P-1 not lost"));
    assertEquals(null, firstSplit(pattern, "Passport not found"));
  }

  @Test
  void severalArgumentsAreTriedLeftmostFirstAndRepeatedOnesMustAgree() {
    DetailPattern pattern = DetailPattern.of("Order {a} of {b} not found", List.of("a", "b"));
    List<List<String>> splits = new ArrayList<>();
    split(pattern, "Order 7 of Ann of Bo not found", texts -> {
      splits.add(List.of(texts));
      return false;
    });
    assertEquals(List.of(List.of("7", "Ann of Bo"), List.of("7 of Ann", "Bo")), splits);
    DetailPattern twice = DetailPattern.of("{a} and {a}", List.of("a"));
    assertArrayEquals(new String[] {"x"}, firstSplit(twice, "x and x"));
    assertEquals(null, firstSplit(twice, "x and y"));
  }

  /** A literal found inside an argument's escape does not split it: those bytes are not whole characters. */
  @Test
  void aLiteralInsideAnEscapeIsNoSplit() {
    DetailPattern pattern = DetailPattern.of("{a}n{b}", List.of("a", "b"));
    List<List<String>> splits = new ArrayList<>();
    split(pattern, "x\ny\nnz", texts -> {
      splits.add(List.of(texts));
      return false;
    });
    // Encoded "x\\ny\\nnz": the n of each \\n escape is not the literal n.
    assertEquals(List.of(List.of("x\ny\n", "z")), splits);
  }

  @Test
  void aHostileDetailIsSplitABoundedNumberOfWays() {
    DetailPattern pattern = DetailPattern.of("{a} {b} {c}", List.of("a", "b", "c"));
    int[] tried = {0};
    assertFalse(split(pattern, " ".repeat(200), texts -> ++tried[0] < 0));
    assertEquals(DetailPattern.MAX_SPLITS, tried[0]);
    assertTrue(split(pattern, "1 2 3", texts -> true));
  }

  private static String[] firstSplit(DetailPattern pattern, String detail) {
    String[][] first = {null};
    split(pattern, detail, texts -> {
      first[0] = texts;
      return true;
    });
    return first[0];
  }

  private static boolean split(DetailPattern pattern, String detail, DetailPattern.Attempt attempt) {
    byte[] body = ("{\"detail\":" + new String(JsonText.quote(detail), UTF_8) + "}").getBytes(UTF_8);
    JsonReader reader = new JsonReader(body, body.length);
    reader.position(10);
    int end = reader.stringEnd();
    return pattern.split(reader, 11, end, attempt);
  }
}
