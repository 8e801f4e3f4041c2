package dev.errorcontract.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the ratios of one run against the targets of issue 7, from the JMH JSON results and the
 * {@code RESULT name value} lines of the harnesses. Usage: {@code Report RESULTS_DIR}.
 */
public final class Report {

  /** Allocation within this many bytes per operation counts as equal (JMH's -prof gc noise). */
  private static final double EQUAL_BYTES = 8;

  private final Map<String, Double> score = new HashMap<>();
  private final Map<String, Double> mean = new HashMap<>();
  private final Map<String, Double> alloc = new HashMap<>();
  private final Map<String, String> results = new HashMap<>();

  private Report() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Report report = new Report();
    report.readJmh(dir.resolve("jmh.json"));
    report.readJmh(dir.resolve("jmh-spring.json"));
    report.readResults(dir.resolve("processor.txt"));
    report.readResults(dir.resolve("http.txt"));
    report.print();
  }

  private void readJmh(Path file) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    for (JsonNode run : new ObjectMapper().readTree(file.toFile())) {
      String name = run.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.') + 1);
      // The fastest measured iteration: this machine is shared, and other processes only ever add time,
      // so the minimum is the least disturbed estimate of each benchmark's own cost. Means: jmh.txt.
      double fastest = Double.MAX_VALUE;
      for (JsonNode fork : run.get("primaryMetric").get("rawData")) {
        for (JsonNode iteration : fork) {
          fastest = Math.min(fastest, iteration.asDouble());
        }
      }
      score.put(name, fastest);
      mean.put(name, run.get("primaryMetric").get("score").asDouble());
      JsonNode norm = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      if (!norm.isMissingNode()) {
        alloc.put(name, norm.get("score").asDouble());
      }
    }
  }

  private void readResults(Path file) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("RESULT ")) {
        String[] parts = line.split(" ");
        results.put(parts[1], parts[2]);
      }
    }
  }

  private void print() {
    System.out.println();
    System.out.println("Times: the fastest of each benchmark's measured iterations (see Report.java).");
    System.out.println();
    System.out.println("| measure | figure | target | met |");
    System.out.println("| --- | --- | --- | --- |");
    ratio("map+write constant: hand-written Map+Jackson (a) / contract", "handWrittenConstant",
        "contractConstant", ">= 3", 3, true);
    ratio("map+write constant: Zalando problem (b) / contract", "zalandoConstant", "contractConstant",
        ">= 10", 10, true);
    ratio("map+write constant: contract / floor (c)", "contractConstant", "floor", "<= 1.1", 1.1, false);
    // What no mapper on this implementation can beat: the baselines against the floor itself.
    ratio("map+write constant, ceiling: (a) / floor", "handWrittenConstant", "floor", "(none)", Double.NaN,
        true);
    ratio("map+write constant, ceiling: (b) / floor", "zalandoConstant", "floor", "(none)", Double.NaN, true);
    // The baselines written by the ObjectMapper alone, without the JAX-RS provider: a lower bound.
    ratio("map+write constant: (a) written by the ObjectMapper alone / contract",
        "handWrittenConstantObjectMapper", "contractConstant", "(none)", Double.NaN, true);
    ratio("map+write constant: (b) written by the ObjectMapper alone / contract",
        "zalandoConstantObjectMapper", "contractConstant", "(none)", Double.NaN, true);
    ratio("map+write template: hand-written (a) / contract", "handWrittenTemplate", "contractTemplate",
        "(none)", Double.NaN, true);
    ratio("map+write template: Zalando (b) / contract", "zalandoTemplate", "contractTemplate", "(none)",
        Double.NaN, true);
    ratio("map+write template: contract / floor (c)", "contractTemplate", "floor", "(none)", Double.NaN,
        false);
    if (alloc.containsKey("contractConstant") && alloc.containsKey("floor")) {
      double floor = alloc.get("floor");
      double constant = alloc.get("contractConstant") - floor;
      double template = alloc.get("contractTemplate") - floor;
      row("allocation constant: contract - floor", String.format(Locale.ROOT, "%+.0f B/op (%.0f vs %.0f)",
          constant, alloc.get("contractConstant"), floor), "equal (within 8 B)",
          met(constant <= EQUAL_BYTES));
      row("allocation template: contract - floor", String.format(Locale.ROOT, "%+.0f B/op (%.0f)",
          template, alloc.get("contractTemplate")), "<= 100 B/op", met(template <= 100));
      for (String other : new String[] {"handWrittenConstant", "zalandoConstant", "handWrittenTemplate",
          "zalandoTemplate", "handWrittenConstantObjectMapper", "zalandoConstantObjectMapper"}) {
        row("allocation " + other, String.format(Locale.ROOT, "%.0f B/op", alloc.get(other)), "", "");
      }
    }
    ratio("construction at depth 30: new RuntimeException / generated 4xx", "runtimeException",
        "generated4xx", ">= 30", 30, true);
    if (score.containsKey("depthOnly") && score.containsKey("generated4xx")) {
      double depth = score.get("depthOnly");
      double net4xx = score.get("generated4xx") - depth;
      double netRe = score.get("runtimeException") - depth;
      row("construction, net of the 30 frames' call cost (depthOnly " + String.format(Locale.ROOT, "%.1f", depth)
          + " ns): RuntimeException / 4xx", String.format(Locale.ROOT, "%.0f (%.1f / %.1f ns)",
          netRe / net4xx, netRe, net4xx), "(none)", "");
    }
    ratio("construction at depth 30: generated 5xx / new RuntimeException", "generated5xx",
        "runtimeException", "(none)", Double.NaN, false);
    result("processor 1,000 errors: with processor / javac alone", "processor.ratio.1000", "<= 1.15",
        v -> v <= 1.15);
    // The control: javac alone with annotation processing on splits the ratio into javac's share
    // (processing mode, any processor) and the processor's own.
    result("processor 1,000 errors, control: javac alone with processing on / javac alone",
        "javac.processing.ratio.1000", "(none)", null);
    result("processor 1,000 errors: with processor / javac alone with processing on",
        "processor.ratio.processing.1000", "(none)", null);
    result("processor 100 errors: with processor / javac alone", "processor.ratio.100", "(none)", null);
    // The compiling thread's CPU time and allocation: steadier than wall time on a shared machine.
    result("processor 1,000 errors, thread CPU: with processor / javac alone", "processor.cpu.ratio.1000",
        "(none)", null);
    result("processor 1,000 errors, thread CPU, control: javac alone with processing on / javac alone",
        "javac.processing.cpu.ratio.1000", "(none)", null);
    result("processor 1,000 errors, allocation: with processor / javac alone", "processor.alloc.ratio.1000",
        "(none)", null);
    result("processor 1,000 errors: CPU ms inside the processor's process()", "processor.own.cpu.ms.1000",
        "(none)", null);
    result("processor 100 errors, thread CPU: with processor / javac alone", "processor.cpu.ratio.100",
        "(none)", null);
    if (results.containsKey("processor.failed.10000")) {
      row("processor 10,000 errors: time / time(1,000)", "does not compile: "
          + results.get("processor.failed.10000") + " (processor alone, -proc:only: "
          + results.get("processor.proconly.ms.10000") + " ms)", "<= 11", "no");
    } else {
      // Ten catalogs of 1,000: one catalog is one enum, which the JVM caps near 1,775 constants.
      result("processor 10,000 errors (10 catalogs of 1,000): time / time(1,000)",
          "processor.growth.10000/1000", "<= 11", v -> v <= 11);
      result("javac alone 10,000 / 1,000 errors: time growth", "javac.growth.10000/1000", "(none)", null);
      result("processor 10,000 errors: with processor / javac alone", "processor.ratio.10000", "(none)",
          null);
      result("processor 10,000 errors, thread CPU: time / time(1,000)", "processor.cpu.growth.10000/1000",
          "(none)", null);
    }
    result("processor 1,000 / 100 errors: time growth", "processor.growth.1000/100", "(none)", null);
    result("javac alone 1,000 / 100 errors: time growth", "javac.growth.1000/100", "(none)", null);
    result("HTTP error responses/s: Passport / constant Response (abortWith), median of rounds",
        "http.ratio", ">= 0.95", v -> v >= 0.95);
    result("HTTP: the rounds' lowest and highest Passport / abortWith", "http.ratio.rounds", "(none)",
        null);
    result("HTTP error responses/s: Passport / constant Response from a mapper, median of rounds",
        "http.ratio.mapped", ">= 0.95", v -> v >= 0.95);
    result("HTTP: the rounds' lowest and highest Passport / mapper", "http.ratio.mapped.rounds",
        "(none)", null);
    // Benchmark 5: the same answer through Jersey's pipeline in-process. Responses per second are the
    // inverse of times, so the throughput ratio is the control's time over the contract's.
    ratio("Jersey in-process responses/s: contract abortWith / constant abortWith",
        "constantAbortWith", "contractAbortWith", ">= 0.95", 0.95, true);
    ratio("Jersey in-process responses/s: contract thrown / constant thrown (a mapper)",
        "constantThrown", "contractThrown", "(none)", Double.NaN, true);
    // Benchmark 6: Spring MVC's whole dispatch in-process (issue 23).
    ratio("Spring MVC in-process responses/s: error-spring-webmvc / constant ResponseEntity<byte[]> @ExceptionHandler",
        "handWritten", "contract", ">= 0.95", 0.95, true);
    ratio("Spring MVC in-process responses/s: error-spring-webmvc / Spring's ProblemDetail (ResponseEntityExceptionHandler)",
        "problemDetail", "contract", "> 1", 1, true);
    System.out.println();
    System.out.println("  benchmark              fastest iteration   mean of iterations   allocation");
    new java.util.TreeMap<>(score).forEach((k, v) -> System.out.printf(Locale.ROOT,
        "  %-22s %10.1f ns/op %14.1f ns/op %10.0f B/op%n", k, v, mean.get(k),
        alloc.getOrDefault(k, Double.NaN)));
    new java.util.TreeMap<>(results).forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-34s %s%n", k, v));
  }

  private void ratio(String label, String numerator, String denominator, String target, double bound,
      boolean atLeast) {
    if (!score.containsKey(numerator) || !score.containsKey(denominator)) {
      row(label, "not run", target, "");
      return;
    }
    double r = score.get(numerator) / score.get(denominator);
    String met = Double.isNaN(bound) ? "" : met(atLeast ? r >= bound : r <= bound);
    row(label, String.format(Locale.ROOT, "%.2f (%.1f / %.1f ns)", r, score.get(numerator),
        score.get(denominator)), target, met);
  }

  private void result(String label, String key, String target, java.util.function.DoublePredicate ok) {
    String value = results.get(key);
    if (value == null) {
      row(label, "not run", target, "");
      return;
    }
    row(label, value, target, ok == null ? "" : met(ok.test(Double.parseDouble(value))));
  }

  private static String met(boolean met) {
    return met ? "yes" : "**no**";
  }

  private static void row(String label, String figure, String target, String met) {
    System.out.println("| " + label + " | " + figure + " | " + target + " | " + met + " |");
  }
}
