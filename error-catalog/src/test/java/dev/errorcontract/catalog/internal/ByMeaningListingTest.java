package dev.errorcontract.catalog.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The listing pass of decoding by meaning ({@link ByMeaning#members()}): what it lists, and that it
 * refuses what {@link JsonParser#parse} refuses, a member named twice included, however the two names
 * are spelled and whatever their keys share.
 */
class ByMeaningListingTest {

  @Test
  void listsEachMemberWithItsNameKeyAndValue() {
    ByMeaning reading = read("\uFEFF {\n  \"detail\" : \"Not f\\u006Fund\",\"status\":404 ,\"a_long_member_name\":[1,{\"x\":2}]}\n");
    assertEquals(ByMeaning.LISTED, reading.members());
    assertEquals(3, reading.memberCount());
    assertEquals(List.of("detail", "status", "a_long_member_name"), names(reading));
    assertEquals("\"Not f\\u006Fund\"", value(reading, 0));
    assertTrue(reading.valueEscaped(0));
    assertEquals("404", value(reading, 1));
    assertEquals("[1,{\"x\":2}]", value(reading, 2));
    for (int k = 0; k < 3; k++) {
      assertEquals(JsonParser.nameKey(names(reading).get(k).getBytes(UTF_8)), reading.nameKey(k));
    }
  }

  @Test
  void namesOfUpToEightBytesHaveKeysOfTheirOwn() {
    List<Long> keys = new ArrayList<>();
    for (String name : List.of("", "a", "ab", "type", "title", "status", "detail", "doc_url", "instance")) {
      long key = JsonParser.nameKey(name.getBytes(UTF_8));
      assertFalse(keys.contains(key), name);
      keys.add(key);
    }
    // Past eight bytes a key is the first seven and a marker: the rest is compared.
    assertEquals(JsonParser.nameKey("request_id".getBytes(UTF_8)), JsonParser.nameKey("request_xy".getBytes(UTF_8)));
  }

  @Test
  void growsPastSixMembersAndStopsPastThirtyTwo() {
    StringBuilder body = new StringBuilder("{");
    for (int i = 0; i < 32; i++) {
      body.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":").append(i);
    }
    ByMeaning reading = read(body + "}");
    assertEquals(ByMeaning.LISTED, reading.members());
    assertEquals(32, reading.memberCount());
    assertEquals("m31", names(reading).get(31));
    assertEquals("31", value(reading, 31));
    assertEquals(ByMeaning.TOO_MANY, read(body + ",\"m32\":32}").members());
  }

  @Test
  void aMemberNamedTwiceIsNotJsonHoweverItIsSpelled() {
    for (String body : List.of(
        "{\"type\":1,\"type\":2}",
        "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"a\":8}",
        "{\"request_id\":1,\"request_id\":2}",
        "{\"type\":1,\"t\\u0079pe\":2}",
        "{\"t\\u0079pe\":1,\"type\":2}",
        "{\"\":1,\"\":2}",
        "{\"caf\u00e9\":1,\"caf\\u00e9\":2}")) {
      ByMeaning reading = read(body);
      assertEquals(ByMeaning.NOT_JSON, reading.members(), body);
      assertTrue(reading.notJson(), body);
    }
  }

  @Test
  void namesThatOnlyShareAKeyOrAPrefixAreDistinct() {
    for (String body : List.of(
        "{\"request_id\":1,\"request_xy\":2}",
        "{\"abcdefgh\":1,\"abcdefghi\":2}",
        "{\"abcdefg\":1,\"abcdefgh\":2}",
        "{\"type\":1,\"typ\":2,\"t\\u0079pes\":3}")) {
      ByMeaning reading = read(body);
      assertEquals(ByMeaning.LISTED, reading.members(), body);
    }
  }

  @Test
  void refusesWhatTheParserRefuses() {
    assertEquals(ByMeaning.NOT_AN_OBJECT, read("[1]").members());
    assertEquals(ByMeaning.NOT_AN_OBJECT, read("\"x\"").members());
    assertEquals(ByMeaning.LISTED, read(" {} ").members());
    for (String body : List.of("{", "{}x", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{\"a\":01}",
        "{\"a\":\"\u0001\"}", "{a:1}", "{\"a\":1}}", "{\"a\":[1,]}", "{\"a\":tru}", "{\"a\":\"\\ud800\"}")) {
      ByMeaning reading = read(body);
      assertEquals(ByMeaning.NOT_JSON, reading.members(), body);
      assertEquals(null, JsonParser.parse(body.getBytes(UTF_8), body.getBytes(UTF_8).length), body);
    }
  }

  private static ByMeaning read(String body) {
    byte[] bytes = body.getBytes(UTF_8);
    return new ByMeaning(bytes, bytes.length, false);
  }

  private static List<String> names(ByMeaning reading) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < reading.memberCount(); k++) {
      names.add(reading.in.text(reading.nameFrom(k), reading.nameTo(k)));
    }
    return names;
  }

  private static String value(ByMeaning reading, int k) {
    int to = reading.valueTo(k);
    int end = reading.in.byteAt(reading.valueFrom(k)) == '"' ? to + 1 : to;
    return new String(reading.bytes, reading.valueFrom(k), end - reading.valueFrom(k), UTF_8);
  }
}
