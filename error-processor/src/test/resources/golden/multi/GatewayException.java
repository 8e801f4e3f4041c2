package multi;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import javax.annotation.processing.Generated;

/**
 * The exceptions of the Gateway catalog, declared on {@link GatewayErrors}: each nested class is one
 * error of {@link GatewayError}, and no other can exist.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from multi.GatewayErrors"
)
public abstract sealed class GatewayException extends CatalogException {
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
  private GatewayException(Throwable cause, boolean recordStackTrace) {
    super(cause, recordStackTrace);
  }

  /**
   * The documented error this exception is.
   */
  @Override
  public abstract GatewayError error();

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
   * 400 Bad Request: "Malformed JSON."
   *
   * <p>The body is not JSON.
   *
   * <p>Also answers <code>UNREADABLE_BODY</code>, <code>INVALID_INPUT</code>.
   */
  public static final class MalformedJson extends GatewayException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public MalformedJson() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public MalformedJson(Throwable cause) {
      super(cause, false);
    }

    @Override
    public GatewayError error() {
      return GatewayError.MALFORMED_JSON;
    }
  }

  /**
   * 502 Server Errors: "The upstream did not answer."
   *
   * <p>Try again later.
   */
  public static final class TheUpstreamDidNotAnswer extends GatewayException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     */
    public TheUpstreamDidNotAnswer() {
      this(null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client.
     *
     * @param cause the cause, or {@code null}
     */
    public TheUpstreamDidNotAnswer(Throwable cause) {
      super(cause, true);
    }

    @Override
    public GatewayError error() {
      return GatewayError.THE_UPSTREAM_DID_NOT_ANSWER;
    }
  }

  /**
   * 400 Bad Request: "Bad Request".
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>METHOD_NOT_ALLOWED</code>, <code>NOT_ACCEPTABLE</code>, <code>UNSUPPORTED_MEDIA_TYPE</code>, <code>UNDOCUMENTED_CLIENT_ERROR</code>.
   */
  public static final class BadRequest extends GatewayException {
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
    public GatewayError error() {
      return GatewayError.BAD_REQUEST;
    }
  }

  /**
   * 404 Not Found: "Not Found".
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNKNOWN_PATH</code>.
   */
  public static final class NotFound extends GatewayException {
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
    public GatewayError error() {
      return GatewayError.NOT_FOUND;
    }
  }

  /**
   * 500, 502, 503, 504 Server Errors: "Server Errors".
   *
   * <p>Something went wrong on our side.
   *
   * <p>The page has no row answering this status; the library added this answer, its title as the detail.
   *
   * <p>Also answers <code>UNDOCUMENTED_SERVER_ERROR</code>, <code>UNEXPECTED_FAILURE</code>.
   */
  public static final class ServerErrors extends GatewayException {
    /**
     * The serialized form's version.
     */
    private static final long serialVersionUID = 1L;

    /**
     * The code this exception answers with.
     */
    private final int status;

    /**
     * Creates the exception, answering with 500.
     */
    public ServerErrors() {
      this(500, null);
    }

    /**
     * Creates the exception with its cause, which is logged but never sent to the client;
     * it answers with 500.
     *
     * @param cause the cause, or {@code null}
     */
    public ServerErrors(Throwable cause) {
      this(500, cause);
    }

    /**
     * Creates the exception answering with {@code status}, a code its row covers.
     *
     * @param status the code to answer with
     * @throws IllegalArgumentException if the row does not cover {@code status}
     */
    public ServerErrors(int status) {
      this(status, null);
    }

    /**
     * Creates the exception answering with {@code status}, a code its row covers, with its
     * cause, which is logged but never sent to the client.
     *
     * @param status the code to answer with
     * @param cause the cause, or {@code null}
     * @throws IllegalArgumentException if the row does not cover {@code status}
     */
    public ServerErrors(int status, Throwable cause) {
      super(cause, true);
      if (!GatewayError.SERVER_ERRORS.status().covers(status)) {
        throw new IllegalArgumentException("Not a code of 500, 502, 503, 504: " + status);
      }
      this.status = status;
    }

    /**
     * The code this exception answers with, one its row covers.
     */
    @Override
    public int status() {
      return status;
    }

    @Override
    public GatewayError error() {
      return GatewayError.SERVER_ERRORS;
    }
  }
}
