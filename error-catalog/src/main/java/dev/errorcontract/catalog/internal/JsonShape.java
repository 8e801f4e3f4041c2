package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Instance;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON shape of a catalog's error bodies: which members, in which order, holding which values.
 * Generated code builds one shape per catalog and {@link #compile compiles} it once per error into
 * {@link RowBodies}, so that everything but the values known only per response is encoded before the
 * first response, and whether an absent member is left out is decided then too.
 *
 * <p>Output is compact: no whitespace at all. Member names and string values are encoded with {@link
 * JsonText}. Instances are immutable and thread-safe.
 */
public final class JsonShape {

  private final Member[] members;
  private final String mediaType;
  private final Instance instance;

  private JsonShape(Member[] members, String mediaType, Instance instance) {
    this.members = members;
    this.mediaType = mediaType;
    this.instance = instance;
  }

  /**
   * A JSON object with these members in order, media type {@code application/json}, and no instance.
   *
   * @throws IllegalArgumentException if two members have the same name
   */
  public static JsonShape of(Member... members) {
    Member[] copy = copy(members, "body");
    return new JsonShape(copy, "application/json", Instance.NONE);
  }

  /** This shape sent with exactly this {@code Content-Type}. */
  public JsonShape mediaType(String contentType) {
    return new JsonShape(members, Objects.requireNonNull(contentType, "contentType"), instance);
  }

  /**
   * This shape with an instance source: members bound to {@link CatalogValue#INSTANCE} are written from
   * the instance each response gives; with {@link Instance#NONE} (the default) they are always absent.
   */
  public JsonShape instance(Instance source) {
    return new JsonShape(members, mediaType, Objects.requireNonNull(source, "source"));
  }

  /** The exact {@code Content-Type} of the bodies. */
  public String mediaType() {
    return mediaType;
  }

  /** The bodies of one completed row, for each code it may answer with. */
  public RowBodies compile(ErrorRow row) {
    Objects.requireNonNull(row.status(), "the row is not complete");
    boolean perCode = row.isAddedByLibrary() && row.status().codes().size() > 1 && binds(members, CatalogValue.STATUS);
    List<Integer> codes = perCode ? row.status().codes() : List.of(row.statusCode());
    BodyTemplate[] templates = new BodyTemplate[codes.size()];
    for (int i = 0; i < templates.length; i++) {
      Compiler compiler = new Compiler(row, codes.get(i), instance != Instance.NONE);
      compiler.object(members);
      templates[i] = compiler.finish(compiler.skeleton(members));
    }
    return new RowBodies(row, mediaType, perCode ? codes : null, templates);
  }

  private static boolean binds(Member[] members, CatalogValue value) {
    for (Member m : members) {
      if (m.kind == Kind.VALUE && m.value == value || m.kind == Kind.OBJECT && binds(m.members, value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A member holding a catalog value: {@link CatalogValue#STATUS} as a JSON number, the others as
   * strings; {@link CatalogValue#CODE}, {@link CatalogValue#TYPE} and {@link CatalogValue#INSTANCE}
   * may be absent.
   *
   * @throws IllegalArgumentException for {@link CatalogValue#CONSTANT}, which has no value of its own
   */
  public static Member value(String name, CatalogValue value) {
    Objects.requireNonNull(value, "value");
    if (value == CatalogValue.CONSTANT) {
      throw new IllegalArgumentException("member \"" + name + "\": use JsonShape.constant for a constant");
    }
    return new Member(name, Kind.VALUE, value, null, null, false);
  }

  /** A member holding a constant JSON string. */
  public static Member constant(String name, String value) {
    return new Member(name, Kind.STRING, null, Objects.requireNonNull(value, "value"), null, false);
  }

  /** A member holding a constant JSON number. */
  public static Member constant(String name, long value) {
    return new Member(name, Kind.LITERAL, null, Long.toString(value), null, false);
  }

  /** A member holding a constant JSON {@code true} or {@code false}. */
  public static Member constant(String name, boolean value) {
    return new Member(name, Kind.LITERAL, null, Boolean.toString(value), null, false);
  }

  /** A member holding a row attribute as a JSON string; absent for rows that have none. */
  public static Member attribute(String name, String attribute) {
    return new Member(name, Kind.ATTRIBUTE, null, Objects.requireNonNull(attribute, "attribute"), null, false);
  }

  /**
   * A member holding a template argument: integral numbers as JSON numbers, booleans as {@code true} or
   * {@code false}, anything else as a string of {@link String#valueOf(Object)}, a null argument as
   * {@code null}; absent for rows whose template has no such argument.
   */
  public static Member argument(String name, String argument) {
    return new Member(name, Kind.ARGUMENT, null, Objects.requireNonNull(argument, "argument"), null, false);
  }

  /**
   * A member holding a nested JSON object with these members in order.
   *
   * @throws IllegalArgumentException if two members have the same name
   */
  public static Member object(String name, Member... members) {
    return new Member(name, Kind.OBJECT, null, null, copy(members, "object \"" + name + "\""), false);
  }

  /**
   * A member holding a string the throwing code supplies ({@code CatalogValue.SUPPLIED}), kept under
   * {@code key} in the exception's supplied values; absent where it supplies none. Left out when absent
   * only after a member every body writes, so that no comma depends on it.
   */
  public static Member supplied(String name, String key) {
    return new Member(name, Kind.SUPPLIED, null, Objects.requireNonNull(key, "key"), null, false);
  }

  /**
   * A member holding a list of violations ({@code CatalogValue.VIOLATIONS}): a JSON array of objects with
   * these members in order, each a path or a message, as Jackson writes a {@code List} of records; the
   * list is kept under {@code key} in the exception's supplied values, given by validation or by the
   * throwing code, and absent where neither gives one. At most {@link Supplied#MAX_ITEMS} items.
   *
   * @throws IllegalArgumentException if no items are given, or two have the same name
   */
  public static Member violations(String name, String key, Item... items) {
    if (items.length == 0) {
      throw new IllegalArgumentException("list \"" + name + "\" has no item members");
    }
    Set<String> seen = new HashSet<>();
    for (Item item : items) {
      if (!seen.add(item.name)) {
        throw new IllegalArgumentException("duplicate item member \"" + item.name + "\" in list \"" + name + "\"");
      }
    }
    return new Member(name, Kind.SUPPLIED, null, Objects.requireNonNull(key, "key"), null, false, false,
        items.clone());
  }

  /** An item member holding the violation's property path. */
  public static Item path(String name) {
    return new Item(name, true);
  }

  /** An item member holding the violation's message. */
  public static Item message(String name) {
    return new Item(name, false);
  }

  /** One member of a list's items: its name and whether it holds the path or the message. Immutable. */
  public static final class Item {

    final String name;
    final boolean path;
    /** The name as written, quoted, and a colon. */
    final byte[] quoted;

    private Item(String name, boolean path) {
      this.name = Objects.requireNonNull(name, "name");
      this.path = path;
      byte[] q = JsonText.quote(name);
      this.quoted = java.util.Arrays.copyOf(q, q.length + 1);
      this.quoted[q.length] = ':';
    }

    @Override
    public String toString() {
      return name + "=" + (path ? "path" : "message");
    }
  }

  private static Member[] copy(Member[] members, String where) {
    Member[] copy = members.clone();
    Set<String> seen = new HashSet<>();
    for (Member m : copy) {
      Objects.requireNonNull(m, () -> "a member of " + where);
      if (!seen.add(m.name)) {
        throw new IllegalArgumentException("duplicate member name \"" + m.name + "\" in " + where);
      }
    }
    return copy;
  }

  private enum Kind {
    VALUE,
    STRING,
    /** A number or boolean, kept as its JSON text. */
    LITERAL,
    ATTRIBUTE,
    ARGUMENT,
    OBJECT,
    /** A value the throwing code or validation supplies: a string, or a list where items are declared. */
    SUPPLIED
  }

  /** One member of a JSON object in a shape: a name and what its value is. Immutable. */
  public static final class Member {

    private final String name;
    private final Kind kind;
    private final CatalogValue value;
    private final String text;
    private final Member[] members;
    private final boolean omittedWhenAbsent;
    private final boolean varies;
    /** For a supplied list: its items' members; null for a supplied string and every other kind. */
    private final Item[] items;

    private Member(String name, Kind kind, CatalogValue value, String text, Member[] members, boolean omitted) {
      this(name, kind, value, text, members, omitted, false, null);
    }

    private Member(String name, Kind kind, CatalogValue value, String text, Member[] members, boolean omitted,
        boolean varies, Item[] items) {
      this.name = Objects.requireNonNull(name, "name");
      this.kind = kind;
      this.value = value;
      this.text = text;
      this.members = members;
      this.omittedWhenAbsent = omitted;
      this.varies = varies;
      this.items = items;
    }

    /**
     * This member, declared to vary in what the API sends: a decoder takes any value of the same JSON kind
     * as the one written (see {@code Member.varies}); what is written does not change.
     *
     * @throws IllegalArgumentException for a member whose value is read per answer or compared as a
     *     number: the detail, an argument, the status, the instance, an object
     */
    public Member varies() {
      boolean perAnswer = kind == Kind.ARGUMENT || kind == Kind.OBJECT || kind == Kind.SUPPLIED || kind == Kind.VALUE
          && (value == CatalogValue.DETAIL || value == CatalogValue.STATUS || value == CatalogValue.INSTANCE);
      if (perAnswer) {
        throw new IllegalArgumentException("member \"" + name + "\" cannot vary: " + this);
      }
      return new Member(name, kind, value, text, members, omittedWhenAbsent, true, items);
    }

    /**
     * This member, left out of the bodies where its value is absent instead of written {@code null};
     * decided once per row when the shape is compiled, except for an instance, which each response
     * gives or not.
     */
    public Member omittedWhenAbsent() {
      return new Member(name, kind, value, text, members, true, varies, items);
    }

    /** The member as declared, for debugging. */
    @Override
    public String toString() {
      String shown = switch (kind) {
        case VALUE -> String.valueOf(value);
        case STRING -> "\"" + text + "\"";
        case LITERAL -> text;
        case ATTRIBUTE -> "attribute " + text;
        case ARGUMENT -> "argument " + text;
        case OBJECT -> List.of(members).toString();
        case SUPPLIED -> "supplied " + text + (items == null ? "" : List.of(items).toString());
      };
      return name + "=" + shown + (omittedWhenAbsent ? "?" : "") + (varies ? "~" : "");
    }
  }

  /** Walks the shape for one row and code, cutting the bytes into constant segments around the holes. */
  private static final class Compiler {

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONE = {};
    private static final byte[] COMMA = {','};

    private final ErrorRow row;
    private final int status;
    private final boolean hasInstance;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final List<byte[]> segments = new ArrayList<>();
    private final List<BodyTemplate.Hole> holes = new ArrayList<>();

    Compiler(ErrorRow row, int status, boolean hasInstance) {
      this.row = row;
      this.status = status;
      this.hasInstance = hasInstance;
    }

    /**
     * An object. Members absent for this row and left out are skipped here, once. An instance left out
     * when absent is decided per response; every instance member of a body is present or absent
     * together, so commas around them are fixed here too: such members before the first member always
     * written carry no leading comma, and the last of them a trailing one.
     */
    void object(Member[] members) {
      current.write('{');
      int firstWritten = -1;
      for (int i = 0; i < members.length && firstWritten < 0; i++) {
        if (!isOptionalInstance(members[i]) && !isOptionalSupplied(members[i]) && !isLeftOut(members[i])) {
          firstWritten = i;
        }
      }
      boolean anyWritten = false;
      boolean anyOptional = false;
      for (int i = 0; i < members.length; i++) {
        Member m = members[i];
        if (isLeftOut(m)) {
          continue;
        }
        if (isOptionalSupplied(m)) {
          if (firstWritten < 0 || i < firstWritten) {
            throw new IllegalArgumentException("member \"" + m.name
                + "\" is left out when absent but comes before every member always written: " + List.of(members));
          }
          hole(BodyTemplate.Hole.supplied(m.text, m.items,
              concat(COMMA, JsonText.quote(m.name), new byte[] {':'}), NONE, false));
          continue;
        }
        if (isOptionalInstance(m)) {
          boolean beforeFirst = firstWritten < 0 || i < firstWritten;
          byte[] leading = !beforeFirst || anyOptional ? COMMA : NONE;
          byte[] trailing = beforeFirst && firstWritten >= 0 && isLastOptionalBefore(members, i, firstWritten)
              ? COMMA : NONE;
          hole(BodyTemplate.Hole.instance(concat(leading, JsonText.quote(m.name), new byte[] {':'}), trailing, false));
          anyOptional = true;
          continue;
        }
        if (anyWritten) {
          current.write(',');
        }
        anyWritten = true;
        current.writeBytes(JsonText.quote(m.name));
        current.write(':');
        value(m);
      }
      current.write('}');
    }

    private boolean isLastOptionalBefore(Member[] members, int index, int firstWritten) {
      for (int j = index + 1; j < firstWritten; j++) {
        if (isOptionalInstance(members[j]) && !isLeftOut(members[j])) {
          return false;
        }
      }
      return true;
    }

    private static boolean isOptionalSupplied(Member m) {
      return m.kind == Kind.SUPPLIED && m.omittedWhenAbsent;
    }

    private boolean isOptionalInstance(Member m) {
      return m.kind == Kind.VALUE && m.value == CatalogValue.INSTANCE && hasInstance && m.omittedWhenAbsent;
    }

    /** Whether the member is absent for this row and left out, known now. */
    private boolean isLeftOut(Member m) {
      if (!m.omittedWhenAbsent) {
        return false;
      }
      return switch (m.kind) {
        case VALUE -> m.value == CatalogValue.INSTANCE ? !hasInstance : constantValue(m.value) == null;
        case ATTRIBUTE -> !row.attributes().containsKey(m.text);
        case ARGUMENT -> !row.arguments().contains(m.text);
        default -> false;
      };
    }

    private void value(Member m) {
      switch (m.kind) {
        case STRING -> current.writeBytes(JsonText.quote(m.text));
        case LITERAL -> current.writeBytes(m.text.getBytes(StandardCharsets.US_ASCII));
        case OBJECT -> object(m.members);
        case ATTRIBUTE -> string(row.attributes().get(m.text));
        case ARGUMENT -> {
          int index = row.arguments().indexOf(m.text);
          if (index < 0) {
            current.writeBytes(NULL);
          } else {
            hole(BodyTemplate.Hole.argument(index));
          }
        }
        case VALUE -> bound(m.value);
        case SUPPLIED -> hole(BodyTemplate.Hole.supplied(m.text, m.items, NONE, NONE, true));
      }
    }

    private void bound(CatalogValue value) {
      if (value == CatalogValue.STATUS) {
        current.writeBytes(Integer.toString(status).getBytes(StandardCharsets.US_ASCII));
      } else if (value == CatalogValue.DETAIL && !row.arguments().isEmpty()) {
        hole(BodyTemplate.Hole.detail());
      } else if (value == CatalogValue.INSTANCE) {
        if (hasInstance) {
          hole(BodyTemplate.Hole.instance(NONE, NONE, true));
        } else {
          current.writeBytes(NULL);
        }
      } else {
        string(constantValue(value));
      }
    }

    /** A value known when compiling: null when absent for this row. */
    private String constantValue(CatalogValue value) {
      return switch (value) {
        case TITLE -> row.title();
        case DETAIL -> row.detail();
        case CODE -> row.code();
        case DESCRIPTION -> row.description();
        case TYPE -> row.type();
        case STATUS -> Integer.toString(status);
        case INSTANCE, CONSTANT, SUPPLIED, VIOLATIONS -> null;
      };
    }

    private void string(String text) {
      current.writeBytes(text == null ? NULL : JsonText.quote(text));
    }

    private void hole(BodyTemplate.Hole hole) {
      segments.add(current.toByteArray());
      current.reset();
      holes.add(hole);
    }

    BodyTemplate finish(BodySkeleton skeleton) {
      segments.add(current.toByteArray());
      return new BodyTemplate(segments.toArray(new byte[0][]), holes.toArray(new BodyTemplate.Hole[0]), skeleton);
    }

    /** The same object as {@link #object} writes, as values: for decoding a body spelled otherwise. */
    BodySkeleton skeleton(Member[] members) {
      List<String> names = new ArrayList<>();
      List<BodySkeleton> values = new ArrayList<>();
      List<Boolean> optional = new ArrayList<>();
      for (Member m : members) {
        if (isLeftOut(m)) {
          continue;
        }
        names.add(m.name);
        optional.add(isOptionalInstance(m) || isOptionalSupplied(m));
        BodySkeleton value = isOptionalInstance(m) ? BodySkeleton.instance(false) : skeletonValue(m);
        values.add(m.varies ? value.varying() : value);
      }
      return BodySkeleton.object(names, values, optional);
    }

    private BodySkeleton skeletonValue(Member m) {
      return switch (m.kind) {
        case STRING -> BodySkeleton.constant(JsonText.quote(m.text));
        case LITERAL -> BodySkeleton.constant(m.text.getBytes(StandardCharsets.US_ASCII));
        case OBJECT -> skeleton(m.members);
        case SUPPLIED -> BodySkeleton.supplied(m.items, !m.omittedWhenAbsent);
        case ATTRIBUTE -> text(row.attributes().get(m.text));
        case ARGUMENT -> row.arguments().contains(m.text) ? BodySkeleton.argument() : BodySkeleton.constant(NULL);
        case VALUE -> {
          if (m.value == CatalogValue.STATUS) {
            yield BodySkeleton.constant(Integer.toString(status).getBytes(StandardCharsets.US_ASCII));
          } else if (m.value == CatalogValue.DETAIL && !row.arguments().isEmpty()) {
            yield BodySkeleton.detail();
          } else if (m.value == CatalogValue.INSTANCE) {
            yield hasInstance ? BodySkeleton.instance(true) : BodySkeleton.constant(NULL);
          }
          yield text(constantValue(m.value));
        }
      };
    }

    private static BodySkeleton text(String text) {
      return BodySkeleton.constant(text == null ? NULL : JsonText.quote(text));
    }

    private static byte[] concat(byte[]... parts) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (byte[] part : parts) {
        out.writeBytes(part);
      }
      return out.toByteArray();
    }
  }
}
