package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.UndocumentedAnswerException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a body's {@code Content-Encoding} before it is decoded: {@code gzip} (and {@code x-gzip}),
 * {@code deflate} (zlib, as RFC 9110 says, or the raw deflate some servers send) and {@code identity},
 * several in the order listed. What is inflated is bounded like the body itself: one byte past the
 * limit and it is too large, however small the compressed body was (a decompression bomb). An encoding
 * of any other name is not read at all.
 */
public final class ContentDecoding {

  /** The most encodings a body may list. */
  private static final int MAX_ENCODINGS = 4;

  /** The body with its encodings undone, or why it cannot be. */
  public static final class Decoded {

    /** The decoded bytes (what was inflated so far when it failed). */
    public final byte[] bytes;

    public final int length;
    /** Null when decoded; else why the body is undocumented. */
    public final Reason failure;
    /** The failure reading a compressed body, or null. */
    public final Throwable cause;

    Decoded(byte[] bytes, int length, Reason failure, Throwable cause) {
      this.bytes = bytes;
      this.length = length;
      this.failure = failure;
      this.cause = cause;
    }
  }

  private ContentDecoding() {}

  /** Whether {@code contentEncoding} says nothing is to be undone: null, empty or {@code identity}. */
  public static boolean isIdentity(String contentEncoding) {
    return contentEncoding == null || contentEncoding.isBlank()
        || contentEncoding.trim().equalsIgnoreCase("identity");
  }

  /**
   * {@code body[0..length)} with {@code contentEncoding} undone, at most {@code limit} bytes of it and
   * one more to tell it is too large.
   */
  public static Decoded decode(String contentEncoding, byte[] body, int length, int limit) {
    if (isIdentity(contentEncoding)) {
      return new Decoded(body, length, null, null);
    }
    String[] codings = contentEncoding.split(",", -1);
    if (codings.length > MAX_ENCODINGS) {
      return new Decoded(body, length, Reason.UNDOCUMENTED_BODY, null);
    }
    byte[] bytes = body;
    int size = length;
    // Listed in the order applied: undone last first.
    for (int i = codings.length - 1; i >= 0; i--) {
      String coding = codings[i].trim().toLowerCase(Locale.ROOT);
      Decoded step;
      switch (coding) {
        case "identity" -> {
          continue;
        }
        case "gzip", "x-gzip" -> step = inflate(bytes, size, limit, Coding.GZIP);
        case "deflate" -> {
          step = inflate(bytes, size, limit, Coding.ZLIB);
          if (step.failure == Reason.UNREADABLE_BODY && step.length == 0) {
            step = inflate(bytes, size, limit, Coding.RAW);
          }
        }
        default -> {
          return new Decoded(bytes, size, Reason.UNDOCUMENTED_BODY, null);
        }
      }
      if (step.failure != null) {
        return step;
      }
      bytes = step.bytes;
      size = step.length;
    }
    return new Decoded(bytes, size, null, null);
  }

  private enum Coding { GZIP, ZLIB, RAW }

  private static Decoded inflate(byte[] body, int length, int limit, Coding coding) {
    byte[] out = new byte[Math.min(limit + 1, Math.max(1024, length * 4))];
    int size = 0;
    Inflater inflater = coding == Coding.GZIP ? null : new Inflater(coding == Coding.RAW);
    try (InputStream in = coding == Coding.GZIP
        ? new GZIPInputStream(new ByteArrayInputStream(body, 0, length))
        : new InflaterInputStream(new ByteArrayInputStream(body, 0, length), inflater)) {
      int read;
      while ((read = in.read(out, size, out.length - size)) >= 0) {
        size += read;
        if (size > limit) {
          return new Decoded(out, size, Reason.BODY_TOO_LARGE, null);
        }
        if (size == out.length) {
          out = Arrays.copyOf(out, Math.min(out.length * 2, limit + 1));
        }
      }
      return new Decoded(out, size, null, null);
    } catch (IOException | RuntimeException e) {
      return new Decoded(out, size, Reason.UNREADABLE_BODY, e);
    } finally {
      if (inflater != null) {
        inflater.end();
      }
    }
  }
}
