package dev.errorcontract.jaxrs.internal;

import jakarta.ws.rs.core.Response;

/**
 * Status lines for codes JAX-RS has no constant for. The reason phrase is a courtesy: most containers
 * send their own or none (see the implementation notes), so clients must never depend on it, and the
 * documented titles stay in the documentation.
 */
final class StatusLines {

  private StatusLines() {}

  static Response.StatusType of(int code) {
    Response.Status constant = Response.Status.fromStatusCode(code);
    if (constant != null) {
      return constant;
    }
    return new Code(code, reasonPhrase(code));
  }

  /** The IANA reason phrases of error codes {@link Response.Status} lacks; empty for the others. */
  private static String reasonPhrase(int code) {
    switch (code) {
      case 421: return "Misdirected Request";
      case 422: return "Unprocessable Content";
      case 423: return "Locked";
      case 424: return "Failed Dependency";
      case 425: return "Too Early";
      case 426: return "Upgrade Required";
      case 451: return "Unavailable For Legal Reasons";
      case 506: return "Variant Also Negotiates";
      case 507: return "Insufficient Storage";
      case 508: return "Loop Detected";
      case 510: return "Not Extended";
      default: return "";
    }
  }

  /** A status JAX-RS has no constant for, such as 422 or 599. */
  private static final class Code implements Response.StatusType {
    private final int code;
    private final String reason;
    private final Response.Status.Family family;

    Code(int code, String reason) {
      this.code = code;
      this.reason = reason;
      this.family = Response.Status.Family.familyOf(code);
    }

    @Override
    public int getStatusCode() {
      return code;
    }

    @Override
    public Response.Status.Family getFamily() {
      return family;
    }

    @Override
    public String getReasonPhrase() {
      return reason;
    }

    @Override
    public String toString() {
      return code + " " + reason;
    }
  }
}
