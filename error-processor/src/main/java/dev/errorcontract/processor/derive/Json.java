package dev.errorcontract.processor.derive;

import dev.errorcontract.catalog.internal.JsonText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer with one fixed layout (two-space indents, {@code ": "} after names, a final line
 * break), so equal documents are equal bytes. Strings are encoded by the runtime's {@link JsonText},
 * like the bodies themselves. Values are {@link Obj}, {@link List}, {@link String}, {@link Long},
 * {@link Integer}, {@link Boolean}, {@link Raw} and {@code null}.
 */
public final class Json {

  private Json() {}

  /** An object whose members keep their insertion order. */
  public static final class Obj {
    private final Map<String, Object> members = new LinkedHashMap<>();

    /** Adds (or replaces) a member. */
    public Obj put(String name, Object value) {
      members.put(name, value);
      return this;
    }

    /** The member's value, or null: lets the operations document reuse parts of the catalog's. */
    public Object get(String name) {
      return members.get(name);
    }

    /** Each member, in order. */
    public void forEach(java.util.function.BiConsumer<String, Object> action) {
      members.forEach(action);
    }

    /** Adds a member unless the value is null. */
    public Obj putIfNotNull(String name, Object value) {
      return value == null ? this : put(name, value);
    }
  }

  /** JSON text written as it is: an error body, byte for byte what the server sends. */
  public record Raw(byte[] json) {}

  /** An empty object. */
  public static Obj obj() {
    return new Obj();
  }

  /** An empty array. */
  public static List<Object> list() {
    return new ArrayList<>();
  }

  /** The document as UTF-8 bytes. */
  public static byte[] write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    value(out, value, 0);
    out.write('\n');
    return out.toByteArray();
  }

  private static void value(ByteArrayOutputStream out, Object value, int depth) {
    if (value == null) {
      ascii(out, "null");
    } else if (value instanceof String s) {
      out.writeBytes(JsonText.quote(s));
    } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
      ascii(out, value.toString());
    } else if (value instanceof Raw raw) {
      out.writeBytes(raw.json());
    } else if (value instanceof Obj obj) {
      if (obj.members.isEmpty()) {
        ascii(out, "{}");
        return;
      }
      out.write('{');
      String separator = "\n";
      for (Map.Entry<String, Object> member : obj.members.entrySet()) {
        ascii(out, separator);
        indent(out, depth + 1);
        out.writeBytes(JsonText.quote(member.getKey()));
        ascii(out, ": ");
        value(out, member.getValue(), depth + 1);
        separator = ",\n";
      }
      out.write('\n');
      indent(out, depth);
      out.write('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        ascii(out, "[]");
        return;
      }
      out.write('[');
      String separator = "\n";
      for (Object element : list) {
        ascii(out, separator);
        indent(out, depth + 1);
        value(out, element, depth + 1);
        separator = ",\n";
      }
      out.write('\n');
      indent(out, depth);
      out.write(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void indent(ByteArrayOutputStream out, int depth) {
    for (int i = 0; i < depth; i++) {
      ascii(out, "  ");
    }
  }

  private static void ascii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
