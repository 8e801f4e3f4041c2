package dev.errorcontract.benchmarks;

import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
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
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
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
 * <p>Each compilation is measured three ways: wall time; the compiling thread's CPU time and the bytes
 * it allocated ({@code javax.tools} compiles in the calling thread; the harness checks it once per arm
 * against every thread's allocation), which a loaded, shared machine disturbs far less than wall time;
 * and, with the processor, the CPU time and allocation inside its {@code init} and {@code process}, the
 * processor's own share.
 *
 * <p>Usage: {@code ProcessorHarness [reps] [warmup] [sizes...]}, or, to profile one arm alone, {@code
 * ProcessorHarness only <with|alone|control|rotate> <size> <warmup> <reps> [recording.jfr]}: that
 * arm's compilations one after another ({@code rotate}: the three in turn, in one JVM, as the measuring
 * run has them), each one's thread CPU time and allocation printed, and, given a file name, a Flight
 * Recorder recording (JDK's "profile" settings) of the measured ones alone, warm-up excluded, each
 * compilation marked by an {@code errorcontract.Compilation} event naming its arm, so that the arms'
 * samples can be compared method by method.
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

  /** Marks one compilation of the {@code only} mode in a Flight Recorder recording. */
  @jdk.jfr.Name("errorcontract.Compilation")
  @jdk.jfr.Label("Compilation")
  static final class CompilationEvent extends jdk.jfr.Event {
    @jdk.jfr.Label("Arm")
    String arm;
  }

  /** The thread clock and allocation counter (HotSpot's extension of the platform bean). */
  static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final String classPath = System.getProperty("java.class.path");
  private final Path root;

  private ProcessorHarness(Path root) {
    this.root = root;
  }

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("only")) {
      only(args);
      return;
    }
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

  /** {@code only <with|alone|control> <size> <warmup> <reps> [recording.jfr]}: one arm, for profiling. */
  private static void only(String[] args) throws IOException {
    String arm = args[1];
    int size = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int reps = Integer.parseInt(args[4]);
    Path recordingFile = args.length > 5 ? Path.of(args[5]) : null;
    Path root = Files.createTempDirectory("processor-bench");
    try {
      ProcessorHarness harness = new ProcessorHarness(root);
      Catalog catalog = harness.prepare(size);
      if (catalog.failure != null) {
        throw new IllegalStateException(catalog.failure);
      }
      String[] rotation = arm.equals("rotate") ? new String[] {"with", "alone", "control"} : new String[] {arm};
      for (int i = 0; i < warmup; i++) {
        for (String a : rotation) {
          catalog.arm(a);
        }
      }
      jdk.jfr.Recording recording = null;
      if (recordingFile != null) {
        try {
          recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        } catch (java.text.ParseException e) {
          throw new IllegalStateException(e);
        }
        recording.start();
      }
      Arm[] measured = new Arm[rotation.length];
      for (int i = 0; i < rotation.length; i++) {
        measured[i] = new Arm(reps);
      }
      for (int r = 0; r < reps; r++) {
        for (int k = 0; k < rotation.length; k++) {
          int i = (r + k) % rotation.length;
          CompilationEvent event = new CompilationEvent();
          event.arm = rotation[i];
          event.begin();
          Measure m = catalog.arm(rotation[i]);
          event.commit();
          measured[i].add(r, m);
          System.out.printf(Locale.ROOT, "%s %d errors #%d: wall %.1f ms, CPU %.1f ms, allocated %.1f MB,"
              + " inside process() CPU %.1f ms, allocated %.1f MB%n", rotation[i], size, r, m.wallMs(),
              m.cpuMs(), m.allocMb(), m.ownCpuMs(), m.ownAllocMb());
        }
      }
      if (recording != null) {
        recording.stop();
        recording.dump(recordingFile);
        recording.close();
      }
      for (int i = 0; i < rotation.length; i++) {
        Arm a = measured[i];
        System.out.printf(Locale.ROOT, "%s %d errors, medians of %d: wall %.1f ms, CPU %.1f ms,"
            + " allocated %.1f MB, inside process() CPU %.1f ms, allocated %.1f MB (load average %.2f)%n",
            rotation[i], size, reps, a.wall(), a.cpu(), a.alloc(), a.ownCpu(), a.ownAlloc(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
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
    for (int i = 0; i < warmup; i++) {
      for (Catalog catalog : catalogs) {
        if (catalog.size <= 1_000) {
          catalog.withProcessor();
          catalog.javacAlone();
          catalog.javacAloneProcessingOn();
        }
      }
    }
    checkCallingThread(catalogs);
    List<Arm[]> arms = new ArrayList<>();
    for (Catalog catalog : catalogs) {
      // The control (javac alone, processing on) only where it explains the target: up to 1,000.
      boolean control = catalog.size <= 1_000;
      // A compilation of 10,000 errors takes seconds and varies less in relative terms: fewer reps.
      int n = catalog.size <= 1_000 ? reps : Math.min(reps, LARGE_REPS);
      Arm with = new Arm(n);
      Arm alone = new Arm(n);
      Arm processing = new Arm(n);
      for (int r = 0; r < n; r++) {
        // Rotate which goes first, so that drift (GC, JIT, page cache) favours none.
        for (int k = 0; k < 3; k++) {
          switch ((r + k) % 3) {
            case 0 -> with.add(r, catalog.withProcessor());
            case 1 -> alone.add(r, catalog.javacAlone());
            default -> {
              if (control) {
                processing.add(r, catalog.javacAloneProcessingOn());
              }
            }
          }
        }
      }
      arms.add(new Arm[] {with, alone, control ? processing : null});
      int size = catalog.size;
      System.out.printf(Locale.ROOT,
          "processor %6d errors: with processor %9.1f ms, javac alone %9.1f ms, ratio %.3f"
              + "  (with: %s; alone: %s)%n",
          size, with.wall(), alone.wall(), with.wall() / alone.wall(), fmt(with.wall), fmt(alone.wall));
      System.out.printf(Locale.ROOT,
          "          %6d errors: thread CPU with %9.1f ms, alone %9.1f ms, ratio %.3f;"
              + " allocated with %7.1f MB, alone %7.1f MB, ratio %.3f%n",
          size, with.cpu(), alone.cpu(), with.cpu() / alone.cpu(), with.alloc(), alone.alloc(),
          with.alloc() / alone.alloc());
      System.out.printf(Locale.ROOT,
          "          %6d errors: inside the processor's process(): CPU %7.1f ms, allocated %7.1f MB"
              + "  (CPU: %s)%n",
          size, with.ownCpu(), with.ownAlloc(), fmt(with.ownCpu));
      result("processor.ms.%d", size, with.wall());
      result("javac.ms.%d", size, alone.wall());
      result("processor.ratio.%d", size, with.wall() / alone.wall());
      result("processor.cpu.ms.%d", size, with.cpu());
      result("javac.cpu.ms.%d", size, alone.cpu());
      result("processor.cpu.ratio.%d", size, with.cpu() / alone.cpu());
      result("processor.alloc.mb.%d", size, with.alloc());
      result("javac.alloc.mb.%d", size, alone.alloc());
      result("processor.alloc.ratio.%d", size, with.alloc() / alone.alloc());
      result("processor.own.cpu.ms.%d", size, with.ownCpu());
      result("processor.own.alloc.mb.%d", size, with.ownAlloc());
      if (control) {
        System.out.printf(Locale.ROOT,
            "          %6d errors: javac alone with annotation processing on (a processor that does"
                + " nothing) %9.1f ms, CPU %9.1f ms, allocated %7.1f MB  (%s)%n",
            size, processing.wall(), processing.cpu(), processing.alloc(), fmt(processing.wall));
        result("javac.processing.ms.%d", size, processing.wall());
        result("javac.processing.ratio.%d", size, processing.wall() / alone.wall());
        result("processor.ratio.processing.%d", size, with.wall() / processing.wall());
        result("javac.processing.cpu.ms.%d", size, processing.cpu());
        result("javac.processing.cpu.ratio.%d", size, processing.cpu() / alone.cpu());
        result("processor.cpu.ratio.processing.%d", size, with.cpu() / processing.cpu());
        result("javac.processing.alloc.mb.%d", size, processing.alloc());
        result("javac.processing.alloc.ratio.%d", size, processing.alloc() / alone.alloc());
        result("processor.alloc.ratio.processing.%d", size, with.alloc() / processing.alloc());
      }
    }
    for (int c = 1; c < catalogs.size(); c++) {
      String growth = catalogs.get(c).size + "/" + catalogs.get(c - 1).size;
      Arm[] now = arms.get(c);
      Arm[] before = arms.get(c - 1);
      System.out.printf(Locale.ROOT, "RESULT processor.growth.%s %.3f%n", growth, now[0].wall() / before[0].wall());
      System.out.printf(Locale.ROOT, "RESULT javac.growth.%s %.3f%n", growth, now[1].wall() / before[1].wall());
      System.out.printf(Locale.ROOT, "RESULT processor.cpu.growth.%s %.3f%n", growth, now[0].cpu() / before[0].cpu());
      System.out.printf(Locale.ROOT, "RESULT javac.cpu.growth.%s %.3f%n", growth, now[1].cpu() / before[1].cpu());
    }
  }

  private static void result(String format, int size, double value) {
    System.out.printf(Locale.ROOT, "RESULT " + format + " %.3f%n", size, value);
  }

  /**
   * javac through {@code javax.tools} compiles in the calling thread, which is what makes the thread's
   * CPU clock and allocation counter measure a whole compilation. Checked once per arm on the smallest
   * size: the calling thread's allocation against every live thread's (the JIT compiler threads and the
   * collector allocate little on the Java heap; another thread doing the compilation would show here).
   */
  private void checkCallingThread(List<Catalog> catalogs) throws IOException {
    if (catalogs.isEmpty()) {
      return;
    }
    Catalog catalog = catalogs.get(0);
    String[] names = {"with processor", "javac alone", "javac alone, processing on"};
    for (int arm = 0; arm < 3; arm++) {
      long[] ids = THREADS.getAllThreadIds();
      long[] before = THREADS.getThreadAllocatedBytes(ids);
      Measure m = switch (arm) {
        case 0 -> catalog.withProcessor();
        case 1 -> catalog.javacAlone();
        default -> catalog.javacAloneProcessingOn();
      };
      long[] after = THREADS.getThreadAllocatedBytes(ids);
      long all = 0;
      for (int i = 0; i < ids.length; i++) {
        if (before[i] >= 0 && after[i] >= 0) {
          all += after[i] - before[i];
        }
      }
      System.out.printf(Locale.ROOT,
          "# %d errors, %s: the compiling thread allocated %.1f MB of the %.1f MB all threads did (%.1f%%)%n",
          catalog.size, names[arm], m.allocMb, all / 1e6, 100.0 * m.allocMb * 1e6 / all);
    }
  }

  /** One compilation: wall time, the compiling thread's CPU time and allocation, the processor's own. */
  record Measure(double wallMs, double cpuMs, double allocMb, double ownCpuMs, double ownAllocMb) {}

  /** The repetitions of one arm at one size. */
  private static final class Arm {
    final double[] wall;
    final double[] cpu;
    final double[] alloc;
    final double[] ownCpu;
    final double[] ownAlloc;

    Arm(int n) {
      wall = new double[n];
      cpu = new double[n];
      alloc = new double[n];
      ownCpu = new double[n];
      ownAlloc = new double[n];
    }

    void add(int r, Measure m) {
      wall[r] = m.wallMs();
      cpu[r] = m.cpuMs();
      alloc[r] = m.allocMb();
      ownCpu[r] = m.ownCpuMs();
      ownAlloc[r] = m.ownAllocMb();
    }

    double wall() {
      return median(wall);
    }

    double cpu() {
      return median(cpu);
    }

    double alloc() {
      return median(alloc);
    }

    double ownCpu() {
      return median(ownCpu);
    }

    double ownAlloc() {
      return median(ownAlloc);
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

    Measure arm(String arm) throws IOException {
      return switch (arm) {
        case "with" -> withProcessor();
        case "alone" -> javacAlone();
        case "control" -> javacAloneProcessingOn();
        default -> throw new IllegalArgumentException("arm: with, alone or control, not " + arm);
      };
    }

    Measure withProcessor() throws IOException {
      int n = run++;
      return compile(declarations, new Timed(new ErrorCatalogProcessor()), dir.resolve("gen-" + n),
          dir.resolve("out-" + n));
    }

    Measure javacAlone() throws IOException {
      int n = run++;
      return compile(declarationsAndGenerated(), null, null, dir.resolve("out-" + n));
    }

    /**
     * The control: what javac alone costs once annotation processing is on, with a processor that
     * claims the catalog annotation and does nothing. Any processor pays this, whatever it does.
     */
    Measure javacAloneProcessingOn() throws IOException {
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
   * Compiles and returns what it cost: wall time, and the CPU time and allocation of this thread, in
   * which javac compiles; deletes the output afterwards. Without a {@code processor}, annotation
   * processing is off ({@code -proc:none}).
   */
  private Measure compile(List<Path> sources, Processor processor, Path generatedDir, Path classesDir)
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
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long allocStart = THREADS.getCurrentThreadAllocatedBytes();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null, units);
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      ok = task.call();
    }
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocStart;
    long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
    double ms = (System.nanoTime() - start) / 1e6;
    if (!ok) {
      throw new IllegalStateException("compilation failed (" + sources.size() + " sources, processor "
          + (processor == null ? "none" : processor.getClass().getSimpleName()) + "):\n" + truncate(diagnostics.toString()));
    }
    if (generatedDir != null && !generatedDir.getFileName().toString().equals("generated")) {
      delete(generatedDir);
    }
    delete(classesDir);
    Timed timed = processor instanceof Timed t ? t : null;
    return new Measure(ms, cpu / 1e6, allocated / 1e6, timed == null ? 0 : timed.cpuNanos / 1e6,
        timed == null ? 0 : timed.allocatedBytes / 1e6);
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

  /**
   * Delegates to a processor and adds up the CPU time and allocation of this thread inside its {@code
   * init} and {@code process}: the processor's own work, apart from javac's (parsing and compiling what
   * it generates happens outside).
   */
  private static final class Timed implements Processor {
    private final Processor delegate;
    long cpuNanos;
    long allocatedBytes;

    Timed(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment env) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      long allocated = THREADS.getCurrentThreadAllocatedBytes();
      delegate.init(env);
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
      allocatedBytes += THREADS.getCurrentThreadAllocatedBytes() - allocated;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      long allocated = THREADS.getCurrentThreadAllocatedBytes();
      try {
        return delegate.process(annotations, round);
      } finally {
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
        allocatedBytes += THREADS.getCurrentThreadAllocatedBytes() - allocated;
      }
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
        ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
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
