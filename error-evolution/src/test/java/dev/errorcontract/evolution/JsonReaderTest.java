package dev.errorcontract.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

  @Test
  void readsEveryKindOfValue() throws Exception {
    Object value = JsonReader.read("\uFEFF {\"a\": [1, -2.5e1, true, false, null], \"b\": \"\\u00e9\\n\\\"\\/\"}\n");
    assertEquals(Map.of("a", java.util.Arrays.asList(1L, -25.0, true, false, null), "b", "\u00e9\n\"/"), value);
    assertEquals(List.of(), JsonReader.read("[]"));
  }

  @Test
  void rejectsWhatIsNotJson() {
    assertEquals("line 1, column 12: the member \"a\" appears twice",
        assertThrows(JsonReader.MalformedJson.class, () -> JsonReader.read("{\"a\":1,\"a\":2}")).getMessage());
    assertThrows(JsonReader.MalformedJson.class, () -> JsonReader.read("[1,]"));
    assertThrows(JsonReader.MalformedJson.class, () -> JsonReader.read("\"tab\there\""));
    assertThrows(JsonReader.MalformedJson.class, () -> JsonReader.read("{} {}"));
    assertThrows(JsonReader.MalformedJson.class, () -> JsonReader.read("[".repeat(100)));
    assertThrows(JsonReader.MalformedJson.class, () -> JsonReader.read("\"\\x\""));
  }
}
