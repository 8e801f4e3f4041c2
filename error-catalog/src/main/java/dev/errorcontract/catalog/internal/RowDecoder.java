package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads received bodies back into the exceptions of one error row. A generated decoder holds one per
 * row, each with a {@link Maker} that parses the argument texts into their declared types. Never throws
 * on a body: a body this row did not send is "not this row" (null). Immutable and thread-safe.
 */
public final class RowDecoder {

  /**
   * Makes the row's exception from the texts of its arguments; generated per row. It accepts only exact
   * texts, so the decoder never renders the detail again to compare it with the one received.
   */
  @FunctionalInterface
  public interface Maker {

    /**
     * @param status the code answered with (one the row covers)
     * @param arguments the texts of the template's arguments, in placeholder order; empty for a constant
     * @throws RuntimeException if a text does not parse as its argument's type, or is not the very text
     *     the parsed value renders as in the detail ({@code "05"} for an {@code int}): then it is not this
     *     row
     */
    CatalogException make(int status, String[] arguments);
  }

  private static final String[] NO_ARGUMENTS = {};

  private final DocumentedError error;
  private final RowBodies bodies;
  private final Maker maker;
  /** Null for a constant detail. */
  private final DetailPattern pattern;
  /** How many template arguments the row has. */
  private final int arity;

  private RowDecoder(DocumentedError error, RowBodies bodies, Maker maker) {
    this.error = error;
    this.bodies = bodies;
    this.maker = maker;
    this.pattern = error.arguments().isEmpty() ? null : DetailPattern.of(error.detail(), error.arguments());
    this.arity = error.arguments().size();
  }

  /** The decoder of {@code error}, whose compiled bodies are {@code bodies}. */
  public static RowDecoder of(DocumentedError error, RowBodies bodies, Maker maker) {
    return new RowDecoder(error, bodies, maker);
  }

  /** The error row. */
  public DocumentedError error() {
    return error;
  }

  /** Whether the row may answer with {@code status}: a declared row its own code, an added one any it covers. */
  public boolean answers(int status) {
    return error.status().covers(status) && error.statusFor(status) == status;
  }

  /** Whether the body answered with {@code status} is encoded once: a constant detail, and no instance. */
  public boolean isEncodedOnce(int status) {
    BodyTemplate template = bodies.template(status);
    return bodies.constantBytes(status) != null && !template.hasInstance() && !template.hasSupplied();
  }

  /**
   * The exception whose body is exactly {@code body[0..length)}, answered with {@code status} (one
   * {@link #answers} accepts); null if the row never sends that body.
   */
  public CatalogException decode(int status, byte[] body, int length) {
    byte[] constant = bodies.constantBytes(status);
    BodyTemplate template = bodies.template(status);
    if (constant != null && !template.hasInstance() && !template.hasSupplied()) {
      // The common case: the body encoded once; no allocation but the exception.
      return Arrays.equals(constant, 0, constant.length, body, 0, length) ? make(status, NO_ARGUMENTS, null) : null;
    }
    // The texts of members holding arguments are kept only where no member holds the detail to split.
    Decoding decoding = new Decoding(status, body, length, !template.hasArguments(),
        pattern == null || template.hasDetail() ? NO_ARGUMENTS : new String[arity]);
    if (!template.read(decoding)) {
      return null;
    }
    if (pattern == null) {
      return decoding.exact(make(status, NO_ARGUMENTS, decoding.instance, decoding.supplied));
    }
    if (decoding.detailFrom < 0) {
      // No member holds the detail: the members holding the arguments must hold them all.
      return Arrays.asList(decoding.arguments).contains(null) ? null
          : verified(make(status, decoding.arguments, decoding.instance, decoding.supplied), body, length);
    }
    pattern.split(decoding, decoding.detailFrom, decoding.detailTo, decoding);
    return decoding.found;
  }

  /**
   * Decoding by meaning: the exception of the body {@code reading} holds, answered with {@code status};
   * null if no body this row sends has its value. Where the row's body form allows ({@link
   * BodySkeleton#walkable()}), the body is walked once against the row's declared members, comparing
   * names and constants as bytes where they are spelled as the server spells them and building no
   * value; the detail is split as {@link #decode(int, byte[], int)} splits it (respelled first only if
   * it holds an escape or a four-byte sequence). Otherwise the body's value is respelled ({@link
   * #decode(int, Object, boolean, int[])}). Either way the answer is the same. {@link ByMeaning#notJson()}
   * tells afterwards whether the body is no JSON at all, and {@link ByMeaning#ignored()} how many members
   * this row ignored.
   */
  public CatalogException decode(int status, ByMeaning reading) {
    BodySkeleton skeleton = bodies.template(status).skeleton();
    if (skeleton.walkable() && (pattern == null || skeleton.hasDetail())) {
      int listed = reading.members();
      if (listed == ByMeaning.NOT_JSON || listed == ByMeaning.NOT_AN_OBJECT) {
        return null;
      }
      reading.reset();
      if (listed == ByMeaning.LISTED) {
        try {
          if (!skeleton.matchMembers(reading)) {
            return null;
          }
          return made(status, reading);
        } catch (JsonParser.Malformed | StackOverflowError notJson) {
          reading.markNotJson(); // inside a nested object, which the listing read already: not expected
          return null;
        } catch (ByMeaning.TooMany walkDoesNotDecide) {
          reading.reset();
        }
      }
    }
    reading.reset();
    return byValue(status, reading);
  }

  private CatalogException byValue(int status, ByMeaning reading) {
    Object value = reading.value();
    if (value == null) {
      return null;
    }
    int[] ignored = new int[1];
    CatalogException decoded = decode(status, value, reading.strict, ignored);
    reading.ignored = ignored[0];
    return decoded;
  }

