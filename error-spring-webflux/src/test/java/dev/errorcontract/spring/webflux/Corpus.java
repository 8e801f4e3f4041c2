package dev.errorcontract.spring.webflux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * A seeded corpus of random throwables for {@code WebFluxThrowableCorpusHttpTest}: each case, named by its
 * seed and index, is rebuilt the same on the server (which throws it) and in the test (which knows what
 * the catalog must answer, from a table written out here, not from the library). Every message holds
 * {@value #SECRET}, which no answer may contain.
 */
final class Corpus {

  static final String SECRET = "s3cr3t";

  /** Where a case is thrown. */
  enum Site { CONTROLLER, CONTROLLER_MONO, ROUTE, FILTER }

  /** What is thrown. */
  enum Kind { RUNTIME, CHECKED, ERROR, CATALOG, CATALOG_WITH_CAUSE, WRAPPED_CATALOG, STATUS }

  /** The constant errors of the Flux catalog a case throws, with their status and detail. */
  private static final List<Object[]> CATALOG = List.of(
      new Object[] {"INVALID_NONCE", 400, "Invalid nonce"},
      new Object[] {"BAD_JSON", 400, "The body is not valid JSON."},
      new Object[] {"NO_ROUTE", 404, "No route matches the request path."},
      new Object[] {"MAINTENANCE", 503, "Down for maintenance \u2013 back soon"},
      new Object[] {"UNAUTHORIZED", 401, "Unauthorized"},
      new Object[] {"CONTENT_TOO_LARGE", 413, "Content too large"},
      new Object[] {"INTERNAL_SERVER_ERROR", 500, "Internal server error"});

  /** Each status the Flux catalog documents, with the detail its status answer has. */
  private static String documented(int status) {
    switch (status) {
      case 400: return "Bad request";
      case 401: return "Unauthorized";
      case 404: return "Not found";
      case 405: return "Method not allowed";
      case 406: return "Not acceptable";
      case 413: return "Content too large";
      case 415: return "Unsupported media type";
      case 500: return "Internal server error";
      case 503: return "Service unavailable";
      default: return null;
    }
  }

  record Case(long seed, int index, Site site, Kind kind, int pick) {

    String path() {
      String prefix = switch (site) {
        case CONTROLLER -> "/corpus/";
        case CONTROLLER_MONO -> "/corpus-mono/";
        case ROUTE -> "/fn/corpus/";
        case FILTER -> "/filter/corpus/";
      };
      return prefix + seed + "/" + index;
    }

    /** The status the catalog answers this case with. */
    int expectedStatus() {
      switch (kind) {
        case CATALOG:
        case CATALOG_WITH_CAUSE:
        case WRAPPED_CATALOG:
          return (Integer) CATALOG.get(pick % CATALOG.size())[1];
        case STATUS:
          int raised = 400 + pick % 200;
          return documented(raised) != null ? raised : raised < 500 ? 400 : 500;
        default:
          return 500;
      }
    }

    String expectedDetail() {
      switch (kind) {
        case CATALOG:
        case CATALOG_WITH_CAUSE:
        case WRAPPED_CATALOG:
          return (String) CATALOG.get(pick % CATALOG.size())[2];
        default:
          if (site == Site.FILTER && kind == Kind.STATUS && expectedStatus() == 404) {
            // Raised before any handler matched: the path is unknown.
            return "No route matches the request path.";
          }
          return documented(expectedStatus());
      }
    }

    /**
     * Whether the answer carries a correlation id, with the library's logger switched off as the corpus
     * run has it: an unexpected failure always gets one; a catalog exception's cause none, since no line
     * is logged for an id to point at.
     */
    boolean correlated() {
      return kind == Kind.RUNTIME || kind == Kind.CHECKED || kind == Kind.ERROR;
    }

    Throwable build() {
      String message = "case " + index + " " + SECRET;
      switch (kind) {
        case RUNTIME:
          return switch (pick % 4) {
            case 0 -> new IllegalStateException(message);
            case 1 -> new NullPointerException(message);
            case 2 -> new UncheckedIOException(new IOException(message));
            default -> new ArithmeticException(message);
          };
        case CHECKED:
          return pick % 2 == 0 ? new IOException(message) : new Exception(message);
        case ERROR:
          return pick % 2 == 0 ? new AssertionError(message) : new Error(message);
        case CATALOG:
          return catalog(null);
        case CATALOG_WITH_CAUSE:
          return catalog(new IllegalStateException(message));
        case WRAPPED_CATALOG:
          return pick % 2 == 0
              ? new CompletionException(message, catalog(null))
              : new UndeclaredThrowableException(catalog(null), message);
        default:
          return new ResponseStatusException(HttpStatusCode.valueOf(400 + pick % 200), message);
      }
    }

    private FluxException catalog(Throwable cause) {
      String name = (String) CATALOG.get(pick % CATALOG.size())[0];
      return switch (name) {
        case "INVALID_NONCE" -> cause == null ? new FluxException.InvalidNonce() : new FluxException.InvalidNonce(cause);
        case "BAD_JSON" -> cause == null ? new FluxException.BadJson() : new FluxException.BadJson(cause);
        case "NO_ROUTE" -> cause == null ? new FluxException.NoRoute() : new FluxException.NoRoute(cause);
        case "MAINTENANCE" -> cause == null ? new FluxException.Maintenance() : new FluxException.Maintenance(cause);
        case "UNAUTHORIZED" -> cause == null ? new FluxException.Unauthorized() : new FluxException.Unauthorized(cause);
        case "CONTENT_TOO_LARGE" ->
            cause == null ? new FluxException.ContentTooLarge() : new FluxException.ContentTooLarge(cause);
        default ->
            cause == null ? new FluxException.InternalServerError() : new FluxException.InternalServerError(cause);
      };
    }
  }

  private Corpus() {}

  static Case of(long seed, int index) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    Site site = Site.values()[random.nextInt(Site.values().length)];
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    return new Case(seed, index, site, kind, random.nextInt(1 << 20));
  }

  /** The case a path names, or {@code null} when the path is no corpus path. */
  static Case parse(String path) {
    String[] parts = path.split("/");
    if (parts.length < 3) {
      return null;
    }
    return of(Long.parseLong(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]));
  }

  /** Throws the case's throwable, checked ones included. */
  static <T> T throwIt(Case c) {
    Corpus.<RuntimeException>sneaky(c.build());
    return null;
  }

  /** The case's throwable as a failed Mono. */
  static <T> Mono<T> fail(Case c) {
    return Mono.error(c.build());
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneaky(Throwable t) throws E {
    throw (E) t;
  }
}
