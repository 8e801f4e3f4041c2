package dev.errorcontract.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Issue 24: {@link DecodeBenchmark}'s decodes and their Jackson competitors, measured in pairs on a
 * machine others load. Each round runs a block of one, then a block of the other, and takes the ratio
 * of the thread CPU time each block used (time the thread waited for a core is not counted), so that
 * drift in the machine's speed between rounds cancels; the ratio reported is the median of the rounds',
 * printed with the lowest and highest. The first fifth of the rounds warm up and are not counted.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.errorcontract.benchmarks.DecodePairHarness 200 20000</pre>
 *
 * (rounds, operations per block).
 */
public final class DecodePairHarness {

  private DecodePairHarness() {}

  /** What one block runs; returns something that depends on every operation. */
  private interface Block {
    long run(DecodeBenchmark b, int n) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    DecodeBenchmark b = new DecodeBenchmark();
    b.setUp();
    pair("reformatted: jacksonReformatted / decodeReformatted", b, rounds, n, (x, k) -> {
      long s = 0;
      for (int i = 0; i < k; i++) {
        s += x.decodeReformatted().status();
      }
      return s;
    }, (x, k) -> {
      long s = 0;
      for (int i = 0; i < k; i++) {
        s += x.jacksonReformatted().length();
      }
      return s;
    });
    pair("template: jacksonTemplate / decodeTemplate", b, rounds, n, (x, k) -> {
      long s = 0;
      for (int i = 0; i < k; i++) {
        s += x.decodeTemplate().status();
      }
      return s;
    }, (x, k) -> {
      long s = 0;
      for (int i = 0; i < k; i++) {
        s += x.jacksonTemplate().size();
      }
      return s;
    });
  }

  private static void pair(String name, DecodeBenchmark b, int rounds, int n, Block ours, Block theirs)
      throws Exception {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int warmUp = rounds / 5;
    double[] ratios = new double[rounds - warmUp];
    long bestOurs = Long.MAX_VALUE;
    long bestTheirs = Long.MAX_VALUE;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = threads.getCurrentThreadCpuTime();
      sink += ours.run(b, n);
      long t1 = threads.getCurrentThreadCpuTime();
      sink += theirs.run(b, n);
      long t2 = threads.getCurrentThreadCpuTime();
      if (r >= warmUp) {
        ratios[r - warmUp] = (double) (t2 - t1) / (t1 - t0);
        bestOurs = Math.min(bestOurs, (t1 - t0) / n);
        bestTheirs = Math.min(bestTheirs, (t2 - t1) / n);
      }
    }
    long a0 = threads.getCurrentThreadAllocatedBytes();
    sink += ours.run(b, n);
    long a1 = threads.getCurrentThreadAllocatedBytes();
    sink += theirs.run(b, n);
    long a2 = threads.getCurrentThreadAllocatedBytes();
    Arrays.sort(ratios);
    System.out.printf("%s: median %.2f (rounds %.2f to %.2f), fastest round %d / %d CPU ns per op,"
        + " %d / %d B/op%s%n", name, ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1], bestTheirs,
        bestOurs, (a2 - a1) / n, (a1 - a0) / n, sink == 42 ? " " : "");
  }
}
