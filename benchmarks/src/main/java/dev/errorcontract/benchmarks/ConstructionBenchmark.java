package dev.errorcontract.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2, exception construction at a realistic depth: the exception is created {@link #depth}
 * frames below the benchmark method (plus JMH's own frames above it), as in a request handler called
 * through a framework and a few layers of services. Recursion is kept out of line so that every frame
 * is a real one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConstructionBenchmark {

  @Param("30")
  public int depth;

  private static final String MESSAGE = "Invalid nonce";

  @Benchmark
  public RuntimeException generated4xx() {
    return deep(depth, 0);
  }

  @Benchmark
  public RuntimeException generated5xx() {
    return deep(depth, 1);
  }

  @Benchmark
  public RuntimeException runtimeException() {
    return deep(depth, 2);
  }

  /** The depth alone: the same recursion returning an exception created once. Subtract it for net costs. */
  @Benchmark
  public RuntimeException depthOnly() {
    return deep(depth, 3);
  }

  private static final RuntimeException SHARED = new RuntimeException(MESSAGE);

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private static RuntimeException deep(int frames, int kind) {
    if (frames > 0) {
      return deep(frames - 1, kind);
    }
    switch (kind) {
      case 0: return new BenchException.InvalidNonce();
      case 1: return new BenchException.PassportStoreUnavailable();
      case 2: return new RuntimeException(MESSAGE);
      default: return SHARED;
    }
  }
}
