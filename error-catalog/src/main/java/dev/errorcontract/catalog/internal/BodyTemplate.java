package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The compiled body of one error answered with one status code, from {@link JsonShape#compile}:
 * constant byte segments with holes for the values known only per response (a template's detail, its
 * arguments, the {@code instance}). Everything else, absent members left out included, is decided when
 * the template is compiled. Immutable and thread-safe.
 */
public final class BodyTemplate {

  /** One more segment than holes: segment i comes before hole i, the last one after every hole. */
  private final byte[][] segments;

  private final Hole[] holes;
  private final int constantLength;
  private final boolean hasInstance;
  private final boolean hasArguments;
  private final boolean hasDetail;
  private final boolean hasSupplied;

  /** The same body as values, for decoding one spelled otherwise. */
  private final BodySkeleton skeleton;

  BodyTemplate(byte[][] segments, Hole[] holes, BodySkeleton skeleton) {
    this.skeleton = skeleton;
    if (segments.length != holes.length + 1) {
      throw new IllegalArgumentException(segments.length + " segments for " + holes.length + " holes");
    }
    this.segments = segments;
    this.holes = holes;
    long length = 0;
    for (byte[] segment : segments) {
      length += segment.length;
    }
    this.constantLength = Math.toIntExact(length);
    this.hasInstance = Arrays.stream(holes).anyMatch(h -> h.kind == Hole.Kind.INSTANCE);
    this.hasArguments = Arrays.stream(holes).anyMatch(h -> h.kind == Hole.Kind.ARGUMENT);
    this.hasDetail = Arrays.stream(holes).anyMatch(h -> h.kind == Hole.Kind.DETAIL);
    this.hasSupplied = Arrays.stream(holes).anyMatch(h -> h.kind == Hole.Kind.SUPPLIED);
  }

  /** Whether the body has a member holding a value the throwing code or validation supplies. */
  boolean hasSupplied() {
    return hasSupplied;
  }

  /** The body as values: what a body spelled otherwise is respelled by. */
  BodySkeleton skeleton() {
    return skeleton;
  }

  /** Whether the body has no value known only per response. */
  boolean isConstant() {
    return holes.length == 0;
  }

  /** Whether the body has an {@code instance} member. */
  boolean hasInstance() {
    return hasInstance;
  }

  /** The body of a detail known now, with no instance, encoded into bytes every response shares. */
  ErrorBody encode(String detail) {
    return ErrorBodies.encoded(bytes(detail, null, null));
  }

  /**
   * A body that writes these values each time it is written.
   *
   * @throws IllegalArgumentException if the body would exceed {@link Integer#MAX_VALUE} bytes
   */
  ErrorBody render(String detail, String instance, Object[] arguments) {
    length(detail, instance, arguments); // fails here, not when the body is written, if it cannot exist
    return ErrorBodies.streamed(this, detail, instance, arguments);
  }

  /**
   * The exact number of bytes of the body with these values.
   *
   * @param instance the instance, or null for none
   * @param arguments the row's template arguments in placeholder order; null when the body binds none
   * @throws IllegalArgumentException if the body would exceed {@link Integer#MAX_VALUE} bytes
   */
  public int length(String detail, String instance, Object[] arguments) {
    return length(detail, instance, arguments, null);
  }

  private int length(String detail, String instance, Object[] arguments, Map<String, Object> supplied) {
    long total = constantLength;
    for (Hole hole : holes) {
      switch (hole.kind) {
        case DETAIL -> total += JsonText.quotedLength(detail);
        case ARGUMENT -> total += argumentLength(arguments[hole.argument]);
        case INSTANCE -> {
          if (instance != null) {
            total += hole.prefix.length + JsonText.quotedLength(instance) + hole.suffix.length;
          } else if (hole.nullWhenAbsent) {
            total += hole.prefix.length + 4 + hole.suffix.length;
          }
        }
        case SUPPLIED -> {
          Object value = supplied == null ? null : supplied.get(hole.key);
          if (value != null || hole.nullWhenAbsent) {
            total += hole.prefix.length + suppliedJson(hole, value).length + hole.suffix.length;
          }
        }
      }
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("error body would take " + total + " bytes");
    }
    return (int) total;
  }

  /** Writes the body with these values to {@code out}: the constant segments as they are, the values encoded. */
  public void write(String detail, String instance, Object[] arguments, OutputStream out) throws IOException {
    write(detail, instance, arguments, null, out);
  }

  private void write(String detail, String instance, Object[] arguments, Map<String, Object> supplied,
      OutputStream out) throws IOException {
    for (int i = 0; i < holes.length; i++) {
      out.write(segments[i]);
      Hole hole = holes[i];
      switch (hole.kind) {
        case DETAIL -> JsonText.writeQuoted(detail, out);
        case ARGUMENT -> writeArgument(arguments[hole.argument], out);
        case INSTANCE -> {
          if (instance != null || hole.nullWhenAbsent) {
            out.write(hole.prefix);
            if (instance != null) {
              JsonText.writeQuoted(instance, out);
            } else {
              out.write(NULL);
            }
            out.write(hole.suffix);
          }
        }
        case SUPPLIED -> {
          Object value = supplied == null ? null : supplied.get(hole.key);
          if (value != null || hole.nullWhenAbsent) {
            out.write(hole.prefix);
            out.write(suppliedJson(hole, value));
            out.write(hole.suffix);
          }
        }
      }
    }
    out.write(segments[holes.length]);
  }

  /**
   * The bytes of the body with these values and the supplied ones ({@code supplied}: by key; a key with
   * no value, or null, is absent), in one exactly sized array.
   *
   * @throws IllegalArgumentException if a supplied value is not of its member's kind (a string; a list of
   *     {@link Violation}s), or the body would exceed {@link Integer#MAX_VALUE} bytes
   */
  public byte[] bytes(String detail, String instance, Object[] arguments, Map<String, Object> supplied) {
    ArrayOutput out = new ArrayOutput(length(detail, instance, arguments, supplied));
    try {
      write(detail, instance, arguments, supplied, out);
    } catch (IOException e) {
      throw new AssertionError(e); // an array does not fail
    }
    return out.filled();
  }

  /** The JSON text of a supplied value, as Jackson writes a String or a List of records: {@code null} for null. */
  private static byte[] suppliedJson(Hole hole, Object value) {
    if (value == null) {
      return NULL;
    }
    if (hole.items == null) {
      if (!(value instanceof String text)) {
        throw new IllegalArgumentException(hole.key + ": a string, not " + value.getClass().getName());
      }
      return JsonText.quote(text);
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(hole.key + ": a list of violations, not " + value.getClass().getName());
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(32 + 64 * list.size());
    out.write('[');
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Violation violation)) {
        throw new IllegalArgumentException(hole.key + ": item " + i + " is not a Violation");
      }
      if (i > 0) {
        out.write(',');
      }
      out.write('{');
      for (int j = 0; j < hole.items.length; j++) {
        JsonShape.Item item = hole.items[j];
        if (j > 0) {
          out.write(',');
        }
        out.writeBytes(item.quoted);
        out.writeBytes(JsonText.quote(item.path ? violation.path() : violation.message()));
      }
      out.write('}');
    }
    out.write(']');
    return out.toByteArray();
  }

  /** The bytes of the body with these values, in one exactly sized array. */
  public byte[] bytes(String detail, String instance, Object[] arguments) {
    ArrayOutput out = new ArrayOutput(length(detail, instance, arguments));
    try {
      write(detail, instance, arguments, out);
    } catch (IOException e) {
      throw new AssertionError(e); // an array does not fail
    }
    return out.filled();
  }

  /**
   * Reads a received body as this template: every constant segment must be there byte for byte, and
   * each hole hold a value of its kind (the detail a JSON string, an argument a string or a literal, an
   * instance a string, {@code null} or, where it is left out when absent, nothing), up to the last byte.
   * The detail is only located, not decoded: {@link DetailPattern#split} reads it where it lies.
   *
   * @param reader the body, its cursor at the start; the values found go in it
   * @return whether the body has the template's form; the values then are in {@code reader}
   */
  boolean read(Reading reader) {
    for (int i = 0; i < holes.length; i++) {
      if (!reader.skip(segments[i]) || !readHole(holes[i], reader)) {
        return false;
      }
    }
    return reader.skip(segments[holes.length]) && reader.atEnd();
  }

  private static boolean readHole(Hole hole, Reading reader) {
    switch (hole.kind) {
      case SUPPLIED -> {
        int start = reader.position();
        if (hole.nullWhenAbsent) {
          return reader.skip(NULL) || readSupplied(hole, reader);
        }
        if (reader.skip(hole.prefix)) {
          return readSupplied(hole, reader) && reader.skip(hole.suffix);
        }
        reader.position(start); // left out: not supplied
        return true;
      }
      case DETAIL -> {
        int end = reader.stringEnd();
        int from = reader.position() + 1;
        if (end < 0 || reader.detailFrom >= 0 && !reader.sameBytes(reader.detailFrom, reader.detailTo, from, end)) {
          return false; // no string, or a detail written twice that differs
        }
        reader.detailFrom = from;
        reader.detailTo = end;
        reader.skipStringTo(end);
        return true;
      }
      case ARGUMENT -> {
        String text = reader.atString() ? reader.string() : reader.literal();
        if (text == null) {
          return false;
        }
        if (reader.arguments.length > 0) {
          reader.arguments[hole.argument] = text;
        }
        return true;
      }
      default -> {
        if (hole.nullWhenAbsent) {
          if (reader.skip(NULL)) {
            return true;
          }
          reader.instance = reader.string();
          return reader.instance != null;
        }
        int start = reader.position();
        if (reader.skip(hole.prefix) && reader.atString()) {
          reader.instance = reader.string();
          return reader.instance != null && reader.skip(hole.suffix);
        }
        reader.position(start); // left out: no instance
        return true;
      }
    }
  }

  /**
   * Reads a supplied value as the server writes it: a string, or a list of items with the declared
   * members in order, each a string; false past the limits of {@link Supplied}.
   */
  private static boolean readSupplied(Hole hole, Reading reader) {
    if (hole.items == null) {
      String text = reader.atString() ? reader.string() : null;
      if (text == null || text.length() > Supplied.MAX_VALUE_LENGTH) {
        return false;
      }
      reader.supply(hole.key, text);
      return true;
    }
    if (!reader.skip(OPEN_ARRAY)) {
      return false;
    }
    List<Violation> items = new ArrayList<>();
    if (!reader.skip(CLOSE_ARRAY)) {
      do {
        if (items.size() == Supplied.MAX_ITEMS || !reader.skip(OPEN_OBJECT)) {
          return false;
        }
        String path = null;
        String message = null;
        for (int j = 0; j < hole.items.length; j++) {
          if (j > 0 && !reader.skip(COMMA_BYTES) || !reader.skip(hole.items[j].quoted) || !reader.atString()) {
            return false;
          }
          String text = reader.string();
          if (text == null || text.length() > Supplied.MAX_VALUE_LENGTH) {
            return false;
          }
          if (hole.items[j].path) {
            path = text;
          } else {
            message = text;
          }
        }
        if (!reader.skip(CLOSE_OBJECT)) {
          return false;
        }
        items.add(new Violation(path == null ? "" : path, message == null ? "" : message));
      } while (reader.skip(COMMA_BYTES));
      if (!reader.skip(CLOSE_ARRAY)) {
        return false;
      }
    }
    reader.supply(hole.key, List.copyOf(items));
    return true;
  }

  private static final byte[] OPEN_ARRAY = {'['};
  private static final byte[] CLOSE_ARRAY = {']'};
  private static final byte[] OPEN_OBJECT = {'{'};
  private static final byte[] CLOSE_OBJECT = {'}'};
  private static final byte[] COMMA_BYTES = {','};

  /** Whether members of the body hold template arguments. */
  boolean hasArguments() {
    return hasArguments;
  }

  /** Whether a hole of the body holds the detail. */
  boolean hasDetail() {
    return hasDetail;
  }

  /**
   * A received body being read by {@link #read}: the cursor, and the values found; a decoder extends it
   * with its own state, so that reading one body takes one object.
   */
  static class Reading extends JsonReader {

    /**
     * Where the detail's bytes lie, between its quotes: {@code [detailFrom, detailTo)}; {@code detailFrom}
     * is -1 when no member holds a template detail.
     */
    int detailFrom = -1;

    int detailTo;
    /** The instance, or null for none. */
    String instance;
    /**
     * Per template argument, the text of the member holding it (a string's escapes undone), or null;
     * empty, and nothing kept, when the caller has no use for them.
     */
    final String[] arguments;

    /** The supplied values found, by key; null when none. */
    Map<String, Object> supplied;

    Reading(byte[] body, int length, String[] arguments) {
      super(body, length);
      this.arguments = arguments;
    }

    void supply(String key, Object value) {
      if (supplied == null) {
        supplied = new LinkedHashMap<>(4);
      }
      supplied.put(key, value);
    }
  }

  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  /**
   * The JSON text of an argument that is not a string: integral numbers and booleans as themselves,
   * {@code null} for a null argument; null for every other value, which is written as a string of
   * {@link String#valueOf(Object)}.
   */
  private static String literal(Object argument) {
    if (argument == null) {
      return "null";
    }
    if (argument instanceof Integer || argument instanceof Long || argument instanceof Short
        || argument instanceof Byte || argument instanceof BigInteger || argument instanceof Boolean) {
      return argument.toString();
    }
    return null;
  }

  private static int argumentLength(Object argument) {
    String literal = literal(argument);
    return literal != null ? literal.length() : JsonText.quotedLength(String.valueOf(argument));
  }

  private static void writeArgument(Object argument, OutputStream out) throws IOException {
    String literal = literal(argument);
    if (literal != null) {
      out.write(literal.getBytes(StandardCharsets.US_ASCII));
    } else {
      JsonText.writeQuoted(String.valueOf(argument), out);
    }
  }

  /**
   * The template as text with its holes marked, such as {@code {"detail":${detail}}}; for debugging.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < holes.length; i++) {
      sb.append(new String(segments[i], StandardCharsets.UTF_8)).append(holes[i]);
    }
    return sb.append(new String(segments[holes.length], StandardCharsets.UTF_8)).toString();
  }

  /** A place in the body where a per-response value goes. */
  static final class Hole {

    enum Kind { DETAIL, ARGUMENT, INSTANCE, SUPPLIED }

    final Kind kind;
    /** For {@link Kind#ARGUMENT}: the index of the argument in the row's placeholder order. */
    final int argument;
    /** For {@link Kind#INSTANCE}: the bytes written before and after the value, name and commas. */
    final byte[] prefix;

    final byte[] suffix;
    /** For {@link Kind#INSTANCE}: whether an absent instance is written {@code null} (else left out). */
    final boolean nullWhenAbsent;
    /** For {@link Kind#SUPPLIED}: the key of the value, and the items of a list (null for a string). */
    final String key;

    final JsonShape.Item[] items;

    private Hole(Kind kind, int argument, byte[] prefix, byte[] suffix, boolean nullWhenAbsent) {
      this(kind, argument, prefix, suffix, nullWhenAbsent, null, null);
    }

    private Hole(Kind kind, int argument, byte[] prefix, byte[] suffix, boolean nullWhenAbsent, String key,
        JsonShape.Item[] items) {
      this.key = key;
      this.items = items;
      this.kind = kind;
      this.argument = argument;
      this.prefix = prefix;
      this.suffix = suffix;
      this.nullWhenAbsent = nullWhenAbsent;
    }

    static Hole detail() {
      return new Hole(Kind.DETAIL, -1, null, null, false);
    }

    static Hole argument(int index) {
      return new Hole(Kind.ARGUMENT, index, null, null, false);
    }

    static Hole instance(byte[] prefix, byte[] suffix, boolean nullWhenAbsent) {
      return new Hole(Kind.INSTANCE, -1, Objects.requireNonNull(prefix), Objects.requireNonNull(suffix),
          nullWhenAbsent);
    }

    static Hole supplied(String key, JsonShape.Item[] items, byte[] prefix, byte[] suffix, boolean nullWhenAbsent) {
      return new Hole(Kind.SUPPLIED, -1, prefix, suffix, nullWhenAbsent, Objects.requireNonNull(key), items);
    }

    @Override
    public String toString() {
      return switch (kind) {
        case SUPPLIED -> "${" + new String(prefix, StandardCharsets.UTF_8) + "supplied " + key
            + new String(suffix, StandardCharsets.UTF_8) + (nullWhenAbsent ? "}" : "?}");
        case DETAIL -> "${detail}";
        case ARGUMENT -> "${argument " + argument + "}";
        case INSTANCE -> "${" + new String(prefix, StandardCharsets.UTF_8) + "instance"
            + new String(suffix, StandardCharsets.UTF_8) + (nullWhenAbsent ? "}" : "?}");
      };
    }
  }

  /** An output stream into one array of known size. */
  private static final class ArrayOutput extends OutputStream {

    private final byte[] bytes;
    private int position;

    ArrayOutput(int size) {
      this.bytes = new byte[size];
    }

    @Override
    public void write(int b) {
      bytes[position++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      System.arraycopy(b, off, bytes, position, len);
      position += len;
    }

    byte[] filled() {
      if (position != bytes.length) {
        throw new IllegalStateException("wrote " + position + " of " + bytes.length + " bytes");
      }
      return bytes;
    }
  }
}
