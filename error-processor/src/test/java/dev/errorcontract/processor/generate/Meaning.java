package dev.errorcontract.processor.generate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value of a JSON text as Jackson reads it, strictly (a member named twice, trailing tokens
 * refused): objects as maps (order free), numbers by value. The oracle for "equal in value".
 */
final class Meaning {

  private static final ObjectMapper JACKSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private final Object value;

  private Meaning(Object value) {
    this.value = value;
  }

  /** The meaning of {@code json}; a meaning equal to no other if Jackson does not read it. */
  static Meaning of(byte[] json) {
    try {
      return new Meaning(normal(JACKSON.readTree(json)));
    } catch (Exception e) {
      return new Meaning(new Object());
    }
  }

  /** This meaning without the object members {@code declared} does not have, at any depth. */
  Meaning withoutMembersAbsentFrom(Meaning declared) {
    return new Meaning(prune(value, declared.value));
  }

  @SuppressWarnings("unchecked")
  private static Object prune(Object value, Object declared) {
    if (value instanceof Map<?, ?> map && declared instanceof Map<?, ?> shape) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> {
        if (shape.containsKey(k)) {
          out.put((String) k, prune(v, shape.get(k)));
        }
      });
      return out;
    }
    return value;
  }

  private static Object normal(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
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
      return List.of("null");
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.textValue();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Meaning m && Objects.equals(value, m.value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