  /** The exception of a body the walk matched: made from the detail's split, as an exact body's. */
  private CatalogException made(int status, ByMeaning reading) {
    String instance = reading.instance;
    if (pattern == null) {
      return make(status, NO_ARGUMENTS, instance);
    }
    if (!reading.detailAsWritten && pattern.onePlaceholder()) {
      // Escapes in the detail: its text compared with the literal text, with no respelling.
      String[] texts = pattern.splitText(reading.in, reading.detailFrom, reading.detailTo);
      return texts == null ? null : make(status, texts, instance);
    }
    JsonReader detail;
    int from;
    int to;
    if (reading.detailAsWritten) {
      detail = new JsonReader(reading.bytes, reading.length);
      from = reading.detailFrom;
      to = reading.detailTo;
    } else {
      // Respelled as the server writes it, so that the literal text and the arguments' exact texts match.
      byte[] written = reading.in.asWritten(reading.detailFrom, reading.detailTo);
      detail = new JsonReader(written, reading.in.written);
      from = 0;
      to = reading.in.written;
    }
    Made made = new Made(status, instance);
    pattern.split(detail, from, to, made);
    return made.found;
  }

  /** Makes the exception from one split of a detail read by meaning. */
  private final class Made implements DetailPattern.Attempt {

    private final int status;
    private final String instance;
    private CatalogException found;

    Made(int status, String instance) {
      this.status = status;
      this.instance = instance;
    }

    @Override
    public boolean accept(String[] texts) {
      found = make(status, texts, instance);
      return found != null;
    }
  }

  /**
   * Decoding by meaning: the exception of the body whose value ({@link JsonParser#parse}) is {@code
   * received}, answered with {@code status}; null if no body this row sends has that value. The value
   * is respelled as the server writes it and read as {@link #decode} reads a body, so an argument is
   * still taken only from the text it renders as, and a member holding one must agree with the detail.
   *
   * @param strict whether members the catalog does not declare make the body not this row
   * @param ignored where the number of members ignored (not declared) is added, for telling rows apart
   */
  public CatalogException decode(int status, Object received, boolean strict, int[] ignored) {
    BodySkeleton.Respelling respelling = new BodySkeleton.Respelling(strict);
    if (received == null || !bodies.template(status).skeleton().respell(received, respelling)) {
      return null;
    }
    byte[] respelled = respelling.out.toByteArray();
    CatalogException decoded = decode(status, respelled, respelled.length);
    if (decoded != null) {
      ignored[0] += respelling.ignored;
    }
    return decoded;
  }

  private CatalogException make(int status, String[] arguments, String instance) {
    return make(status, arguments, instance, null);
  }

  private CatalogException make(int status, String[] arguments, String instance, Map<String, Object> supplied) {
    CatalogException exception;
    try {
      exception = maker.make(status, arguments);
    } catch (RuntimeException notThisRow) {
      return null; // a text that does not parse as its argument's type, or is not its exact text
    }
    if (instance != null) {
      exception.withInstance(instance);
    }
    if (supplied != null) {
      supplied.forEach(exception::withSupplied);
    }
    return exception;
  }

  /**
   * The exception if it sends exactly these bytes, else null: what proves the reading right, arguments
   * that parse to a different text ({@code "+5"}, {@code "05"}) and members that disagree with the detail
   * included.
   */
  private static CatalogException verified(CatalogException exception, byte[] body, int length) {
    if (exception == null) {
      return null;
    }
    try {
      ErrorBody sent = exception.body();
      if (sent == null || sent.length() != length) {
        return null;
      }
      Comparing comparing = new Comparing(body);
      sent.writeTo(comparing);
      return comparing.equal ? exception : null;
    } catch (IOException | RuntimeException unexpected) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "decoder of " + error;
  }

  /**
   * One body being decoded: its reading, and the attempt at making the exception from one split of its
   * detail. The one object a template body needs besides the texts of its arguments.
   */
  private final class Decoding extends BodyTemplate.Reading implements DetailPattern.Attempt {

    private final int status;
    private final byte[] body;
    private final int length;
    /**
     * Whether the body is exact once it is read: no member holds an argument. Every constant segment then
     * matched, strings are read only in the form the server writes them, the split matched the detail's
     * literal text, and the maker took each argument only from the very text it renders as.
     */
    private final boolean exactByReading;

    private CatalogException found;

    Decoding(int status, byte[] body, int length, boolean exactByReading, String[] memberTexts) {
      super(body, length, memberTexts);
      this.status = status;
      this.body = body;
      this.length = length;
      this.exactByReading = exactByReading;
    }

    @Override
    public boolean accept(String[] texts) {
      found = exact(make(status, texts, instance, supplied));
      return found != null;
    }

    /** {@code made} if it sends exactly the body; null otherwise, or if nothing was made. */
    CatalogException exact(CatalogException made) {
      return made == null || exactByReading ? made : verified(made, body, length);
    }
  }

  /** An output stream that compares what is written with an array instead of keeping it. */
  private static final class Comparing extends OutputStream {

    private final byte[] expected;
    private int position;
    private boolean equal = true;

    Comparing(byte[] expected) {
      this.expected = expected;
    }

    @Override
    public void write(int b) {
      if (equal && (position >= expected.length || expected[position] != (byte) b)) {
        equal = false;
      }
      position++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (equal && (position + len > expected.length
          || !Arrays.equals(b, off, off + len, expected, position, position + len))) {
        equal = false;
      }
      position += len;
    }
  }
}
