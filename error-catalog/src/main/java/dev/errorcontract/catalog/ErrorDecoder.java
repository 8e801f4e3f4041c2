package dev.errorcontract.catalog;

import dev.errorcontract.catalog.internal.ByMeaning;
import dev.errorcontract.catalog.internal.ContentDecoding;
import dev.errorcontract.catalog.internal.HttpClientDecoding;
import dev.errorcontract.catalog.internal.RowDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads an HTTP error answer back into the typed exception the server threw: the client side of a
 * catalog. The processor generates one per catalog ({@code XDecoder.decoder()}); framework glue and users
 * call {@link #decode}.
 *
 * <p>A body decodes if it is equal in value to one the catalog's server sends. First, byte for byte: a
 * constant detail is compared with the body encoded once, a template is read through its literal text
 * and its arguments parsed to their declared types. Otherwise by meaning: the body is read as JSON
 * (strictly, and bounded), and a body differing only in whitespace, member order, escapes, the spelling
 * of a number where the member is a number, or members the catalog does not declare (unless {@link
 * #strict()}) decodes as the same error. A member or an object named twice, an argument outside its
 * type, a value the catalog does not document: undocumented. Anything else is an {@link
 * UndocumentedAnswerException}; decoding throws nothing else, and never reads more than {@link
 * #BODY_LIMIT} bytes, compressed or inflated. Instances are immutable and thread-safe.
 */
public abstract class ErrorDecoder {

  /** The most bytes of a body read: 64 KiB. A larger body is undocumented, and the rest is not read. */
  public static final int BODY_LIMIT = 64 * 1024;

  private static final RowDecoder[] NONE = {};

  private final ErrorTable table;
  /** Per status 0 to 599, the rows that may answer with it, in declaration order. */
  private final RowDecoder[][] byStatus = new RowDecoder[600][];

  private final String mediaTypeEssence;

  /** Whether members the catalog does not declare make a body undocumented. */
  private final boolean strict;

  /**
   * For generated decoders.
   *
   * @param table the catalog
   * @param rows one decoder per error of the catalog, in declaration order
   */
  protected ErrorDecoder(ErrorTable table, RowDecoder... rows) {
    this.table = Objects.requireNonNull(table, "table");
    for (int status = 0; status < byStatus.length; status++) {
      int code = status;
      // Bodies encoded once first: comparing them allocates nothing, reading a template does.
      RowDecoder[] answering = Arrays.stream(rows).filter(r -> r.answers(code))
          .sorted(Comparator.comparing(r -> !r.isEncodedOnce(code)))
          .toArray(RowDecoder[]::new);
      byStatus[status] = answering.length == 0 ? NONE : answering;
    }
    this.mediaTypeEssence = rows.length == 0 ? null : essence(rows[0].error().mediaType());
    this.strict = false;
  }

  private ErrorDecoder(ErrorDecoder lenient) {
    this.table = lenient.table;
    System.arraycopy(lenient.byStatus, 0, byStatus, 0, byStatus.length);
    this.mediaTypeEssence = lenient.mediaTypeEssence;
    this.strict = true;
  }

  /**
   * This decoder, except that a body carrying a member the catalog does not declare is undocumented
   * (by default such members are ignored, as most JSON readers ignore them).
   */
  public ErrorDecoder strict() {
    return strict ? this : new Strict(this);
  }

  /** Whether a member the catalog does not declare makes a body undocumented; see {@link #strict()}. */
  public final boolean isStrict() {
    return strict;
  }

  private static final class Strict extends ErrorDecoder {
    Strict(ErrorDecoder lenient) {
      super(lenient);
    }
  }

  /** The catalog this decoder reads. */
  public final ErrorTable table() {
    return table;
  }

  /** Whether the catalog documents an error answered with {@code status}. */
  public final boolean documents(int status) {
    return status >= 0 && status < byStatus.length && byStatus[status].length > 0;
  }

  /**
   * The documented error of this answer, as the exception the server threw, its template arguments
   * parsed back and its {@code instance} set where the body carries one.
   *
   * @param status the HTTP status received
   * @param mediaType the {@code Content-Type} received, or null if unknown (then the body alone decides);
   *     parameters are not compared, the type and subtype are, ignoring case
   * @param body the body received
   * @throws UndocumentedAnswerException if the answer is not a documented error of the catalog
   */
  public final CatalogException decode(int status, String mediaType, byte[] body) {
    return decode(status, mediaType, body, body == null ? 0 : body.length);
  }

  /** {@link #decode(int, String, byte[])} of the first {@code length} bytes of {@code body}. */
  public final CatalogException decode(int status, String mediaType, byte[] body, int length) {
    RuntimeException answer = exceptionFor(status, mediaType, body, length);
    if (answer instanceof CatalogException documented) {
      return documented;
    }
    throw (UndocumentedAnswerException) answer;
  }

  /**
   * {@link #decode(int, String, byte[])} of a body sent with {@code contentEncoding} (the {@code
   * Content-Encoding} received, or null): {@code gzip} and {@code deflate} are inflated first, at most
   * {@link #BODY_LIMIT} bytes of them; any other encoding is undocumented.
   */
  public final CatalogException decode(int status, String mediaType, String contentEncoding, byte[] body) {
    RuntimeException answer = exceptionFor(status, mediaType, contentEncoding, body, body == null ? 0 : body.length);
    if (answer instanceof CatalogException documented) {
      return documented;
    }
    throw (UndocumentedAnswerException) answer;
  }

  /** {@link #decode(int, String, String, byte[])} of a body read from {@code in} (not closed). */
  public final CatalogException decode(int status, String mediaType, String contentEncoding, InputStream in) {
    RuntimeException answer = exceptionFor(status, mediaType, contentEncoding, in);
    if (answer instanceof CatalogException documented) {
      return documented;
    }
    throw (UndocumentedAnswerException) answer;
  }

  /**
   * {@link #decode(int, String, byte[])} of a body read from {@code in}, at most {@link #BODY_LIMIT}
   * bytes of it (the stream is not closed).
   */
  public final CatalogException decode(int status, String mediaType, InputStream in) {
    RuntimeException answer = exceptionFor(status, mediaType, in);
    if (answer instanceof CatalogException documented) {
      return documented;
    }
    throw (UndocumentedAnswerException) answer;
  }

  /**
   * What {@link #decode(int, String, byte[], int)} throws or returns, returned: the {@link
   * CatalogException} or the {@link UndocumentedAnswerException}; for glue that throws it. Never throws.
   */
  public final RuntimeException exceptionFor(int status, String mediaType, byte[] body, int length) {
    byte[] bytes = body == null ? new byte[0] : body;
    int size = Math.max(0, Math.min(length, bytes.length));
    if (!documents(status)) {
      return undocumented(status, mediaType, bytes, size, UndocumentedAnswerException.Reason.UNDOCUMENTED_STATUS, null);
    }
    if (size > BODY_LIMIT) {
      return undocumented(status, mediaType, bytes, size, UndocumentedAnswerException.Reason.BODY_TOO_LARGE, null);
    }
    if (mediaType != null && !mediaTypeMatches(mediaType)) {
      return undocumented(status, mediaType, bytes, size, UndocumentedAnswerException.Reason.OTHER_MEDIA_TYPE, null);
    }
    RowDecoder[] rows = byStatus[status];
    for (RowDecoder row : rows) {
      CatalogException decoded = row.decode(status, bytes, size);
      if (decoded != null) {
        return decoded;
      }
    }
    CatalogException byMeaning = byMeaning(status, rows, bytes, size);
    if (byMeaning != null) {
      return byMeaning;
    }
    return undocumented(status, mediaType, bytes, size, UndocumentedAnswerException.Reason.UNDOCUMENTED_BODY, null);
  }

  /**
   * The body read by meaning against each row the status may answer with (see {@link RowDecoder#decode(int,
   * ByMeaning)}): the row that reads it and ignores the fewest members; null if none does, two do equally
   * (then it is not one answer), or the body is no JSON.
   */
  private CatalogException byMeaning(int status, RowDecoder[] rows, byte[] bytes, int size) {
    ByMeaning reading = new ByMeaning(bytes, size, strict);
    CatalogException best = null;
    int fewest = Integer.MAX_VALUE;
    boolean tie = false;
    for (RowDecoder row : rows) {
      CatalogException decoded = row.decode(status, reading);
      if (reading.notJson()) {
        return null;
      }
      if (decoded == null) {
        continue;
      }
      int ignored = reading.ignored();
      if (ignored < fewest) {
        best = decoded;
        fewest = ignored;
        tie = false;
      } else if (ignored == fewest) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /**
   * What {@link #decode(int, String, String, byte[])} throws or returns, returned; never throws. The
   * encodings are undone before anything else is looked at but the status.
   */
  public final RuntimeException exceptionFor(int status, String mediaType, String contentEncoding, byte[] body,
      int length) {
    if (ContentDecoding.isIdentity(contentEncoding) || !documents(status)) {
      return exceptionFor(status, mediaType, body, length);
    }
    byte[] bytes = body == null ? new byte[0] : body;
    int size = Math.max(0, Math.min(length, bytes.length));
    if (size > BODY_LIMIT) {
      return undocumented(status, mediaType, bytes, size, UndocumentedAnswerException.Reason.BODY_TOO_LARGE, null);
    }
    ContentDecoding.Decoded decoded = ContentDecoding.decode(contentEncoding, bytes, size, BODY_LIMIT);
    if (decoded.failure != null) {
      return undocumented(status, mediaType, decoded.bytes, decoded.length, decoded.failure, decoded.cause);
    }
    return exceptionFor(status, mediaType, decoded.bytes, decoded.length);
  }

  /** {@link #exceptionFor(int, String, String, byte[], int)} of a body read from {@code in}; never throws. */
  public final RuntimeException exceptionFor(int status, String mediaType, String contentEncoding, InputStream in) {
    Read read = read(in);
    if (read.failure != null) {
      return undocumented(status, mediaType, read.bytes, read.size, read.failure, read.cause);
    }
    return exceptionFor(status, mediaType, contentEncoding, read.bytes, read.size);
  }

  /** {@link #exceptionFor(int, String, byte[], int)} of a body read from {@code in}; never throws. */
  public final RuntimeException exceptionFor(int status, String mediaType, InputStream in) {
    return exceptionFor(status, mediaType, null, in);
  }

  /** A body read, at most one byte past the limit, or why it could not be. */
  private record Read(byte[] bytes, int size, UndocumentedAnswerException.Reason failure, Throwable cause) {}

  private static Read read(InputStream in) {
    byte[] buffer = new byte[1024];
    int size = 0;
    try {
      if (in != null) {
        int read;
        while ((read = in.read(buffer, size, buffer.length - size)) >= 0) {
          size += read;
          if (size > BODY_LIMIT) {
            return new Read(buffer, size, UndocumentedAnswerException.Reason.BODY_TOO_LARGE, null);
          }
          if (size == buffer.length) {
            // One byte past the limit is enough to know the body is too large.
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, BODY_LIMIT + 1));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return new Read(buffer, size, UndocumentedAnswerException.Reason.UNREADABLE_BODY, e);
    }
    return new Read(buffer, size, null, null);
  }

  /**
   * A {@code java.net.http} body handler: a 2xx or 3xx answer is handled by {@code handler}; an error
   * answer is read (at most {@link #BODY_LIMIT} bytes) and decoded, and the response's body stage fails
   * with the decoded exception. {@link #send} unwraps it.
   */
  public final <T> HttpResponse.BodyHandler<T> bodyHandler(HttpResponse.BodyHandler<T> handler) {
    return HttpClientDecoding.bodyHandler(this, handler);
  }

  /**
   * Sends {@code request} with {@code client}; a documented error answer throws its typed exception, any
   * other error answer an {@link UndocumentedAnswerException}.
   *
   * @throws IOException if sending fails
   * @throws InterruptedException if interrupted while waiting
   */
  public final <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return HttpClientDecoding.send(client, request, bodyHandler(handler));
  }

  /** Compared in place: the media type of every decoded answer passes here, and allocates nothing. */
  private boolean mediaTypeMatches(String received) {
    if (mediaTypeEssence == null) {
      return true;
    }
    int start = 0;
    while (start < received.length() && received.charAt(start) == ' ') {
      start++;
    }
    int end = start + mediaTypeEssence.length();
    // Exact case first: the usual lower-case type compares without folding case character by character.
    if (!received.startsWith(mediaTypeEssence, start)
        && !received.regionMatches(true, start, mediaTypeEssence, 0, mediaTypeEssence.length())) {
      return false;
    }
    for (int i = end; i < received.length(); i++) {
      char c = received.charAt(i);
      if (c == ';') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The type and subtype of a media type, lower case, without parameters or spaces. */
  private static String essence(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  private UndocumentedAnswerException undocumented(int status, String mediaType, byte[] body, int length,
      UndocumentedAnswerException.Reason reason, Throwable cause) {
    return new UndocumentedAnswerException(table.name(), status, mediaType, body, length, reason, cause);
  }

  @Override
  public String toString() {
    return "decoder of the " + table.name() + " catalog";
  }
}
