package deprecated;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import javax.annotation.processing.Generated;

/**
 * The exceptions of the Legacy catalog, declared on {@link LegacyErrors}: each nested class is one
 * error of {@link LegacyError}, and no other can exist.
 */
@SuppressWarnings("deprecation")
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from deprecated.LegacyErrors"
)
public abstract sealed class LegacyException extends CatalogException {
  /**
   * The serialized form's version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Only the nested exceptions extend this class.
   *
   * @param cause the cause, or {@code null}
   * @param recordStackTrace whether the stack trace is filled in
   */
  private LegacyException(Throwable cause, boolean recordStackTrace) {
    super(cause, recordStackTrace);
  }

  /**
   * The documented error this exception is.
   */
  @Override
  public abstract LegacyError error();

  /**
   * The body, with this exception's own instance where the body has one.
   */
  @Override
  public final ErrorBody body() {
    return body(null);
  }

  /**
   * The body, with this exception's own instance, else {@code instance}, where the body has
   * one.
   */
  @Override
  public final ErrorBody body(String instance) {
    String own = instance();
    return bodyWithInstance(own != null ? own : instance);
  }

  /**
   * The body with this instance: shared by every exception of a constant detail; rendered per
   * exception by the template ones, which override this.
   *
   * @param instance the instance, or {@code null} for none
   * @return the body
   */
  ErrorBody bodyWithInstance(String instance) {
    return error().body(status(), instance);
  }

  /**
   * 400 Bad Request: "Invalid nonce".
   *
   * <p>The nonce is wrong.
   *
   * <p>Machine code <code>invalid_nonce</code>.
   *
   * @deprecated use INVALID_TOKEN; the nonce goes away in 3.0
   */
  @Deprecated
  public static final class InvalidNonce extends LegacyException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public InvalidNonce() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public InvalidNonce(Throwable cause) {
      super(cause, false);
    }

    @Override
    public LegacyError error() {
      return LegacyError.INVALID_NONCE;
    }
  }

  /**
   * 400 Bad Request: "Invalid token".
   *
   * <p>The token is wrong.
   *
   * <p>Machine code <code>invalid_token</code>.
   */
  public static final class InvalidToken extends LegacyException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public InvalidToken() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public InvalidToken(Throwable cause) {
      super(cause, false);
    }

    @Override
    public LegacyError error() {
      return LegacyError.INVALID_TOKEN;
    }
  }

  /**
   * 400 Bad Request: "Bad Request".
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>METHOD_NOT_ALLOWED</code>, <code>NOT_ACCEPTABLE</code>, <code>UNSUPPORTED_MEDIA_TYPE</code>, <code>UNREADABLE_BODY</code>, <code>INVALID_INPUT</code>, <code>UNDOCUMENTED_CLIENT_ERROR</code>.
   */
  public static final class BadRequest extends LegacyException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public BadRequest() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public BadRequest(Throwable cause) {
      super(cause, false);
    }

    @Override
    public LegacyError error() {
      return LegacyError.BAD_REQUEST;
    }
  }

  /**
   * 410 Gone: "Gone".
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * @deprecated 410 is answered as 404 from 3.0 on
   */
  @Deprecated
  public static final class Gone extends LegacyException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public Gone() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public Gone(Throwable cause) {
      super(cause, false);
    }

    @Override
    public LegacyError error() {
      return LegacyError.GONE;
    }
  }

  /**
   * 404 Not Found: "Not Found".
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNKNOWN_PATH</code>.
   */
  public static final class NotFound extends LegacyException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public NotFound() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public NotFound(Throwable cause) {
      super(cause, false);
    }

    @Override
    public LegacyError error() {
      return LegacyError.NOT_FOUND;
    }
  }

  /**
   * 500 Internal Server Error: "Internal Server Error".
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNDOCUMENTED_SERVER_ERROR</code>, <code>UNEXPECTED_FAILURE</code>.
   */
  public static final class InternalServerError extends LegacyException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public InternalServerError() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public InternalServerError(Throwable cause) {
      super(cause, true);
    }

    @Override
    public LegacyError error() {
      return LegacyError.INTERNAL_SERVER_ERROR;
    }
  }
}
