package dev.errorcontract.integration.corpus;

import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorTable;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * One case of the corpus: what is thrown, where, and the documented answer it must get. The throwable
 * is built afresh on every call, from {@code variety} alone, so client and server agree on it.
 *
 * @param variety drives every random choice inside the case (which class, status, depth, ...)
 */
public record CorpusCase(long seed, int index, CorpusKind kind, Site site, long variety) {

  /**
   * Error statuses a {@code WebApplicationException} is raised with: documented, undocumented and
   * uncommon ones. 404, 405, 406 and 415 are left out: the framework raises those as conditions,
   * which the suites test on their own.
   */
  private static final int[] WEB_STATUSES = {
    400, 401, 403, 409, 410, 418, 422, 429, 451, 500, 501, 502, 503, 504, 599
  };

  /** The text no answer may contain: it stands for a password or a connection string. */
  public String secret() {
    return "hunter2-" + Long.toUnsignedString(variety, 36);
  }

  /** The request path of this case, without a leading slash. */
  public String path() {
    return ThrowableCorpus.path(seed, index);
  }

  /** The status a {@code WebApplicationException} of this case is raised with. */
  public int webStatus() {
    return WEB_STATUSES[(int) Long.remainderUnsigned(variety, WEB_STATUSES.length)];
  }

  /** The catalog error a catalog exception of this case documents. */
  public DocumentedError catalogError(ErrorTable table) {
    List<DocumentedError> errors = ThrowableCorpus.constantErrors(table);
    return errors.get((int) Long.remainderUnsigned(variety >>> 7, errors.size()));
  }

  /** The catalog error that must answer this case: what the table documents for it. */
  public DocumentedError expectedError(ErrorTable table) {
    switch (kind) {
      case CATALOG:
      case WRAPPED_CATALOG:
        return catalogError(table);
      case WEB_NO_ENTITY:
      case WEB_WITH_ENTITY:
        return table.forStatus(webStatus());
      default:
        return table.forCondition(dev.errorcontract.catalog.Condition.UNEXPECTED_FAILURE);
    }
  }

  /** The status code that must answer this case. */
  public int expectedStatus(ErrorTable table) {
    DocumentedError error = expectedError(table);
    switch (kind) {
      case WEB_NO_ENTITY:
      case WEB_WITH_ENTITY:
        return error.statusFor(webStatus());
      default:
        return error.status().code();
    }
  }

  /** The throwable of this case, built afresh; {@code catalog} builds catalog exceptions. */
  public Throwable build(ErrorTable table, CatalogExceptions catalog) {
    SplittableRandom random = new SplittableRandom(variety);
    String secret = secret();
    switch (kind) {
      case RUNTIME:
        return runtime(random, "failed with " + secret);
      case CHECKED:
        return checked(random, "jdbc:postgresql://db/prod?" + secret);
      case ERROR:
        return error(random, "broken " + secret);
      case NULL_MESSAGE:
        return random.nextBoolean() ? new NullPointerException() : new IllegalStateException();
      case HUGE_MESSAGE:
        return runtime(random, huge(random, secret));
      case DEEP_CAUSES:
        return deep(random, secret);
      case SUPPRESSED:
        return suppressed(random, secret);
      case WRAPPED_CATALOG:
        return new CompletionException(
            "async " + secret, catalog.create(catalogError(table), new IOException(secret)));
      case WEB_NO_ENTITY:
        return new WebApplicationException("upstream said " + secret, webStatus());
      case WEB_WITH_ENTITY:
        return new WebApplicationException(
            Response.status(webStatus())
                .entity("<h1>" + secret + "</h1> at java.lang.Thread.run")
                .type(MediaType.TEXT_PLAIN)
                .build());
      case CATALOG:
        return catalog.create(catalogError(table), new SQLException("password=" + secret));
      default:
        throw new AssertionError(kind);
    }
  }

  private static RuntimeException runtime(SplittableRandom random, String message) {
    switch (random.nextInt(5)) {
      case 0: return new IllegalStateException(message);
      case 1: return new IllegalArgumentException(message);
      case 2: return new UnsupportedOperationException(message);
      case 3: return new UncheckedIOException(message, new IOException(message));
      default: return new ArrayIndexOutOfBoundsException(message);
    }
  }

  private static Exception checked(SplittableRandom random, String message) {
    switch (random.nextInt(4)) {
      case 0: return new SQLException(message);
      case 1: return new IOException(message);
      case 2: return new TimeoutException(message);
      default: return new CorpusCheckedException(message);
    }
  }

  private static Error error(SplittableRandom random, String message) {
    switch (random.nextInt(5)) {
      case 0: return new AssertionError(message);
      case 1: return new NoClassDefFoundError(message);
      case 2: return new StackOverflowError(message);
      case 3: return new OutOfMemoryError(message);
      default: return new ExceptionInInitializerError(message);
    }
  }

  private static String huge(SplittableRandom random, String secret) {
    int half = 32 * 1024 + random.nextInt(96 * 1024);
    String filler = "x".repeat(half);
    return filler + " " + secret + " <script>alert(1)</script> \"\\\u0000\u2028 " + filler;
  }

  private static Throwable deep(SplittableRandom random, String secret) {
    Throwable chain = new SQLException("root " + secret);
    int depth = 20 + random.nextInt(181);
    for (int i = 0; i < depth; i++) {
      chain =
          i % 3 == 0
              ? new RuntimeException("level " + i, chain)
              : new IllegalStateException(chain);
    }
    return chain;
  }

  private static Throwable suppressed(SplittableRandom random, String secret) {
    RuntimeException top = new IllegalStateException("closing " + secret, new IOException(secret));
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      top.addSuppressed(new SQLException("suppressed " + i + " " + secret));
    }
    return top;
  }

  /** Throws {@code thrown}, checked or not, without declaring it. */
  @SuppressWarnings("unchecked")
  public static <T extends Throwable> RuntimeException sneakyThrow(Throwable thrown) throws T {
    throw (T) thrown;
  }
}
