package dev.errorcontract.integration.corpus;

import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorTable;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The seeded corpus of random throwables every runtime's suite throws: case {@code i} of seed {@code s}
 * is the same on the client, which predicts the documented answer, and on the server, which throws it.
 * Nothing is shared between the two but the request path {@code corpus/<seed>/<index>}, so the server
 * may be another process (Payara) or another class loader (Quarkus).
 *
 * <p>{@code -Dcorpus.seed=N} reruns one corpus (the seed is printed by every run); {@code
 * -Dcorpus.size=N} scales it (1,000 cases per runtime by default).
 */
public final class ThrowableCorpus {

  /** The first path segment of a corpus request. */
  public static final String PATH = "corpus";

  private static final int DEFAULT_SIZE = 1_000;

  private ThrowableCorpus() {}

  /** The seed of this run: {@code -Dcorpus.seed}, else a fresh one (print it). */
  public static long seed() {
    String declared = System.getProperty("corpus.seed");
    return declared == null || declared.isBlank()
        ? System.nanoTime() ^ Double.doubleToLongBits(Math.random())
        : Long.parseLong(declared.trim());
  }

  /** How many cases one run throws: {@code -Dcorpus.size}, else 1,000. */
  public static int size() {
    String declared = System.getProperty("corpus.size");
    return declared == null || declared.isBlank() ? DEFAULT_SIZE : Integer.parseInt(declared.trim());
  }

  /** The request path of a case, without a leading slash. */
  public static String path(long seed, int index) {
    return PATH + "/" + seed + "/" + index;
  }

  /**
   * The case a request path names, or {@code null} when the path is no corpus path. Leading slashes
   * and anything after the index are ignored.
   */
  public static CorpusCase parse(String path) {
    int start = 0;
    while (start < path.length() && path.charAt(start) == '/') {
      start++;
    }
    if (!path.startsWith(PATH + "/", start)) {
      return null;
    }
    String[] parts = path.substring(start + PATH.length() + 1).split("/");
    if (parts.length < 2) {
      return null;
    }
    try {
      return caseOf(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Case {@code index} of corpus {@code seed}: the same wherever it is computed. */
  public static CorpusCase caseOf(long seed, int index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    CorpusKind kind = CorpusKind.values()[random.nextInt(CorpusKind.values().length)];
    Site site = Site.values()[random.nextInt(Site.values().length)];
    return new CorpusCase(seed, index, kind, site, random.nextLong());
  }

  /**
   * The catalog errors a corpus case may throw as a catalog exception: those without template
   * arguments, in the table's order (the client and the server must agree on it).
   */
  static List<DocumentedError> constantErrors(ErrorTable table) {
    return table.errors().stream()
        .filter(error -> error.arguments().isEmpty())
        .collect(Collectors.toUnmodifiableList());
  }
}
