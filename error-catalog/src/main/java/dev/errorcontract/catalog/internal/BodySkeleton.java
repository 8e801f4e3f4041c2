package dev.errorcontract.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * The compiled body of one error and code as values rather than bytes: which members, holding which
 * constants or per-response values. Decoding by meaning compares it with a received body's members as
 * {@link ByMeaning} lists them ({@link #matchMembers}): names and constants by value, the detail's and
 * instance's places noted for the exact path's split. Where a member holds an argument, the body read
 * with {@link JsonParser} is {@link #respell respelled} as this row's server writes it (members in the
 * server's order, no whitespace, the server's escapes, numbers as the server writes them) and the exact
 * decoder reads the respelled bytes, which checks those members against the detail. So a body equal in
 * value to a documented answer decodes as that answer, and everything the exact decoder proves
 * (arguments parsed only from the text they render as, members that agree with the detail) still holds.
 * Immutable and thread-safe.
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
    VARIES,
    /**
     * A value the throwing code or validation supplies: a string, or a list of objects with the declared
     * item members; {@code null} where an absent one is written null. Never walked: respelled.
     */
    SUPPLIED
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
  /** For {@link Kind#SUPPLIED}: the items' members of a list, null for a string. */
  private final JsonShape.Item[] items;

  // For the walk (match): computed once, when the catalog's bodies are compiled.

  /** For {@link Kind#OBJECT}: per member, its name in UTF-8 (null if a lone surrogate makes it unsendable raw). */
  private final byte[][] nameBytes;
  /** For {@link Kind#OBJECT}: per member, {@link JsonParser#nameKey} of its name's bytes (0 where they are null). */
  private final long[] nameKeys;
  /** For {@link Kind#OBJECT}: a bit per member that must be there. */
  private final long required;
  /** For a string {@link Kind#CONSTANT}: its text in UTF-8 (null if a lone surrogate makes it unsendable raw). */
  private final byte[] stringBytes;
  /** How many detail, instance and argument values this skeleton holds, nested ones included. */
  private final int details;

  private final int instances;
  private final int arguments;
  /** Whether {@link #match} covers this skeleton: every constant a string, number, boolean or null, at most 64 members per object. */
  private final boolean walkable;

  private BodySkeleton(Kind kind, String[] names, BodySkeleton[] members, boolean[] optional, byte[] text,
      boolean nullWhenAbsent) {
    this(kind, names, members, optional, text, nullWhenAbsent, null);
  }

  private BodySkeleton(Kind kind, String[] names, BodySkeleton[] members, boolean[] optional, byte[] text,
      boolean nullWhenAbsent, JsonShape.Item[] items) {
    this.items = items;
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
    int details = kind == Kind.DETAIL ? 1 : 0;
    int instances = kind == Kind.INSTANCE ? 1 : 0;
    int arguments = kind == Kind.ARGUMENT ? 1 : 0;
    boolean walkable = kind != Kind.SUPPLIED && (kind != Kind.CONSTANT || value instanceof String || value instanceof JsonParser.Number
        || value instanceof Boolean || value == JsonParser.NULL);
    long required = 0;
    if (kind == Kind.OBJECT) {
      nameBytes = new byte[names.length][];
      nameKeys = new long[names.length];
      walkable = names.length <= 64;
      for (int i = 0; i < names.length; i++) {
        nameBytes[i] = utf8(names[i]);
        nameKeys[i] = nameBytes[i] == null ? 0 : JsonParser.nameKey(nameBytes[i]);
        details += members[i].details;
        instances += members[i].instances;
        arguments += members[i].arguments;
        walkable &= members[i].walkable;
        if (!optional[i] && i < 64) {
          required |= 1L << i;
        }
      }
    } else {
      nameBytes = null;
      nameKeys = null;
    }
    this.required = required;
    this.stringBytes = value instanceof String string ? utf8(string) : null;
    this.details = details;
    this.instances = instances;
    this.arguments = arguments;
    this.walkable = walkable;
  }

  /** The UTF-8 bytes of {@code text}; null if it holds a lone surrogate, which only an escape can send. */
  private static byte[] utf8(String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).equals(text) ? bytes : null;
  }

  /**
   * Whether {@link #matchMembers} decides this body form alone: an object, walkable, with no member holding an
   * argument (those are checked against the detail by writing the body), at most one detail and one
   * instance.
   */
  boolean walkable() {
    return kind == Kind.OBJECT && walkable && arguments == 0 && details <= 1 && instances <= 1;
  }

  /** Whether a member holds the template detail. */
  boolean hasDetail() {
    return details > 0;
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

  /** A supplied value: a string where {@code items} is null, else a list of such items. */
  static BodySkeleton supplied(JsonShape.Item[] items, boolean nullWhenAbsent) {
    return new BodySkeleton(Kind.SUPPLIED, null, null, null, null, nullWhenAbsent, items);
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
      case SUPPLIED -> {
        return respellSupplied(received, into);
      }
      default -> throw new AssertionError(kind);
    }
  }

  /**
   * A supplied value respelled as the server writes it: a string; a list of objects holding each item
   * member as a string (other members ignored, or refused when strict), at most {@link
   * Supplied#MAX_ITEMS}; null where an absent value is written null.
   */
  private boolean respellSupplied(Object received, Respelling into) {
    ByteArrayOutputStream out = into.out;
    if (received == JsonParser.NULL) {
      out.writeBytes(ascii("null"));
      return nullWhenAbsent;
    }
    if (items == null) {
      if (!(received instanceof String s)) {
        return false;
      }
      out.writeBytes(JsonText.quote(s));
      return true;
    }
    if (!(received instanceof List<?> list) || list.size() > Supplied.MAX_ITEMS) {
      return false;
    }
    out.write('[');
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> item) || into.strict && item.size() != items.length) {
        return false;
      }
      if (i > 0) {
        out.write(',');
      }
      out.write('{');
      for (int j = 0; j < items.length; j++) {
        if (!(item.get(items[j].name) instanceof String value)) {
          return false;
        }
        if (j > 0) {
          out.write(',');
        }
        out.writeBytes(items[j].quoted);
        out.writeBytes(JsonText.quote(value));
      }
      out.write('}');
    }
    out.write(']');
    return true;
  }

  /**
   * Walks the value at {@code in}'s cursor against this skeleton in one pass, building no value: whether
   * it is equal in value to this form's (the detail's and instance's places noted in {@code found}),
   * or false as soon as it cannot be (then the cursor is left anywhere). For a {@link #walkable()}
   * skeleton, the same answer as {@link #respell} of the value {@link JsonParser} reads, and as strict
   * about the JSON: {@link JsonParser.Malformed} where the parser would refuse the body, {@link
   * ByMeaning.TooMany} where the walk does not decide.
   */
  boolean match(JsonParser in, ByMeaning found) {
    int b = in.peek();
    switch (kind) {
      case OBJECT -> {
        return b == '{' && matchObject(in, found);
      }
      case CONSTANT -> {
        return matchConstant(in, b);
      }
      case VARIES -> {
        if (!sameKind(value, b)) {
          return false;
        }
        in.skipValue();
        return true;
      }
      case DETAIL -> {
        if (b != '"') {
          return false;
        }
        found.detailFrom = in.position() + 1;
        found.detailTo = in.scanString();
        found.detailAsWritten = !in.escaped && !in.fourByte;
        return true;
      }
      case INSTANCE -> {
        if (b == '"') {
          int from = in.position() + 1;
          found.instance = in.text(from, in.scanString());
          return true;
        }
        if (b == 'n' && nullWhenAbsent) {
          in.word("null");
          found.instance = null;
          return true;
        }
        return false;
      }
      default -> throw new AssertionError(kind);
    }
  }

  /**
   * This object skeleton against the body's object as {@link ByMeaning#members()} listed it: {@link
   * #match} without reading the body again, each listed member's name looked up and its value compared
   * where it lies. A nested object is walked with {@link #match}.
   */
  boolean matchMembers(ByMeaning found) {
    JsonParser in = found.in;
    long seen = 0;
    for (int k = 0, n = found.memberCount(); k < n; k++) {
      int member = member(in, found.nameFrom(k), found.nameTo(k), found.nameEscaped(k), found.nameKey(k));
      if (member < 0) {
        if (found.strict) {
          return false;
        }
        found.ignored++;
        continue;
      }
      seen |= 1L << member; // listed names are distinct
      if (!members[member].matchListed(in, found, k)) {
        return false;
      }
    }
    return (seen & required) == required;
  }

  /** This skeleton against the value of the listed member {@code k}, already checked. */
  private boolean matchListed(JsonParser in, ByMeaning found, int k) {
    int from = found.valueFrom(k);
    int to = found.valueTo(k);
    int b = in.byteAt(from);
    switch (kind) {
      case OBJECT -> {
        if (b != '{') {
          return false;
        }
        in.at(from, 1);
        return matchObject(in, found);
      }
      case CONSTANT -> {
        if (value instanceof String string) {
          if (b != '"') {
            return false;
          }
          if (!found.valueEscaped(k)) {
            return stringBytes != null && stringBytes.length == to - from - 1 && in.regionEquals(from + 1, to, stringBytes);
          }
          return in.textEquals(from + 1, to, string);
        }
        if (value instanceof JsonParser.Number number) {
          if (b != '-' && (b < '0' || b > '9')) {
            return false;
          }
          return to - from == text.length && in.regionEquals(from, to, text)
              || number.equals(new JsonParser.Number(in.ascii(from, to)));
        }
        return b == text[0]; // true, false or null, checked whole when listed
      }
      case VARIES -> {
        return sameKind(value, b);
      }
      case DETAIL -> {
        if (b != '"') {
          return false;
        }
        found.detailFrom = from + 1;
        found.detailTo = to;
        found.detailAsWritten = !found.valueEscaped(k) && !found.valueFourByte(k);
        return true;
      }
      case INSTANCE -> {
        if (b == '"') {
          found.instance = in.text(from + 1, to);
          return true;
        }
        found.instance = null;
        return b == 'n' && nullWhenAbsent;
      }
      default -> throw new AssertionError(kind);
    }
  }

  private boolean matchObject(JsonParser in, ByMeaning found) {
    in.enter();
    int mark = found.undeclaredMark();
    long seen = 0;
    in.whitespace();
    if (in.peek() == '}') {
      in.next();
    } else {
      while (true) {
        in.whitespace();
        if (in.peek() != '"') {
          throw JsonParser.malformed();
        }
        int from = in.position() + 1;
        int to = in.scanString();
        boolean escaped = in.escaped;
        in.whitespace();
        if (in.next() != ':') {
          throw JsonParser.malformed();
        }
        in.whitespace();
        int member = member(in, from, to, escaped, escaped ? 0 : in.nameKey(from, to));
        if (member >= 0) {
          if ((seen & 1L << member) != 0) {
            throw JsonParser.malformed(); // a duplicate member
          }
          seen |= 1L << member;
          if (!members[member].match(in, found)) {
            return false;
          }
        } else {
          if (found.strict) {
            return false;
          }
          found.undeclared(in, mark, from, to, escaped);
          found.ignored++;
          in.skipValue();
        }
        in.whitespace();
        int b = in.next();
        if (b == '}') {
          break;
        }
        if (b != ',') {
          throw JsonParser.malformed();
        }
      }
    }
    in.leave();
    found.undeclaredReset(mark);
    return (seen & required) == required;
  }

  /**
   * The declared member named by the string {@code [from, to)}, whose {@link JsonParser#nameKey} is {@code
   * key} if it has no escape; -1 for none.
   */
  private int member(JsonParser in, int from, int to, boolean escaped, long key) {
    if (!escaped) {
      int n = to - from;
      long[] keys = nameKeys;
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == key) {
          byte[] name = nameBytes[i];
          if (name != null && name.length == n && (n <= 8 || in.regionEquals(from, to, name))) {
            return i;
          }
        }
      }
      return -1;
    }
    String name = in.text(from, to);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private boolean matchConstant(JsonParser in, int b) {
    if (value instanceof String string) {
      if (b != '"') {
        return false;
      }
      int from = in.position() + 1;
      int to = in.scanString();
      if (!in.escaped) {
        return stringBytes != null && stringBytes.length == to - from && in.regionEquals(from, to, stringBytes);
      }
      return in.textEquals(from, to, string);
    }
    if (value instanceof JsonParser.Number number) {
      if (b != '-' && (b < '0' || b > '9')) {
        return false;
      }
      int from = in.scanNumber();
      int to = in.position();
      // The server's own spelling, else by value (400.0, 4e2).
      return to - from == text.length && in.regionEquals(from, to, text)
          || number.equals(new JsonParser.Number(in.ascii(from, to)));
    }
    // true, false or null: each the only JSON word starting with its letter.
    if (b != text[0]) {
      return false;
    }
    in.word(value.toString());
    return true;
  }

  /** Whether the value starting with {@code first} is of the declared value's JSON kind. */
  private static boolean sameKind(Object declared, int first) {
    if (declared == JsonParser.NULL) {
      return first == 'n';
    }
    if (declared instanceof String) {
      return first == '"';
    }
    if (declared instanceof JsonParser.Number) {
      return first == '-' || first >= '0' && first <= '9';
    }
    if (declared instanceof Boolean) {
      return first == 't' || first == 'f';
    }
    if (declared instanceof Map) {
      return first == '{';
    }
    return declared instanceof List && first == '[';
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
