package dev.errorcontract.integration.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * The client side: requests every case of a corpus from a running server, four at a time, and checks
 * each answer is the documented one byte for byte (status, {@code Content-Type}, body from the
 * catalog's table) and that neither its headers nor its body hold the secret, the message or a class
 * name.
 *
 * <p>A runtime's known gap (a case no JAX-RS provider can answer there, see RELIABILITY.md) is counted
 * apart, as the runtime's own, and so is what it shows: it must be exactly the cases the suite
 * declares (a declared gap answered as documented fails the run, so that a gap closed is noticed).
 */
public final class CorpusRun {

  /** What must never be on the wire, besides the case's secret: names of classes and packages. */
  private static final List<String> FORBIDDEN =
      List.of("hunter2", "Exception", "Error:", "java.", "jakarta.", "dev.errorcontract", "\tat ");

  /** Concurrent clients: enough to share the server's threads, few enough for 2 cores. */
  private static final int CLIENTS = 4;

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private CorpusRun() {}

  /**
   * Runs {@link ThrowableCorpus#size()} cases of {@link ThrowableCorpus#seed()} against {@code base}
   * (the application's root, ending in {@code /}) and prints the tally.
   *
   * @param knownGap the cases this runtime answers itself, whatever a provider does
   */
  public static CorpusTally run(
      String runtime, URI base, ErrorTable table, Predicate<CorpusCase> knownGap)
      throws Exception {
    return run(runtime, base, table, knownGap, ThrowableCorpus.seed(), ThrowableCorpus.size());
  }

  /** Runs cases {@code 0..size-1} of corpus {@code seed} against {@code base} and prints the tally. */
  public static CorpusTally run(
      String runtime, URI base, ErrorTable table, Predicate<CorpusCase> knownGap, long seed,
      int size) throws Exception {
    if (table.instance() == Instance.CORRELATION_URN) {
      throw new IllegalArgumentException("a correlation URN instance cannot be predicted");
    }
    long start = System.nanoTime();
    List<Future<Outcome>> outcomes = new ArrayList<>(size);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int index = 0; index < size; index++) {
        CorpusCase corpusCase = ThrowableCorpus.caseOf(seed, index);
        outcomes.add(clients.submit(() -> check(corpusCase, base, table, knownGap)));
      }
      Map<CorpusKind, Integer> perKind = new EnumMap<>(CorpusKind.class);
      Map<Site, Integer> perSite = new EnumMap<>(Site.class);
      List<String> failures = new ArrayList<>();
      Map<String, Integer> notDocumented = new java.util.TreeMap<>();
      int documented = 0;
      int runtimesOwn = 0;
      int leaks = 0;
      int gapLeaks = 0;
      for (Future<Outcome> future : outcomes) {
        Outcome outcome = future.get();
        perKind.merge(outcome.corpusCase.kind(), 1, Integer::sum);
        perSite.merge(outcome.corpusCase.site(), 1, Integer::sum);
        if (outcome.runtimesOwn || outcome.problem != null) {
          notDocumented.merge(
              outcome.corpusCase.kind() + "@" + outcome.corpusCase.site(), 1, Integer::sum);
        }
        if (outcome.runtimesOwn) {
          runtimesOwn++;
        } else if (outcome.problem == null) {
          documented++;
        } else if (failures.size() < 20) {
          failures.add(outcome.corpusCase + ": " + outcome.problem);
        }
        if (outcome.leak != null && outcome.runtimesOwn) {
          gapLeaks++;
        } else if (outcome.leak != null) {
          leaks++;
          if (failures.size() < 20) {
            failures.add(outcome.corpusCase + ": leaks " + outcome.leak);
          }
        }
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      CorpusTally tally = new CorpusTally(
          runtime, seed, size, documented, runtimesOwn, leaks, gapLeaks, perKind, perSite, notDocumented, failures,
          millis);
      System.out.println(tally.summary());
      return tally;
    } finally {
      clients.shutdownNow();
    }
  }

  /** The answer to one case, judged. */
  private static final class Outcome {
    final CorpusCase corpusCase;
    final boolean runtimesOwn;
    final String problem;
    final String leak;

    Outcome(CorpusCase corpusCase, boolean runtimesOwn, String problem, String leak) {
      this.corpusCase = corpusCase;
      this.runtimesOwn = runtimesOwn;
      this.problem = problem;
      this.leak = leak;
    }
  }

  private static Outcome check(
      CorpusCase corpusCase, URI base, ErrorTable table, Predicate<CorpusCase> knownGap)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(corpusCase.path()))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    String problem = undocumented(corpusCase, table, response);
    boolean gap = knownGap.test(corpusCase);
    if (gap && problem == null) {
      problem = "documented, though declared a gap of this runtime: remove it from the gaps";
      gap = false;
    }
    return new Outcome(corpusCase, gap, problem, leak(corpusCase, response));
  }

  /** Why the answer is not the documented one, or {@code null} when it is. */
  private static String undocumented(
      CorpusCase corpusCase, ErrorTable table, HttpResponse<byte[]> response) {
    DocumentedError error = corpusCase.expectedError(table);
    int status = corpusCase.expectedStatus(table);
    String instance = table.instance() == Instance.REQUEST_PATH ? "/" + corpusCase.path() : null;
    byte[] expected = error.body(status, instance).toByteArray();
    List<String> types = response.headers().allValues("Content-Type");
    if (response.statusCode() != status
        || !types.equals(List.of(error.mediaType()))
        || !Arrays.equals(expected, response.body())) {
      return "expected " + status + " " + error.mediaType() + " " + new String(expected, UTF_8)
          + ", got " + response.statusCode() + " " + types + " "
          + abbreviate(new String(response.body(), UTF_8));
    }
    return null;
  }

  /** What of the case's failure the answer shows, or {@code null} for nothing. */
  private static String leak(CorpusCase corpusCase, HttpResponse<byte[]> response) {
    String sent = response.headers().map() + "\n" + new String(response.body(), UTF_8);
    if (sent.contains(corpusCase.secret())) {
      return "the secret";
    }
    for (String forbidden : FORBIDDEN) {
      if (sent.contains(forbidden)) {
        return "'" + forbidden + "' in " + abbreviate(sent);
      }
    }
    return null;
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
