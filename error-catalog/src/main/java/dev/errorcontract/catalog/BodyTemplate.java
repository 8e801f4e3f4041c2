package dev.errorcontract.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The compiled body of one error, from {@link JsonShape#compile}: constant byte segments with holes for
 * the detail (wherever the shape binds it, possibly several places or none) and for a problem's
 * optional {@code instance}. Immutable and thread-safe.
 */
public final class BodyTemplate {

  static final byte HOLE_DETAIL = 0;
  static final byte HOLE_INSTANCE = 1;

  /** One more segment than holes: segment i comes before hole i, the last one after every hole. */
  private final byte[][] segments;

  private final byte[] holes;
  /** {@code ,"instance":}, written only together with an instance; null when the shape has none. */
  private final byte[] instancePrefix;

  private final int constantLength;
  private final int detailCount;
  /** The one body of a template without holes, shared by every render. */
  private final ErrorBody constant;

  BodyTemplate(byte[][] segments, byte[] holes, byte[] instancePrefix) {
    if (segments.length != holes.length + 1) {
      throw new IllegalArgumentException(segments.length + " segments for " + holes.length + " holes");
    }
    this.segments = segments;
    this.holes = holes;
    this.instancePrefix = instancePrefix;
    long length = 0;
    for (byte[] segment : segments) {
      length += segment.length;
    }
    this.constantLength = Math.toIntExact(length);
    int details = 0;
    for (byte hole : holes) {
      if (hole == HOLE_DETAIL) {
        details++;
      }
    }
    this.detailCount = details;
    this.constant = holes.length == 0 ? ErrorBody.own(segments[0]) : null;
  }

  /**
   * The body with {@code detail}, and no {@code instance}, encoded now into bytes that every response
   * shares: for a detail known when the catalog loads, such as a constant error's. A detail known only
   * per response goes through {@link #render(String)}, which encodes it as the body is written.
   *
   * @throws NullPointerException if {@code detail} is null
   * @throws IllegalArgumentException if the body would exceed {@link Integer#MAX_VALUE} bytes
   */
  public ErrorBody encode(String detail) {
    Objects.requireNonNull(detail, "detail");
    return constant != null ? constant : ErrorBody.own(bytes(detail, null));
  }

  /**
   * The body with {@code detail} written wherever the shape binds the detail, and no {@code instance}.
   * The body keeps this template and the detail, and encodes the detail each time it is written: a
   * response pays for no byte array of the whole body. Use {@link #encode(String)} for a body built
   * once and sent many times.
   *
   * @throws NullPointerException if {@code detail} is null
   * @throws IllegalArgumentException if the body would exceed {@link Integer#MAX_VALUE} bytes
   */
  public ErrorBody render(String detail) {
    return render(detail, null);
  }

  /**
   * The body with {@code detail} written wherever the shape binds the detail, and the problem {@code
   * instance} member when the shape declares it and {@code instance} is not null. An instance given to
   * a shape that does not declare one is ignored.
   *
   * @throws NullPointerException if {@code detail} is null
   * @throws IllegalArgumentException if the body would exceed {@link Integer#MAX_VALUE} bytes
   */
  public ErrorBody render(String detail, String instance) {
    Objects.requireNonNull(detail, "detail");
    if (constant != null) {
      return constant;
    }
    String kept = instancePrefix == null ? null : instance;
    length(detail, kept); // fails here, not when the body is written, if the body cannot exist
    return ErrorBody.streamed(this, detail, kept);
  }

  /** The exact number of bytes of the body with {@code detail} and {@code instance} (may be null). */
  int length(String detail, String instance) {
    long total = constantLength;
    if (detailCount > 0) {
      total += (long) JsonText.quotedLength(detail) * detailCount;
    }
    if (instance != null) {
      total += instancePrefix.length + (long) JsonText.quotedLength(instance);
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("error body would take " + total + " bytes");
    }
    return (int) total;
  }

  /** Writes the body to {@code out}: the constant segments as they are, the values encoded. */
  void write(String detail, String instance, OutputStream out) throws IOException {
    for (int i = 0; i < holes.length; i++) {
      out.write(segments[i]);
      if (holes[i] == HOLE_DETAIL) {
        JsonText.writeQuoted(detail, out);
      } else if (instance != null) {
        out.write(instancePrefix);
        JsonText.writeQuoted(instance, out);
      }
    }
    out.write(segments[holes.length]);
  }

  /** The bytes of the body, in one exactly sized array. */
  byte[] bytes(String detail, String instance) {
    byte[] out = new byte[length(detail, instance)];
    int p = 0;
    for (int i = 0; i < holes.length; i++) {
      byte[] segment = segments[i];
      System.arraycopy(segment, 0, out, p, segment.length);
      p += segment.length;
      if (holes[i] == HOLE_DETAIL) {
        p = JsonText.writeQuoted(detail, out, p);
      } else if (instance != null) {
        System.arraycopy(instancePrefix, 0, out, p, instancePrefix.length);
        p = JsonText.writeQuoted(instance, out, p + instancePrefix.length);
      }
    }
    byte[] last = segments[holes.length];
    System.arraycopy(last, 0, out, p, last.length);
    assert p + last.length == out.length;
    return out;
  }

  /**
   * The template as text with its holes marked, such as {@code BodyTemplate{"detail":${detail}}}; for
   * debugging.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BodyTemplate");
    for (int i = 0; i < holes.length; i++) {
      sb.append(new String(segments[i], StandardCharsets.UTF_8));
      if (holes[i] == HOLE_DETAIL) {
        sb.append("${detail}");
      } else {
        sb.append("${").append(new String(instancePrefix, StandardCharsets.UTF_8)).append("instance?}");
      }
    }
    return sb.append(new String(segments[holes.length], StandardCharsets.UTF_8)).toString();
  }
}
