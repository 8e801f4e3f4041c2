package dev.errorcontract.jaxrs;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.BodyTemplate;
import dev.errorcontract.catalog.JsonShape;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog written by hand the way the processor generates one ({@code @FieldBody("detail")}):
 * constant bodies encoded once, a templated row rendered per exception, fallbacks 4xx → 400 and 5xx →
 * 500.
 */
final class TestCatalog {

  private TestCatalog() {}

  /** The catalog's body shape, as {@code @FieldBody("detail")} declares it. */
  static final JsonShape SHAPE = JsonShape.field("detail");

  /** The documented statuses. */
  enum TestStatus implements DocumentedStatus {
    BAD_REQUEST(400, "Bad request"),
    UNAUTHORIZED(401, "Unauthorized", Map.of("WWW-Authenticate", "ApiKey realm=\"test\"")),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_SERVER_ERROR(500, "Internal server error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int code;
    private final String title;
    private final Map<String, String> headers;

    TestStatus(int code, String title) {
      this(code, title, Map.of());
    }

    TestStatus(int code, String title, Map<String, String> headers) {
      this.code = code;
      this.title = title;
      this.headers = headers;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public String description() {
      return title + ".";
    }

    @Override
    public Map<String, String> headers() {
      return headers;
    }
  }

  /** Every error the server may answer with: rows, then one per status without a title row. */
  enum TestError implements DocumentedError {
    INVALID_NONCE(TestStatus.BAD_REQUEST, "Invalid nonce", "invalid_nonce"),
    INVALID_LIMIT(TestStatus.BAD_REQUEST, "Invalid limit: {limit}", "invalid_limit"),
    PASSPORT_NOT_FOUND(TestStatus.NOT_FOUND, "Passport \"not\" found", "passport_not_found"),
    SLOW_DOWN(TestStatus.TOO_MANY_REQUESTS, "Slow down", null),
    MAINTENANCE(TestStatus.SERVICE_UNAVAILABLE, "Down for maintenance – back soon", null),
    BAD_REQUEST(TestStatus.BAD_REQUEST, "Bad request", null),
    UNAUTHORIZED(TestStatus.UNAUTHORIZED, "Unauthorized", null),
    NOT_FOUND(TestStatus.NOT_FOUND, "Not found", null),
    METHOD_NOT_ALLOWED(TestStatus.METHOD_NOT_ALLOWED, "Method not allowed", null),
    NOT_ACCEPTABLE(TestStatus.NOT_ACCEPTABLE, "Not acceptable", null),
    UNSUPPORTED_MEDIA_TYPE(TestStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", null),
    TOO_MANY_REQUESTS(TestStatus.TOO_MANY_REQUESTS, "Too many requests", null),
    INTERNAL_SERVER_ERROR(TestStatus.INTERNAL_SERVER_ERROR, "Internal server error", null),
    SERVICE_UNAVAILABLE(TestStatus.SERVICE_UNAVAILABLE, "Service unavailable", null);

    private final TestStatus status;
    private final String detail;
    private final String code;
    private final BodyTemplate template;
    private final ErrorBody body;

    TestError(TestStatus status, String detail, String code) {
      this.status = status;
      this.detail = detail;
      this.code = code;
      this.template = SHAPE.compile(status.code(), status.title(), code, description());
      this.body = detail.contains("{") ? null : template.render(detail);
    }

    @Override
    public TestStatus status() {
      return status;
    }

    @Override
    public String detail() {
      return detail;
    }

    @Override
    public String description() {
      return "About " + detail;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public List<String> arguments() {
      return detail.contains("{limit}") ? List.of("limit") : List.of();
    }

    @Override
    public String mediaType() {
      return SHAPE.mediaType();
    }

    @Override
    public ErrorBody body() {
      return body;
    }

    /** Renders this error's body for a filled-in detail. */
    ErrorBody render(String filledIn) {
      return template.render(filledIn);
    }

    /** Whether this error has a constant body (every row but the template). */
    boolean isConstant() {
      return body != null;
    }
  }

  /**
   * The body the contract promises for a detail, written out independently of {@link JsonShape}: what
   * the tests compare bytes against.
   */
  static String expectedJson(String detail) {
    return "{\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
  }

  /** The catalog as the glue sees it. */
  static final ErrorTable TABLE =
      new ErrorTable() {
        @Override
        public String name() {
          return "Test";
        }

        @Override
        public List<TestStatus> statuses() {
          return List.of(TestStatus.values());
        }

        @Override
        public List<TestError> errors() {
          return List.of(TestError.values());
        }

        @Override
        public DocumentedError forStatus(int status) {
          if (status < 400 || status > 599) {
            throw new IllegalArgumentException("Not an error status: " + status);
          }
          for (TestError error : TestError.values()) {
            if (error.status.code() == status && error.detail.equals(error.status.title())) {
              return error;
            }
          }
          return forStatus(status < 500 ? 400 : 500);
        }

        @Override
        public Optional<TestStatus> status(int code) {
          return Arrays.stream(TestStatus.values()).filter(s -> s.code() == code).findFirst();
        }

        @Override
        public Optional<TestError> byCode(String code) {
          return Arrays.stream(TestError.values())
              .filter(e -> code.equals(e.code()))
              .findFirst();
        }
      };

  /** The exception of any constant error, as a generated nested exception would be. */
  static final class Thrown extends CatalogException {
    private static final long serialVersionUID = 1L;
    private final transient TestError error;

    Thrown(TestError error) {
      super(null, error.status().code() >= 500);
      if (!error.isConstant()) {
        throw new IllegalArgumentException(error + " is a template");
      }
      this.error = error;
    }

    @Override
    public DocumentedError error() {
      return error;
    }

    @Override
    public ErrorBody body() {
      return error.body();
    }
  }

  /** The templated row's exception: its body is rendered once, when it is created. */
  static final class InvalidLimit extends CatalogException {
    private static final long serialVersionUID = 1L;
    private final String detail;
    private final transient ErrorBody body;

    InvalidLimit(int limit) {
      super(null, false);
      this.detail = "Invalid limit: " + limit;
      this.body = TestError.INVALID_LIMIT.render(detail);
    }

    @Override
    public DocumentedError error() {
      return TestError.INVALID_LIMIT;
    }

    @Override
    public String detail() {
      return detail;
    }

    @Override
    public ErrorBody body() {
      return body;
    }
  }
}
