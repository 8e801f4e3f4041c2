package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Reads received bodies back into the exceptions of one error row. A generated decoder holds one per
 * row, each with a {@link Maker} that parses the argument texts into their declared types. Never throws
 * on a body: a body this row did not send is "not this row" (null). Immutable and thread-safe.
 */
public final class RowDecoder {

  /** Makes the row's exception from the texts of its arguments; generated per row. */
  @FunctionalInterface
  public interface Maker {

    /**
     * @param status the code answered with (one the row covers)
     * @param arguments the texts of the template's arguments, in placeholder order; empty for a constant
     * @throws RuntimeException if a text does not parse as its argument's type: then it is not this row
     */
    CatalogException make(int status, String[] arguments);
  }

  private static final String[] NO_ARGUMENTS = {};

  private final DocumentedError error;
  private final RowBodies bodies;
  private final Maker maker;
  /** Null for a constant detail. */
  private final DetailPattern pattern;

  private RowDecoder(DocumentedError error, RowBodies bodies, Maker maker) {
    this.error = error;
    this.bodies = bodies;
    this.maker = maker;
    this.pattern = error.arguments().isEmpty() ? null : DetailPattern.of(error.detail(), error.arguments());
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
    return bodies.constantBytes(status) != null && !bodies.template(status).hasInstance();
  }

  /**
   * The exception whose body is exactly {@code body[0..length)}, answered with {@code status} (one
   * {@link #answers} accepts); null if the row never sends that body.
   */
  public CatalogException decode(int status, byte[] body, int length) {
    byte[] constant = bodies.constantBytes(status);
    BodyTemplate template = bodies.template(status);
    if (constant != null && !template.hasInstance()) {
      // The common case: the body encoded once; no allocation but the exception.
      return Arrays.equals(constant, 0, constant.length, body, 0, length) ? make(status, NO_ARGUMENTS, null) : null;
    }
    BodyTemplate.Values values = new BodyTemplate.Values(error.arguments().size());
    if (!template.read(body, length, values)) {
      return null;
    }
    // Strings are read only in the form the server writes them, and every constant segment matched:
    // where no member holds an argument, the body is exact once the detail renders back the same.
    boolean exactByReading = !template.hasArguments();
    if (pattern == null) {
      CatalogException made = make(status, NO_ARGUMENTS, values.instance);
      return exactByReading ? made : verified(made, body, length);
    }
    if (values.detail == null) {
      // No member holds the detail: the members holding the arguments must hold them all.
      return Arrays.asList(values.arguments).contains(null) ? null
          : verified(make(status, values.arguments, values.instance), body, length);
    }
    CatalogException[] found = new CatalogException[1];
    pattern.split(values.detail, texts -> {
      CatalogException made = make(status, texts, values.instance);
      found[0] = made == null ? null
          : exactByReading ? (made.detail().equals(values.detail) ? made : null)
          : verified(made, body, length);
      return found[0] != null;
    });
    return found[0];
  }

  private CatalogException make(int status, String[] arguments, String instance) {
    CatalogException exception;
    try {
      exception = maker.make(status, arguments);
    } catch (RuntimeException notThisRow) {
      return null; // a text that does not parse as its argument's type
    }
    if (instance != null) {
      exception.withInstance(instance);
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
