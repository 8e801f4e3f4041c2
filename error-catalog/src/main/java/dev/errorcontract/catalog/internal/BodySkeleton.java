package dev.errorcontract.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * The compiled body of one error and code as values rather than bytes: which members, holding which
 * constants or per-response values. Decoding by meaning reads a received body with {@link JsonParser}
 * and {@link #respell respells} it as this row's server writes it (members in the server's order, no
 * whitespace, the server's escapes, numbers as the server writes them); the exact decoder then reads
 * the respelled bytes. So a body equal in value to a documented answer decodes as that answer, and
 * everything the exact decoder proves (arguments parsed only from the text they render as, members
 * that agree with the detail) still holds. Immutable and thread-safe.
 */
final class BodySkeleton {

  enum Kind {
    OBJECT,
    /** A value every answer has: equal in value, or not this row. */
    CONSTANT,
    /** A template detail: a string. */
    DETAIL,
    /** A template argument: a string, number, boolean or null; its parser decides. */
    ARGUMENT,
    /** The instance: a string, or null where an absent one is written null. */
    INSTANCE,
    /** A member declared to vary: any value of its declared value's JSON kind, read as the declared one. */
    VARIES
  }

  final Kind kind;
  private final String[] names;
  /** The names as the server writes them, quoted, followed by a colon. */
  private final byte[][] quotedNames;
  private final BodySkeleton[] members;
  /** Per member: whether it may be missing (an instance left out when absent). */
  private final boolean[] optional;
  /** For {@link Kind#CONSTANT} and {@link Kind#VARIES}: the bytes written. */
  private final byte[] text;
  /** For {@link Kind#CONSTANT} and {@link Kind#VARIES}: the value, as {@link JsonParser} reads it. */
  private final Object value;

  private final boolean nullWhenAbsent;

  private BodySkeleton(Kind kind, String[] names, BodySkeleton[] members, boolean[] optional, byte[] text,
      boolean nullWhenAbsent) {
    this.kind = kind;
    this.names = names;
    this.quotedNames = names == null ? null : new byte[names.length][];
    for (int i = 0; names != null && i < names.length; i++) {
      byte[] quoted = JsonText.quote(names[i]);
      quotedNames[i] = java.util.Arrays.copyOf(quoted, quoted.length + 1);
      quotedNames[i][quoted.length] = ':';
    }
    this.members = members;
    this.optional = optional;
    this.text = text;
    this.value = text == null ? null : JsonParser.parse(text, text.length);
    this.nullWhenAbsent = nullWhenAbsent;
  }

  static BodySkeleton object(List<String> names, List<BodySkeleton> members, List<Boolean> optional) {
    boolean[] flags = new boolean[optional.size()];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = optional.get(i);
    }
    return new BodySkeleton(Kind.OBJECT, names.toArray(new String[0]), members.toArray(new BodySkeleton[0]), flags,
        null, false);
  }

  /** A constant value, as the JSON text the server writes. */
  static BodySkeleton constant(byte[] json) {
    return new BodySkeleton(Kind.CONSTANT, null, null, null, json, false);
  }

  /** A member declared to vary; the server writes {@code json}. */
  static BodySkeleton varies(byte[] json) {
    return new BodySkeleton(Kind.VARIES, null, null, null, json, false);
  }

  /** This constant, declared to vary: any value of its JSON kind reads as it. */
  BodySkeleton varying() {
    return kind == Kind.CONSTANT ? varies(text) : this;
  }

  static BodySkeleton detail() {
    return new BodySkeleton(Kind.DETAIL, null, null, null, null, false);
  }

  static BodySkeleton argument() {
    return new BodySkeleton(Kind.ARGUMENT, null, null, null, null, false);
  }

  static BodySkeleton instance(boolean nullWhenAbsent) {
    return new BodySkeleton(Kind.INSTANCE, null, null, null, null, nullWhenAbsent);
  }

  /** One respelling: the bytes written, and how many received members no skeleton member names. */
  static final class Respelling {

    final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final boolean strict;
    /** Members received that the catalog does not declare, ignored. */
    int ignored;

    Respelling(boolean strict) {
      this.strict = strict;
    }
  }

  /**
   * Writes {@code received} as the server writes this skeleton's body into {@code into}; false if it is
   * not equal in value to any body of this skeleton's form (then what was written is meaningless).
   */
  boolean respell(Object received, Respelling into) {
    ByteArrayOutputStream out = into.out;
    switch (kind) {
      case OBJECT -> {
        if (!(received instanceof Map<?, ?> map)) {
          return false;
        }
        out.write('{');
        int matched = 0;
        boolean any = false;
        for (int i = 0; i < names.length; i++) {
          Object member = map.get(names[i]);
          if (member == null) {
            if (optional[i]) {
              continue;
            }
            return false;
          }
          matched++;
          if (any) {
            out.write(',');
          }
          any = true;
          out.writeBytes(quotedNames[i]);
          if (!members[i].respell(member, into)) {
            return false;
          }
        }
        out.write('}');
        int unknown = map.size() - matched;
        if (unknown > 0 && into.strict) {
          return false;
        }
        into.ignored += unknown;
        return true;
      }
      case CONSTANT -> {
        if (!value.equals(received)) {
          return false;
        }
        out.writeBytes(text);
        return true;
      }
      case VARIES -> {
        if (!sameKind(value, received)) {
          return false;
        }
        out.writeBytes(text);
        return true;
      }
      case DETAIL -> {
        if (!(received instanceof String s)) {
          return false;
        }
        out.writeBytes(JsonText.quote(s));
        return true;
      }
      case ARGUMENT -> {
        if (received instanceof String s) {
          out.writeBytes(JsonText.quote(s));
        } else if (received instanceof JsonParser.Number n) {
          // The server writes integral arguments as their toString; any other number it never writes.
          String integer = n.integerText();
          out.writeBytes(ascii(integer != null ? integer : n.text()));
        } else if (received instanceof Boolean || received == JsonParser.NULL) {
          out.writeBytes(ascii(received.toString()));
        } else {
          return false;
        }
        return true;
      }
      case INSTANCE -> {
        if (received instanceof String s) {
          out.writeBytes(JsonText.quote(s));
          return true;
        }
        if (received == JsonParser.NULL && nullWhenAbsent) {
          out.writeBytes(ascii("null"));
          return true;
        }
        return false;
      }
      default -> throw new AssertionError(kind);
    }
  }

  private static boolean sameKind(Object declared, Object received) {
    if (declared == JsonParser.NULL || received == JsonParser.NULL) {
      return declared == received;
    }
    return declared.getClass() == received.getClass()
        || declared instanceof Map && received instanceof Map || declared instanceof List && received instanceof List;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case OBJECT -> {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < names.length; i++) {
          sb.append(i == 0 ? "" : ",").append(names[i]).append(optional[i] ? "?" : "").append(':').append(members[i]);
        }
        yield sb.append('}').toString();
      }
      case CONSTANT -> new String(text, java.nio.charset.StandardCharsets.UTF_8);
      case VARIES -> "~" + new String(text, java.nio.charset.StandardCharsets.UTF_8);
      default -> "${" + kind.name().toLowerCase(java.util.Locale.ROOT) + "}";
    };
  }
}
