package dev.errorcontract.catalog;

import dev.errorcontract.catalog.internal.BodyTemplate;
import dev.errorcontract.catalog.internal.ErrorBodies;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The encoded bytes of one error body: immutable, so one instance per constant error is built once and
 * shared by every response.
 *
 * <p>A body with values known only per response (a template's detail and arguments, an {@code
 * instance}) is not encoded up front: it keeps its compiled template and the values, knows its exact
 * {@link #length()}, and writes the template's constant segments and the encoded values straight to
 * the stream. A response then costs its values and this small object, not an array of the whole body.
 * Two bodies are equal when their bytes are, whatever their kind.
 */
public abstract sealed class ErrorBody permits ErrorBody.Encoded, ErrorBody.Streamed, ErrorBody.StreamedWithArguments {

  static {
    // The compiled templates live in the internal package; they make bodies through this hook only.
    ErrorBodies.install(new Maker());
  }

  private ErrorBody() {}

  /** The number of bytes. */
  public abstract int length();

  /** Writes the bytes to {@code out}. */
  public abstract void writeTo(OutputStream out) throws IOException;

  /** A copy of the bytes. */
  public abstract byte[] toByteArray();

  /** The body as text. */
  @Override
  public String toString() {
    return new String(toByteArray(), StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ErrorBody
        && length() == ((ErrorBody) other).length()
        && Arrays.equals(toByteArray(), ((ErrorBody) other).toByteArray());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(toByteArray());
  }

  /** The only maker of bodies; {@link ErrorBodies} accepts no other. */
  private static final class Maker implements ErrorBodies.Maker {

    @Override
    public ErrorBody encoded(byte[] utf8) {
      return new Encoded(utf8);
    }

    @Override
    public ErrorBody streamed(BodyTemplate template, String detail, String instance, Object[] arguments) {
      return arguments == null
          ? new Streamed(template, detail, instance)
          : new StreamedWithArguments(template, detail, instance, arguments);
    }
  }

  /** A body held as its bytes. */
  static final class Encoded extends ErrorBody {

    private final byte[] utf8;

    private Encoded(byte[] utf8) {
      this.utf8 = utf8;
    }

    @Override
    public int length() {
      return utf8.length;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(utf8);
    }

    @Override
    public byte[] toByteArray() {
      return utf8.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Encoded ? Arrays.equals(utf8, ((Encoded) other).utf8) : super.equals(other);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(utf8);
    }
  }

  /**
   * A body held as its template and values, encoded each time it is written; most bodies bind no
   * argument to a member, and so keep no array of them (a response's allocation counts).
   */
  static final class Streamed extends ErrorBody {

    private final BodyTemplate template;
    private final String detail;
    /** Null when the body carries no instance. */
    private final String instance;

    private Streamed(BodyTemplate template, String detail, String instance) {
      this.template = template;
      this.detail = detail;
      this.instance = instance;
    }

    @Override
    public int length() {
      return template.length(detail, instance, null);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      template.write(detail, instance, null, out);
    }

    @Override
    public byte[] toByteArray() {
      return template.bytes(detail, instance, null);
    }
  }

  /** A streamed body whose members hold template arguments too. */
  static final class StreamedWithArguments extends ErrorBody {

    private final BodyTemplate template;
    private final String detail;
    /** Null when the body carries no instance. */
    private final String instance;
    /** The row's template arguments, in placeholder order. */
    private final Object[] arguments;

    private StreamedWithArguments(BodyTemplate template, String detail, String instance, Object[] arguments) {
      this.template = template;
      this.detail = detail;
      this.instance = instance;
      this.arguments = arguments;
    }

    @Override
    public int length() {
      return template.length(detail, instance, arguments);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      template.write(detail, instance, arguments, out);
    }

    @Override
    public byte[] toByteArray() {
      return template.bytes(detail, instance, arguments);
    }
  }
}
