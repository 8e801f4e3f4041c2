package dev.errorcontract.benchmarks;

import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Benchmark 3, processor cost and scaling: a timed harness (not JMH: one compilation of 10,000 errors
 * takes seconds, and javac's own code must be as warm for both contenders, which one JVM running both
 * in alternation gives).
 *
 * <p>For each size N (default 100, 1,000 and 10,000 errors) it writes synthetic catalogs (a quarter of
 * the details are templates with a typed argument; six statuses): one catalog up to {@link
 * #MAX_PER_CATALOG} errors, several of that size in one package beyond it. It compiles them once with
 * the processor to get the generated sources, then measures, alternating, in this JVM through {@code
 * javax.tools.JavaCompiler}:
 *
 * <ul>
 *   <li><b>with processor</b>: the catalog declarations alone, the processor generating and javac
 *       compiling what it generates;
 *   <li><b>javac alone</b>: the declarations plus the already generated sources, {@code -proc:none};
 *   <li>up to 1,000 errors, a control, <b>javac alone with processing on</b>: the same sources with a
 *       processor that does nothing, which shows what javac's annotation-processing mode costs by
 *       itself, apart from what our processor does.
 * </ul>
 *
 * Both with {@code --release 17}, a new file manager per compilation and class files written to a
 * fresh directory, as a build does. Warm-up: {@code warmup} rounds of both at 100 and 1,000 errors;
 * then {@code reps} rounds per size (at most five above 1,000 errors), reporting medians.
 *
 * <p>Usage: {@code ProcessorHarness [reps] [warmup] [sizes...]}.
 */
public final class ProcessorHarness {

  private static final String[][] STATUSES = {
    {"400", "Bad Request"}, {"401", "Unauthorized"}, {"404", "Not Found"},
    {"409", "Conflict"}, {"500", "Internal Server Error"}, {"503", "Service Unavailable"}
  };

  /**
   * The most errors one synthetic catalog holds; a larger size is written as several catalogs in one
   * package, compiled together. A catalog is one Java enum, and the JVM's limits (64 KB of bytecode
   * per method, 65,535 constant-pool entries per class) cap an enum near 1,775 constants: the
   * processor refuses a larger catalog with {@code catalog-too-large}, as it must.
   */
  static final int MAX_PER_CATALOG = 1_000;
  /** At most this many repetitions for sizes above 1,000 errors. */
  private static final int LARGE_REPS = 5;

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final String classPath = System.getProperty("java.class.path");
  private final Path root;

  private ProcessorHarness(Path root) {
    this.root = root;
  }

  public static void main(String[] args) throws IOException {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int[] sizes =
        args.length > 2
            ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
            : new int[] {100, 1_000, 10_000};
    Path root = Files.createTempDirectory("processor-bench");
    try {
      new ProcessorHarness(root).run(reps, warmup, sizes);
    } finally {
      delete(root);
    }
  }

  private void run(int reps, int warmup, int[] sizes) throws IOException {
    System.out.printf(Locale.ROOT, "# processor harness: %d reps, %d warm-up rounds, JDK %s%n",
        reps, warmup, System.getProperty("java.version"));
    List<Catalog> catalogs = new ArrayList<>();
    for (int size : sizes) {
      Catalog catalog = prepare(size);
      if (catalog.failure == null) {
        catalogs.add(catalog);
      } else {
        System.out.printf(Locale.ROOT, "processor %6d errors: the generated sources do not compile:%n%s%n",
            size, catalog.failure);
        System.out.printf(Locale.ROOT, "RESULT processor.failed.%d %s%n", size,
            catalog.failure.contains("code too large") ? "code-too-large" : "compile-error");
        System.out.printf(Locale.ROOT, "RESULT processor.proconly.ms.%d %.1f%n", size, catalog.procOnlyMs);
      }
    }
    sizes = catalogs.stream().mapToInt(c -> c.size).toArray();
    for (int i = 0; i < warmup; i++) {
      for (Catalog catalog : catalogs) {
        if (catalog.size <= 1_000) {
          catalog.withProcessor();
          catalog.javacAlone();
          catalog.javacAloneProcessingOn();
        }
      }
    }
    double[] ratio = new double[sizes.length];
    double[] processorMedian = new double[sizes.length];
    double[] aloneMedian = new double[sizes.length];
    for (int c = 0; c < catalogs.size(); c++) {
      Catalog catalog = catalogs.get(c);
      // The control (javac alone, processing on) only where it explains the target: up to 1,000.
      boolean control = catalog.size <= 1_000;
      // A compilation of 10,000 errors takes seconds and varies less in relative terms: fewer reps.
      int n = catalog.size <= 1_000 ? reps : Math.min(reps, LARGE_REPS);
      double[] with = new double[n];
      double[] alone = new double[n];
      double[] processing = new double[n];
      for (int r = 0; r < n; r++) {
        // Rotate which goes first, so that drift (GC, JIT, page cache) favours none.
        for (int k = 0; k < 3; k++) {
          switch ((r + k) % 3) {
            case 0 -> with[r] = catalog.withProcessor();
            case 1 -> alone[r] = catalog.javacAlone();
            default -> processing[r] = control ? catalog.javacAloneProcessingOn() : 0;
          }
        }
      }
      processorMedian[c] = median(with);
      aloneMedian[c] = median(alone);
      ratio[c] = processorMedian[c] / aloneMedian[c];
      System.out.printf(Locale.ROOT,
          "processor %6d errors: with processor %9.1f ms, javac alone %9.1f ms, ratio %.3f"
              + "  (with: %s; alone: %s)%n",
          catalog.size, processorMedian[c], aloneMedian[c], ratio[c], fmt(with), fmt(alone));
      if (control) {
        double processingMedian = median(processing);
        System.out.printf(Locale.ROOT,
            "          %6d errors: javac alone with annotation processing on (a processor that does"
                + " nothing) %9.1f ms  (%s)%n",
            catalog.size, processingMedian, fmt(processing));
        System.out.printf(Locale.ROOT, "RESULT javac.processing.ms.%d %.1f%n", catalog.size,
            processingMedian);
        System.out.printf(Locale.ROOT, "RESULT javac.processing.ratio.%d %.3f%n", catalog.size,
            processingMedian / aloneMedian[c]);
        System.out.printf(Locale.ROOT, "RESULT processor.ratio.processing.%d %.3f%n", catalog.size,
            processorMedian[c] / processingMedian);
      }
    }
    for (int c = 0; c < sizes.length; c++) {
      System.out.printf(Locale.ROOT, "RESULT processor.ratio.%d %.3f%n", sizes[c], ratio[c]);
      System.out.printf(Locale.ROOT, "RESULT processor.ms.%d %.1f%n", sizes[c], processorMedian[c]);
      System.out.printf(Locale.ROOT, "RESULT javac.ms.%d %.1f%n", sizes[c], aloneMedian[c]);
    }
    for (int c = 1; c < sizes.length; c++) {
      System.out.printf(Locale.ROOT, "RESULT processor.growth.%d/%d %.3f%n", sizes[c], sizes[c - 1],
          processorMedian[c] / processorMedian[c - 1]);
      System.out.printf(Locale.ROOT, "RESULT javac.growth.%d/%d %.3f%n", sizes[c], sizes[c - 1],
          aloneMedian[c] / aloneMedian[c - 1]);
    }
  }

  private Catalog prepare(int size) throws IOException {
    Path dir = root.resolve("n" + size);
    Path sources = dir.resolve("src");
    String pkg = "synth" + size;
    Files.createDirectories(sources.resolve(pkg));
    List<Path> declarations = new ArrayList<>();
    int catalogs = (size + MAX_PER_CATALOG - 1) / MAX_PER_CATALOG;
    for (int c = 0; c < catalogs; c++) {
      String name = catalogs == 1 ? "Synth" : "Synth" + c;
      int first = c * MAX_PER_CATALOG;
      Path declaration = sources.resolve(pkg).resolve(name + "Errors.java");
      Files.writeString(declaration,
          catalogSource(pkg, name, first, Math.min(size, first + MAX_PER_CATALOG)), StandardCharsets.UTF_8);
      declarations.add(declaration);
    }
    Catalog catalog = new Catalog(size, dir, declarations);
    catalog.generate();
    return catalog;
  }

  /**
   * A catalog named {@code name} of the details {@code first} to {@code end} (exclusive) over six
   * statuses; every fourth is a template.
   */
  static String catalogSource(String pkg, String name, int first, int end) {
    StringBuilder sb = new StringBuilder();
    sb.append("package ").append(pkg).append(";\n\n")
        .append("import dev.errorcontract.catalog.*;\n\n")
        .append("@ErrorCatalog(\"").append(name).append("\")\n");
    for (String[] status : STATUSES) {
      sb.append("@Status(code = ").append(status[0]).append(", title = \"")
          .append(status[1]).append("\", description = \"Status ").append(status[0]).append(".\")\n");
    }
    for (int i = first; i < end; i++) {
      String status = STATUSES[i % STATUSES.length][0];
      sb.append("@ApiError(status = ").append(status);
      if (i % 4 == 3) {
        sb.append(", detail = \"Item {item} failed check ").append(i)
            .append("\", args = @Arg(name = \"item\", type = long.class)");
      } else {
        sb.append(", detail = \"Check ").append(i).append(" failed\"");
      }
      sb.append(", description = \"Synthetic error ").append(i).append(" of the benchmark.\"")
          .append(", code = \"check_").append(i).append("\")\n");
    }
    sb.append("@FieldBody(\"detail\")\npublic interface ").append(name).append("Errors {}\n");
    return sb.toString();
  }

  private final class Catalog {
    final int size;
    final Path dir;
    /** One declaration per catalog. */
    final List<Path> declarations;
    final List<Path> generated = new ArrayList<>();
    int run;
    /** Why the generated sources do not compile, or null. */
    String failure;
    /** For a failed size: the time of one {@code -proc:only} run (the processor, no code generation). */
    double procOnlyMs;

    Catalog(int size, Path dir, List<Path> declarations) {
      this.size = size;
      this.dir = dir;
      this.declarations = declarations;
    }

    void generate() throws IOException {
      Path gen = dir.resolve("generated");
      try {
        compile(declarations, new ErrorCatalogProcessor(), gen, dir.resolve("classes-first"));
      } catch (IllegalStateException e) {
        failure = e.getMessage().lines().filter(l -> l.contains("error:")).distinct()
            .map(l -> "  " + l.substring(l.indexOf("error:"))).distinct()
            .reduce((a, b) -> a + "\n" + b).orElse(e.getMessage());
        procOnlyMs = compileProcOnly(declarations, dir.resolve("proc-only"));
        return;
      }
      try (Stream<Path> files = Files.walk(gen)) {
        files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(generated::add);
      }
      if (generated.isEmpty()) {
        throw new IllegalStateException("the processor generated nothing for " + size + " errors");
      }
    }

    double withProcessor() throws IOException {
      int n = run++;
      return compile(declarations, new ErrorCatalogProcessor(), dir.resolve("gen-" + n),
          dir.resolve("out-" + n));
    }

    double javacAlone() throws IOException {
      int n = run++;
      return compile(declarationsAndGenerated(), null, null, dir.resolve("out-" + n));
    }

    /**
     * The control: what javac alone costs once annotation processing is on, with a processor that
     * claims the catalog annotation and does nothing. Any processor pays this, whatever it does.
     */
    double javacAloneProcessingOn() throws IOException {
      int n = run++;
      return compile(declarationsAndGenerated(), new DoingNothing(), dir.resolve("gen-" + n),
          dir.resolve("out-" + n));
    }

    private List<Path> declarationsAndGenerated() {
      List<Path> all = new ArrayList<>(declarations);
      all.addAll(generated);
      return all;
    }
  }

  private double compileProcOnly(List<Path> declarations, Path generatedDir) throws IOException {
    Files.createDirectories(generatedDir);
    // -d too: without it the class output, where the processor writes its documentation resources,
    // is the working directory.
    List<String> options = List.of("--release", "17", "-classpath", classPath, "-proc:only",
        "-s", generatedDir.toString(), "-d", generatedDir.toString(), "-encoding", "UTF-8", "-nowarn");
    long start = System.nanoTime();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, null, options, null,
          files.getJavaFileObjectsFromPaths(declarations));
      task.setProcessors(List.of(new ErrorCatalogProcessor()));
      task.call();
    }
    double ms = (System.nanoTime() - start) / 1e6;
    delete(generatedDir);
    return ms;
  }

  /**
   * Compiles and returns the wall time in milliseconds; deletes the output afterwards. Without a
   * {@code processor}, annotation processing is off ({@code -proc:none}).
   */
  private double compile(List<Path> sources, Processor processor, Path generatedDir, Path classesDir)
      throws IOException {
    Files.createDirectories(classesDir);
    List<String> options = new ArrayList<>(
        List.of("--release", "17", "-classpath", classPath, "-d", classesDir.toString(),
            "-encoding", "UTF-8", "-nowarn"));
    if (processor != null) {
      Files.createDirectories(generatedDir);
      options.addAll(List.of("-s", generatedDir.toString()));
    } else {
      options.add("-proc:none");
    }
    StringWriter diagnostics = new StringWriter();
    System.gc();
    long start = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null, units);
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      ok = task.call();
    }
    double ms = (System.nanoTime() - start) / 1e6;
    if (!ok) {
      throw new IllegalStateException("compilation failed (" + sources.size() + " sources, processor "
          + (processor == null ? "none" : processor.getClass().getSimpleName()) + "):\n" + truncate(diagnostics.toString()));
    }
    if (generatedDir != null && !generatedDir.getFileName().toString().equals("generated")) {
      delete(generatedDir);
    }
    delete(classesDir);
    return ms;
  }

  private static String truncate(String s) {
    return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String fmt(double[] values) {
    StringBuilder sb = new StringBuilder();
    for (double v : values) {
      sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f", v));
    }
    return sb.toString();
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** Claims the catalog annotation and does nothing: turns annotation processing on, and no more. */
  private static final class DoingNothing extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(ErrorCatalog.class.getCanonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }
}
