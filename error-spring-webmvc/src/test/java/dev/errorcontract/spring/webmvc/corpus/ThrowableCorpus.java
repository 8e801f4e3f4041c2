package dev.errorcontract.spring.webmvc.corpus;

import dev.errorcontract.spring.webmvc.app.ShopException;
import dev.errorcontract.spring.webmvc.app.orders.OrdersException;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * A seeded corpus of random throwables: each case, named by its seed and index, is rebuilt the same on
 * the server (which throws it) and in the test (which knows what the catalog must answer, from the
 * table written out here, not from the library). Every message holds {@value #SECRET}, which no answer
 * may contain, nor any class name or stack frame.
 */
public final class ThrowableCorpus {

  /** In every message of the corpus; in no answer. */
  public static final String SECRET = "s3cr3t";

  /** Where a case is thrown. */
  public enum Site { CONTROLLER, ASYNC, FILTER }

  /** What is thrown. */
  public enum Kind { RUNTIME, CHECKED, ERROR, CATALOG, CATALOG_WITH_CAUSE, WRAPPED_CATALOG, OTHER_CATALOG, STATUS }

  /** The Shop catalog's constant errors a case throws: status, detail. */
  private static final Object[][] CATALOG = {
    {400, "Malformed body"}, {404, "No such route"}, {429, "Slow down"},
    {500, "Something broke \u2013 sorry"}, {401, "Unauthorized"}, {403, "Forbidden"},
    {404, "Order 7 not found"},
  };

  /** The detail of each status the Shop catalog answers by its status rule. */
  public static String documented(int status) {
    switch (status) {
      case 400: return "Bad request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not found";
      case 405: return "Method not allowed";
      case 406: return "Not acceptable";
      case 413: return "Too large";
      case 415: return "Unsupported media type";
      case 429: return "Too many requests";
      case 500: return "Internal server error";
      case 503: return "Service unavailable";
      default: return null;
    }
  }

  /** One case. */
  public record Case(long seed, int index, Site site, Kind kind, int pick) {

    /** The path that throws it. */
    public String path() {
      String prefix = switch (site) {
        case CONTROLLER -> "/corpus/";
        case ASYNC -> "/corpus-async/";
        case FILTER -> "/filter/corpus/";
      };
      return prefix + seed + "/" + index;
    }

    /** The status the catalog answers it with. */
    public int expectedStatus() {
      switch (kind) {
        case CATALOG:
        case CATALOG_WITH_CAUSE:
        case WRAPPED_CATALOG:
          return (Integer) CATALOG[pick % CATALOG.length][0];
        case OTHER_CATALOG:
          return 409;
        case STATUS:
          int raised = raised();
          return documented(raised) != null ? raised : raised < 500 ? 400 : 500;
        default:
          return 500;
      }
    }

    /** The exact body. */
    public String expectedBody() {
      switch (kind) {
        case CATALOG:
        case CATALOG_WITH_CAUSE:
        case WRAPPED_CATALOG:
          return json((String) CATALOG[pick % CATALOG.length][1]);
        case OTHER_CATALOG:
          return "{\"type\":\"https://example.com/problems\",\"title\":\"Conflict\",\"status\":409,"
              + "\"detail\":\"The order is already shipped.\",\"instance\":\"" + path() + "\"}";
        case STATUS:
          return json(documented(expectedStatus()));
        default:
          return json("Something broke \u2013 sorry");
      }
    }

    /** The exact media type. */
    public String expectedContentType() {
      return kind == Kind.OTHER_CATALOG ? "application/problem+json" : "application/json";
    }

    /**
     * Whether the answer carries a correlation id, with the library's logger off as the corpus runs it:
     * an unexpected failure always has one; a catalog exception's cause has none, no line being logged.
     */
    public boolean correlated() {
      return kind == Kind.RUNTIME || kind == Kind.CHECKED || kind == Kind.ERROR;
    }

    private int raised() {
      return 400 + pick % 200;
    }

    /** The throwable. */
    public Throwable build() {
      String message = "case " + index + " " + SECRET;
      switch (kind) {
        case RUNTIME:
          return switch (pick % 5) {
            case 0 -> new IllegalStateException(message);
            case 1 -> new NullPointerException(message);
            case 2 -> new UncheckedIOException(new IOException(message));
            case 3 -> new IllegalArgumentException(message, new RuntimeException(SECRET));
            default -> new ArithmeticException(message);
          };
        case CHECKED:
          return switch (pick % 3) {
            case 0 -> new IOException(message);
            case 1 -> new ServletException(message);
            default -> new Exception(message);
          };
        case ERROR:
          return switch (pick % 3) {
            case 0 -> new AssertionError(message);
            case 1 -> new StackOverflowError(message);
            default -> new Error(message);
          };
        case CATALOG:
          return catalog(null);
        case CATALOG_WITH_CAUSE:
          return catalog(new IllegalStateException(message));
        case WRAPPED_CATALOG:
          return switch (pick % 3) {
            case 0 -> new CompletionException(message, catalog(null));
            case 1 -> new UndeclaredThrowableException(catalog(null), message);
            default -> new ServletException(message, catalog(null));
          };
        case OTHER_CATALOG:
          return new OrdersException.TheOrderIsAlreadyShipped();
        default:
          return new ResponseStatusException(HttpStatusCode.valueOf(raised()), message);
      }
    }

    private ShopException catalog(Throwable cause) {
      int which = pick % CATALOG.length;
      if (cause == null) {
        return switch (which) {
          case 0 -> new ShopException.MalformedBody();
          case 1 -> new ShopException.NoSuchRoute();
          case 2 -> new ShopException.SlowDown();
          case 3 -> new ShopException.SomethingBrokeSorry();
          case 4 -> new ShopException.Unauthorized();
          case 5 -> new ShopException.Forbidden();
          default -> new ShopException.OrderNotFound(7);
        };
      }
      return switch (which) {
        case 0 -> new ShopException.MalformedBody(cause);
        case 1 -> new ShopException.NoSuchRoute(cause);
        case 2 -> new ShopException.SlowDown(cause);
        case 3 -> new ShopException.SomethingBrokeSorry(cause);
        case 4 -> new ShopException.Unauthorized(cause);
        case 5 -> new ShopException.Forbidden(cause);
        default -> new ShopException.OrderNotFound(7, cause);
      };
    }
  }

  private static String json(String detail) {
    return "{\"detail\":\"" + detail + "\"}";
  }

  private ThrowableCorpus() {}

  /** Case {@code index} of {@code seed}. */
  public static Case of(long seed, int index) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    Site site = Site.values()[random.nextInt(Site.values().length)];
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    return new Case(seed, index, site, kind, random.nextInt(1 << 20));
  }

  /** The case a path names. */
  public static Case parse(String path) {
    String[] parts = path.split("/");
    return of(Long.parseLong(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]));
  }

  /** Throws the case's throwable, checked ones included. */
  public static <T> T throwIt(Case c) {
    ThrowableCorpus.<RuntimeException>sneaky(c.build());
    return null;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneaky(Throwable t) throws E {
    throw (E) t;
  }
}
