package dev.errorcontract.examples.support;

import dev.errorcontract.catalog.DocumentedError;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RELIABILITY.md's mixed error load: concurrent clients send a random mix of probes (documented
 * errors, unknown paths, 405, 406, 415, malformed JSON, successes) to a running example server for
 * {@code -Dload.seconds} seconds (5 by default, 60 for the recorded figure), and every answer must be
 * the probe's expected one. The server's heap used after a full GC is read with {@code jcmd} after a
 * short warm-up and again after the load.
 */
public final class MixedLoad {

  /** Concurrent clients: more than the 2 cores, so that requests queue in the server. */
  public static final int CLIENTS = 8;

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private MixedLoad() {}

  /**
   * One kind of request and the one answer it must get.
   *
   * @param body the request body, or null for none
   * @param headers name, value pairs
   * @param contentType the answer's exact {@code Content-Type}, or null for none
   * @param answer the answer's exact body, or null when only status and type are checked (a success
   *     whose body the example's own tests pin)
   */
  public record Probe(
      String name, String method, String path, String body, List<String> headers, int status,
      String contentType, byte[] answer) {

    /** A probe whose answer is {@code status}, {@code contentType} and exactly {@code answer}. */
    public static Probe of(String name, String method, String path, String body, int status,
        String contentType, String answer, String... headers) {
      return new Probe(name, method, path, body, List.of(headers), status, contentType,
          answer == null ? null : answer.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A probe the framework raises {@code raised} for (405, 406, 415): the answer is what the
     * catalog's table documents for the condition, {@code error}.
     */
    public static Probe raised(String name, String method, String path, String body,
        DocumentedError error, int raised, String... headers) {
      int status = error.statusFor(raised);
      return new Probe(name, method, path, body, List.of(headers), status, error.mediaType(),
          error.body(status, null).toByteArray());
    }
  }

  /** The figures of one run. */
  public record Result(
      String server, int runs, long seconds, int clients, long requests, long undocumented,
      long failed, long heapBeforeKb, long heapAfterKb, Map<String, Long> perProbe,
      List<String> problems) {

    /** One line for the build log, and for RELIABILITY.md. */
    public String summary() {
      return String.format(
          "mixed load on %s: %d run(s), %d s, %d clients, %d requests (%.0f/s), %d undocumented, "
              + "%d failed; heap used after GC %d KB before, %d KB after (%+d KB); per probe %s%s",
          server, runs, seconds, clients, requests, requests / (double) Math.max(1, seconds),
          undocumented, failed, heapBeforeKb, heapAfterKb, heapAfterKb - heapBeforeKb, perProbe,
          problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems));
    }
  }

  /** The load's duration: {@code -Dload.seconds}, else 5 seconds. */
  public static Duration duration() {
    return Duration.ofSeconds(Long.getLong("load.seconds", 5L));
  }

  /**
   * How many loads of {@link #duration()} run back to back against the one server: {@code
   * -Dload.repeat}, else one (RELIABILITY.md's 200 runs: {@code -Dload.repeat=200 -Dload.seconds=1}).
   */
  public static int runs() {
    int runs = Integer.getInteger("load.repeat", 1);
    if (runs < 1) {
      throw new IllegalArgumentException("load.repeat must be at least 1: " + runs);
    }
    return runs;
  }

  /**
   * Runs the mix against {@code server} for {@link #duration()}, {@link #runs()} times back to back,
   * and prints the result; the heap is read after the warm-up and after the last run.
   */
  public static Result run(String name, ServerProcess server, List<Probe> probes) throws Exception {
    Duration duration = duration();
    int runs = runs();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(2))
            .build();
    // Warm-up: classes loaded, caches filled, before the heap is first read.
    load(client, server.uri(), probes, Duration.ofSeconds(1), new Tally(probes));
    long before = heapUsedAfterGc(server.pid());
    Tally tally = new Tally(probes);
    long start = System.nanoTime();
    for (int run = 1; run <= runs; run++) {
      tally.run = runs == 1 ? "" : "run " + run + ": ";
      load(client, server.uri(), probes, duration, tally);
    }
    long seconds = Math.round((System.nanoTime() - start) / 1e9);
    long after = heapUsedAfterGc(server.pid());
    Map<String, Long> perProbe = new TreeMap<>();
    tally.perProbe.forEach((probe, count) -> perProbe.put(probe, count.sum()));
    Result result = new Result(name, runs, seconds, CLIENTS, tally.requests.sum(),
        tally.undocumented.sum(), tally.failed.sum(), before, after, perProbe,
        List.copyOf(tally.problems));
    System.out.println(result.summary());
    return result;
  }

  /** What one run counts; shared by the client threads. */
  private static final class Tally {
    final LongAdder requests = new LongAdder();
    final LongAdder undocumented = new LongAdder();
    final LongAdder failed = new LongAdder();
    final Map<String, LongAdder> perProbe = new ConcurrentHashMap<>();
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    /** Which run a problem happened in, when there are several. */
    volatile String run = "";

    Tally(List<Probe> probes) {
      probes.forEach(probe -> perProbe.put(probe.name(), new LongAdder()));
    }

    void problem(String text) {
      if (problems.size() < 20) {
        problems.add(run + text);
      }
    }
  }

  private static void load(HttpClient client, URI base, List<Probe> probes, Duration duration,
      Tally tally) throws Exception {
    long end = System.nanoTime() + duration.toNanos();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        running.add(clients.submit(() -> {
          while (System.nanoTime() < end) {
            Probe probe = probes.get(ThreadLocalRandom.current().nextInt(probes.size()));
            send(client, base, probe, tally);
          }
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private static void send(HttpClient client, URI base, Probe probe, Tally tally) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(probe.path()))
            .timeout(Duration.ofSeconds(10))
            .method(
                probe.method(),
                probe.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8));
    for (int i = 0; i < probe.headers().size(); i += 2) {
      request.header(probe.headers().get(i), probe.headers().get(i + 1));
    }
    tally.requests.increment();
    tally.perProbe.get(probe.name()).increment();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      tally.failed.increment();
      tally.problem(probe.name() + ": failed: " + e);
      return;
    }
    Optional<String> type = response.headers().firstValue("Content-Type");
    if (response.statusCode() != probe.status()
        || !type.equals(Optional.ofNullable(probe.contentType()))
        || (probe.answer() != null && !Arrays.equals(probe.answer(), response.body()))) {
      tally.undocumented.increment();
      tally.problem(probe.name() + ": got " + response.statusCode() + " " + type + " "
          + new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  /** The heap used after a full GC of process {@code pid}, in KB, read with {@code jcmd}. */
  static long heapUsedAfterGc(long pid) throws Exception {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    run(jcmd, Long.toString(pid), "GC.run");
    String info = run(jcmd, Long.toString(pid), "GC.heap_info");
    Matcher used = USED.matcher(info);
    if (!used.find()) {
      throw new IllegalStateException("no heap figure in: " + info);
    }
    return Long.parseLong(used.group(1));
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }
}
