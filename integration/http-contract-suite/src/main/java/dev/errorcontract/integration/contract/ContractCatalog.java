package dev.errorcontract.integration.contract;

import dev.errorcontract.catalog.ErrorTable;

/** What a runtime adapter's endpoints need of the suite's catalog. */
public final class ContractCatalog {

  /** The secret a careless exception message would leak: it must appear in no answer. */
  public static final String SECRET = "password=hunter2-7f3a";

  private ContractCatalog() {}

  /** The catalog every runtime answers with. */
  public static ErrorTable table() {
    return ContractError.table();
  }

  /** The exception of a constant error (one without template arguments), as application code throws it. */
  public static ContractException exceptionFor(ContractError error) {
    switch (error) {
      case BAD_REQUEST: return new ContractException.BadRequest();
      case MALFORMED_BODY: return new ContractException.MalformedBody();
      case PASSPORT_NOT_FOUND: return new ContractException.PassportNotFound();
      case SLOW_DOWN: return new ContractException.SlowDown();
      case MAINTENANCE: return new ContractException.Maintenance();
      case UNAUTHORIZED: return new ContractException.Unauthorized();
      case NOT_FOUND: return new ContractException.NotFound();
      case METHOD_NOT_ALLOWED: return new ContractException.MethodNotAllowed();
      case NOT_ACCEPTABLE: return new ContractException.NotAcceptable();
      case UNSUPPORTED_MEDIA_TYPE: return new ContractException.UnsupportedMediaType();
      case TOO_MANY_REQUESTS: return new ContractException.TooManyRequests();
      case INTERNAL_SERVER_ERROR: return new ContractException.InternalServerError();
      case SERVICE_UNAVAILABLE: return new ContractException.ServiceUnavailable();
      default: throw new IllegalArgumentException(error + " takes template arguments");
    }
  }

  /** The exception thrown by {@link Endpoint#CAUSED}. */
  public static ContractException caused() {
    return new ContractException.Maintenance(new IllegalStateException("database at " + SECRET));
  }

  /** The exception thrown by {@link Endpoint#SECRET}. */
  public static RuntimeException unexpected() {
    return new IllegalStateException("cannot connect with " + SECRET);
  }

  /** The body of {@link Endpoint#BUILT}. */
  public static String builtBody() {
    return "raw text from " + SECRET;
  }

  /** The header {@link Endpoint#BUILT} adds for {@code code}, {@code {name, value}}, or null. */
  public static String[] builtHeader(int code) {
    switch (code) {
      case 401: return new String[] {"WWW-Authenticate", "Bearer realm=\"app\""};
      case 405: return new String[] {"Allow", "GET"};
      case 429: return new String[] {"Retry-After", "5"};
      case 503: return new String[] {"Retry-After", "120"};
      default: return null;
    }
  }
}
