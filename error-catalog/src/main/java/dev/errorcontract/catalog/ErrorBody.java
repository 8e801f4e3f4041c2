package dev.errorcontract.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The encoded bytes of one error body: immutable, so one instance per constant error is built once and
 * shared by every response.
 */
public final class ErrorBody {

  private final byte[] utf8;

  private ErrorBody(byte[] utf8) {
    this.utf8 = utf8;
  }

  /** Wraps bytes the caller gives up: they must never be changed afterwards. */
  static ErrorBody own(byte[] utf8) {
    return new ErrorBody(utf8);
  }

  /** The number of bytes. */
  public int length() {
    return utf8.length;
  }

  /** Writes the bytes to {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(utf8);
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return utf8.clone();
  }

  /** The body as text. */
  @Override
  public String toString() {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ErrorBody && Arrays.equals(utf8, ((ErrorBody) other).utf8);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(utf8);
  }
}
