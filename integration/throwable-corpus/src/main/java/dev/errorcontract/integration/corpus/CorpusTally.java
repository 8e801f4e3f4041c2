package dev.errorcontract.integration.corpus;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one corpus run on one runtime: the figures RELIABILITY.md records.
 *
 * @param documented answers that are the documented ones byte for byte
 * @param runtimesOwn answers of the cases declared a gap of the runtime (no provider runs for them)
 * @param leaks answers outside the declared gaps showing the secret, a class or package name or a
 *     stack frame
 * @param gapLeaks answers of declared gaps showing any of that: the runtime's, recorded, not hidden
 * @param notDocumented the answers not documented (declared gaps included), per kind and site
 * @param failures the first undocumented answers and leaks, described
 */
public record CorpusTally(
    String runtime,
    long seed,
    int cases,
    int documented,
    int runtimesOwn,
    int leaks,
    int gapLeaks,
    Map<CorpusKind, Integer> perKind,
    Map<Site, Integer> perSite,
    Map<String, Integer> notDocumented,
    List<String> failures,
    long millis) {

  /** One line for the build log, with the seed that reruns it. */
  public String summary() {
    return String.format(
        "throwable corpus on %s: %d cases, %d documented, %d the runtime's own (declared gaps), "
            + "%d leaks (%d more in the declared gaps), %d ms; rerun with -Dcorpus.seed=%d -Dcorpus.size=%d; per site %s; per kind %s; not documented %s%s",
        runtime, cases, documented, runtimesOwn, leaks, gapLeaks, millis, seed, cases, perSite, perKind, notDocumented,
        failures.isEmpty() ? "" : "\n  " + String.join("\n  ", failures));
  }

  /** True when every case is documented or a declared gap, and nothing leaked. */
  public boolean clean() {
    return documented + runtimesOwn == cases && leaks == 0 && failures.isEmpty();
  }
}
