package dev.errorcontract.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An HTTP answer that is not one of a catalog's documented errors: a status the catalog does not
 * document, a body it never sends (HTML from a proxy, a different JSON), an empty, truncated or
 * unreadable body, invalid UTF-8, or a body over {@link ErrorDecoder#BODY_LIMIT}. It carries what a
 * log needs to tell which: the status, the media type and the first {@link #PREFIX_LIMIT} bytes of the
 * body.
 */
public final class UndocumentedAnswerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The most bytes of the body kept. */
  public static final int PREFIX_LIMIT = 1024;

  /** Why the answer is not a documented error. */
  public enum Reason {
    /** The catalog documents no error answered with this status. */
    UNDOCUMENTED_STATUS,
    /** The media type is not the catalog's. */
    OTHER_MEDIA_TYPE,
    /** No error of the status sends this body. */
    UNDOCUMENTED_BODY,
    /** The body is larger than {@link ErrorDecoder#BODY_LIMIT}; no more of it was read. */
    BODY_TOO_LARGE,
    /** Reading the body failed. */
    UNREADABLE_BODY
  }

  private final String catalog;
  private final int status;
  private final String mediaType;
  private final byte[] bodyPrefix;
  private final Reason reason;

  /**
   * @param catalog the catalog's name
   * @param status the HTTP status received
   * @param mediaType the {@code Content-Type} received, or null for none
   * @param body the body received (only its first {@link #PREFIX_LIMIT} bytes are kept)
   * @param length how many bytes of {@code body} were received
   * @param reason why it is not a documented error
   * @param cause a failure reading the body, or null
   */
  public UndocumentedAnswerException(String catalog, int status, String mediaType, byte[] body, int length,
      Reason reason, Throwable cause) {
    super(null, cause);
    this.catalog = catalog;
    this.status = status;
    this.mediaType = mediaType;
    this.bodyPrefix = body == null ? new byte[0] : Arrays.copyOf(body, Math.min(Math.min(length, body.length), PREFIX_LIMIT));
    this.reason = reason;
  }

  /** The HTTP status received. */
  public int status() {
    return status;
  }

  /** The {@code Content-Type} received, or null for none. */
  public String mediaType() {
    return mediaType;
  }

  /** The first bytes of the body received, at most {@link #PREFIX_LIMIT}. */
  public byte[] bodyPrefix() {
    return bodyPrefix.clone();
  }

  /** Why the answer is not a documented error. */
  public Reason reason() {
    return reason;
  }

  /** The name of the catalog that does not document the answer. */
  public String catalog() {
    return catalog;
  }

  /** The status, media type, reason and the body's first bytes as text (invalid UTF-8 replaced). */
  @Override
  public String getMessage() {
    return "HTTP " + status + " (" + (mediaType == null ? "no media type" : mediaType) + ") is not a documented "
        + catalog + " error: " + reason + "; body starts: "
        + new String(bodyPrefix, StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n");
  }
}
