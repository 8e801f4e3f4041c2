package dev.errorcontract.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON shape of a catalog's error bodies: which members, in which order, bound to which catalog
 * values. Generated code builds one shape per catalog and {@link #compile compiles} it once per error
 * into a {@link BodyTemplate}, so that everything but the detail (and a problem's {@code instance}) is
 * encoded before the first response.
 *
 * <p>Output is compact: no whitespace at all. Member names and string values are encoded with {@link
 * JsonText}. Instances are immutable and thread-safe.
 */
public final class JsonShape {

  private static final String APPLICATION_JSON = "application/json";
  private static final String PROBLEM_JSON = "application/problem+json";

  /** RFC 9457's own members, which a problem's extension members must not reuse. */
  private static final Set<String> PROBLEM_MEMBERS =
      Set.of("type", "title", "status", "detail", "instance");

  private final String mediaType;
  private final Member[] members;
  private final String description;

  private JsonShape(String mediaType, Member[] members, String description) {
    this.mediaType = mediaType;
    this.members = members;
    this.description = description;
  }

  /**
   * A JSON object with one member holding the detail: {@code {"<name>":<detail>}}, media type {@code
   * application/json}.
   */
  public static JsonShape field(String name) {
    Member member = bound(name, CatalogValue.DETAIL);
    return new JsonShape(APPLICATION_JSON, new Member[] {member}, "field(" + member.name + ")");
  }

  /**
   * RFC 9457 problem details, media type {@code application/problem+json}: {@code type} (this
   * constant), {@code title}, {@code status} (a number) and {@code detail}, then {@code instance} when
   * {@code instance} is true and one is given at render time, then the extension members in order.
   *
   * @throws IllegalArgumentException if an extension reuses a standard member's name or another
   *     extension's
   */
  public static JsonShape problemDetails(String type, boolean instance, Member... extensions) {
    Objects.requireNonNull(type, "type");
    Member[] ext = copyMembers(extensions, "extensions");
    for (Member m : ext) {
      if (PROBLEM_MEMBERS.contains(m.name)) {
        throw new IllegalArgumentException(
            "extension member \"" + m.name + "\" clashes with the RFC 9457 member of that name");
      }
    }
    checkUnique(ext, "problem details extensions");
    List<Member> all = new ArrayList<>(5 + ext.length);
    all.add(constant("type", type));
    all.add(bound("title", CatalogValue.TITLE));
    all.add(bound("status", CatalogValue.STATUS));
    all.add(bound("detail", CatalogValue.DETAIL));
    if (instance) {
      // Never first, so the member can carry its own leading comma and vanish cleanly when absent.
      all.add(new Member("instance", Kind.INSTANCE, null, null, null));
    }
    all.addAll(List.of(ext));
    return new JsonShape(
        PROBLEM_JSON,
        all.toArray(new Member[0]),
        "problemDetails(type=" + type + ", instance=" + instance + ", extensions=" + List.of(ext) + ")");
  }

  /**
   * A JSON object with these members in order, such as the shape of a record an API team declares;
   * media type {@code application/json}.
   *
   * @throws IllegalArgumentException if two members have the same name
   */
  public static JsonShape record(Member... members) {
    Member[] copy = copyMembers(members, "members");
    checkUnique(copy, "record");
    return new JsonShape(APPLICATION_JSON, copy, "record" + List.of(copy));
  }

  /**
   * A member bound to a catalog value: {@link CatalogValue#STATUS} is written as a JSON number, {@link
   * CatalogValue#CODE} as a string or {@code null} when the error has no code, the others as strings.
   *
   * @throws IllegalArgumentException for {@link CatalogValue#CONSTANT}, which has no value of its own
   */
  public static Member bound(String name, CatalogValue value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (value == CatalogValue.CONSTANT) {
      throw new IllegalArgumentException(
          "member \"" + name + "\": CatalogValue.CONSTANT has no value of its own;"
              + " use JsonShape.constant(name, value)");
    }
    return new Member(name, Kind.BOUND, value, null, null);
  }

  /** A member holding a constant JSON string. */
  public static Member constant(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, () -> "value of constant member \"" + name + "\"");
    return new Member(name, Kind.STRING, null, value, null);
  }

  /** A member holding a constant JSON number. */
  public static Member constant(String name, long value) {
    Objects.requireNonNull(name, "name");
    return new Member(name, Kind.LITERAL, null, Long.toString(value), null);
  }

  /** A member holding a constant JSON {@code true} or {@code false}. */
  public static Member constant(String name, boolean value) {
    Objects.requireNonNull(name, "name");
    return new Member(name, Kind.LITERAL, null, Boolean.toString(value), null);
  }

  /**
   * A member holding a nested JSON object with these members in order.
   *
   * @throws IllegalArgumentException if two members have the same name
   */
  public static Member nested(String name, Member... members) {
    Objects.requireNonNull(name, "name");
    Member[] copy = copyMembers(members, "members of \"" + name + "\"");
    checkUnique(copy, "nested object \"" + name + "\"");
    return new Member(name, Kind.OBJECT, null, null, copy);
  }

  /** The media type of bodies of this shape. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Encodes everything but the detail and the instance for one error, once.
   *
   * @param status the HTTP status, 100 to 599
   * @param title the status's documented title
   * @param code the error's machine code, or {@code null} when it declares none
   * @param description the error's documented description
   * @throws IllegalArgumentException if {@code status} is not from 100 to 599
   */
  public BodyTemplate compile(int status, String title, String code, String description) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be from 100 to 599: " + status);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Compiler compiler = new Compiler(status, title, code, description);
    compiler.object(members);
    return compiler.finish();
  }

  /** The shape as it was declared, for debugging. */
  @Override
  public String toString() {
    return "JsonShape." + description + " " + mediaType;
  }

  private static Member[] copyMembers(Member[] members, String what) {
    Objects.requireNonNull(members, what);
    Member[] copy = members.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw new NullPointerException(what + "[" + i + "] is null");
      }
    }
    return copy;
  }

  private static void checkUnique(Member[] members, String where) {
    Set<String> seen = new HashSet<>();
    for (Member m : members) {
      if (!seen.add(m.name)) {
        throw new IllegalArgumentException("duplicate member name \"" + m.name + "\" in " + where);
      }
    }
  }

  private enum Kind {
    BOUND,
    STRING,
    /** A number or boolean, kept as its JSON text. */
    LITERAL,
    OBJECT,
    /** The optional RFC 9457 {@code instance}, given at render time. */
    INSTANCE
  }

  /** One member of a JSON object in a shape: a name and what its value is. Immutable. */
  public static final class Member {

    private final String name;
    private final Kind kind;
    private final CatalogValue value;
    private final String text;
    private final Member[] members;

    private Member(String name, Kind kind, CatalogValue value, String text, Member[] members) {
      this.name = name;
      this.kind = kind;
      this.value = value;
      this.text = text;
      this.members = members;
    }

    /** The member as declared, for debugging. */
    @Override
    public String toString() {
      switch (kind) {
        case BOUND:
          return name + "=" + value;
        case STRING:
          return name + "=\"" + text + "\"";
        case LITERAL:
          return name + "=" + text;
        case OBJECT:
          String inner = List.of(members).toString();
          return name + "={" + inner.substring(1, inner.length() - 1) + "}";
        case INSTANCE:
          return name + "=<instance?>";
        default:
          throw new AssertionError(kind);
      }
    }
  }

  /** Walks a shape for one error, cutting the bytes into constant segments around the holes. */
  private static final class Compiler {

    private final int status;
    private final String title;
    private final String code;
    private final String description;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final List<byte[]> segments = new ArrayList<>();
    private final List<Byte> holes = new ArrayList<>();
    private byte[] instancePrefix;

    Compiler(int status, String title, String code, String description) {
      this.status = status;
      this.title = title;
      this.code = code;
      this.description = description;
    }

    void object(Member[] members) {
      current.write('{');
      boolean first = true;
      for (Member m : members) {
        if (m.kind == Kind.INSTANCE) {
          assert !first : "an optional member must not come first";
          instancePrefix = concat(new byte[] {','}, JsonText.quote(m.name), new byte[] {':'});
          hole(BodyTemplate.HOLE_INSTANCE);
          continue;
        }
        if (!first) {
          current.write(',');
        }
        first = false;
        current.writeBytes(JsonText.quote(m.name));
        current.write(':');
        value(m);
      }
      current.write('}');
    }

    private void value(Member m) {
      switch (m.kind) {
        case STRING:
          current.writeBytes(JsonText.quote(m.text));
          break;
        case LITERAL:
          current.writeBytes(m.text.getBytes(StandardCharsets.US_ASCII));
          break;
        case OBJECT:
          object(m.members);
          break;
        case BOUND:
          bound(m.value);
          break;
        default:
          throw new AssertionError(m.kind);
      }
    }

    private void bound(CatalogValue value) {
      switch (value) {
        case STATUS:
          current.writeBytes(Integer.toString(status).getBytes(StandardCharsets.US_ASCII));
          break;
        case TITLE:
          current.writeBytes(JsonText.quote(title));
          break;
        case DESCRIPTION:
          current.writeBytes(JsonText.quote(description));
          break;
        case CODE:
          current.writeBytes(
              code == null ? "null".getBytes(StandardCharsets.US_ASCII) : JsonText.quote(code));
          break;
        case DETAIL:
          hole(BodyTemplate.HOLE_DETAIL);
          break;
        default:
          throw new AssertionError(value);
      }
    }

    private void hole(byte kind) {
      segments.add(current.toByteArray());
      current.reset();
      holes.add(kind);
    }

    BodyTemplate finish() {
      segments.add(current.toByteArray());
      byte[] kinds = new byte[holes.size()];
      for (int i = 0; i < kinds.length; i++) {
        kinds[i] = holes.get(i);
      }
      return new BodyTemplate(segments.toArray(new byte[0][]), kinds, instancePrefix);
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
