package dev.errorcontract.benchmarks;

import dev.errorcontract.processor.ErrorCatalogProcessor;
import dev.errorcontract.processor.operations.OperationsProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Issue 16's budget: what the per-operation pipeline (the compile-time check of resource bodies and the
 * per-operation documents) adds to the processor's time, on {@link ProcessorHarness}'s synthetic
 * 1,000-error catalog with 200 resource methods (20 resources of 10), each declaring three errors,
 * throwing two directly and one through a private helper.
 *
 * <p>Both compilations compile the same sources to class files with {@code --release 17}: the catalog
 * processor alone, and the catalog processor with {@link OperationsProcessor}. Arguments: repetitions
 * (default 7), warm-up rounds (default 3), errors (default 1000), resource methods (default 200).
 * Prints {@code RESULT operations.overhead <fraction>}.
 */
public final class OperationsHarness {

  private static final int METHODS_PER_RESOURCE = 10;

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  /** The time the last compilation with the pipeline spent inside {@link OperationsProcessor}. */
  private double lastInside;
  private final String classPath = System.getProperty("java.class.path");

  public static void main(String[] args) throws IOException {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int errors = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    int methods = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    Path root = Files.createTempDirectory("operations-bench");
    try {
      new OperationsHarness().run(root, reps, warmup, errors, methods);
    } finally {
      delete(root);
    }
  }

  private void run(Path root, int reps, int warmup, int errors, int methods) throws IOException {
    System.out.printf(Locale.ROOT, "# operations harness: %d errors, %d resource methods, %d reps, %d warm-up,"
        + " JDK %s%n", errors, methods, reps, warmup, System.getProperty("java.version"));
    List<Path> sources = write(root.resolve("src"), errors, methods);
    for (int i = 0; i < warmup; i++) {
      compile(sources, root, false);
      compile(sources, root, true);
    }
    double[] without = new double[reps];
    double[] with = new double[reps];
    double[] inside = new double[reps];
    for (int r = 0; r < reps; r++) {
      // Alternate which goes first, so that drift favours neither.
      if (r % 2 == 0) {
        without[r] = compile(sources, root, false);
        with[r] = compile(sources, root, true);
      } else {
        with[r] = compile(sources, root, true);
        without[r] = compile(sources, root, false);
      }
      inside[r] = lastInside;
    }
    double a = ProcessorHarness.median(without);
    double b = ProcessorHarness.median(with);
    double own = ProcessorHarness.median(inside);
    System.out.printf(Locale.ROOT, "catalog processor alone %9.1f ms; with the operations pipeline %9.1f ms;"
        + " overhead %.1f%% (wall clock, noisy on a shared machine)%n", a, b, 100 * (b - a) / a);
    System.out.printf(Locale.ROOT, "time inside the operations processor %9.1f ms: %.1f%% of the catalog"
        + " processor's compilation%n", own, 100 * own / a);
    System.out.printf(Locale.ROOT, "RESULT operations.inside.ms %.1f%n", own);
    System.out.printf(Locale.ROOT, "RESULT operations.inside.fraction %.3f%n", own / a);
    System.out.printf(Locale.ROOT, "RESULT operations.catalog-only.ms %.1f%n", a);
    System.out.printf(Locale.ROOT, "RESULT operations.with.ms %.1f%n", b);
    System.out.printf(Locale.ROOT, "RESULT operations.overhead %.3f%n", (b - a) / a);
  }

  private static List<Path> write(Path sources, int errors, int methods) throws IOException {
    String pkg = "synthops";
    Path dir = sources.resolve(pkg);
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    Path catalog = dir.resolve("SynthErrors.java");
    Files.writeString(catalog, ProcessorHarness.catalogSource(pkg, "Synth", 0, errors), StandardCharsets.UTF_8);
    files.add(catalog);
    List<String> constantErrors = new ArrayList<>();
    for (int i = 0; i < errors; i++) {
      if (i % 4 != 3) {
        constantErrors.add("SynthException.Check" + i + "Failed");
      }
    }
    int resources = (methods + METHODS_PER_RESOURCE - 1) / METHODS_PER_RESOURCE;
    int n = 0;
    for (int r = 0; r < resources; r++) {
      StringBuilder sb = new StringBuilder();
      sb.append("package ").append(pkg).append(";\n\nimport jakarta.ws.rs.*;\n\n")
          .append("@Path(\"/r").append(r).append("\")\npublic class Resource").append(r).append(" {\n");
      for (int m = 0; m < METHODS_PER_RESOURCE && n < methods; m++, n++) {
        String e1 = constantErrors.get((3 * n) % constantErrors.size());
        String e2 = constantErrors.get((3 * n + 1) % constantErrors.size());
        String e3 = constantErrors.get((3 * n + 2) % constantErrors.size());
        sb.append("  @GET\n  @Path(\"/m").append(m).append("/{id}\")\n")
            .append("  public String m").append(m).append("(@PathParam(\"id\") long id, @QueryParam(\"q\") String q)\n")
            .append("      throws ").append(e1).append(", ").append(e2).append(", ").append(e3).append(" {\n")
            .append("    if (id < 0) {\n      throw new ").append(e1).append("();\n    }\n")
            .append("    if (q == null) {\n      throw new ").append(e2).append("();\n    }\n")
            .append("    return check").append(m).append("(q);\n  }\n\n")
            .append("  private static String check").append(m).append("(String q) {\n")
            .append("    if (q.isEmpty()) {\n      throw new ").append(e3).append("();\n    }\n")
            .append("    return q;\n  }\n\n");
      }
      sb.append("}\n");
      Path file = dir.resolve("Resource" + r + ".java");
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  private double compile(List<Path> sources, Path root, boolean operations) throws IOException {
    Path out = Files.createTempDirectory(root, "out");
    Path generated = Files.createTempDirectory(root, "gen");
    List<String> options = List.of("--release", "17", "-classpath", classPath, "-d", out.toString(),
        "-s", generated.toString(), "-encoding", "UTF-8", "-nowarn");
    Timed timed = new Timed(new OperationsProcessor());
    List<Processor> processors = operations
        ? List.of(new ErrorCatalogProcessor(), timed)
        : List.of(new ErrorCatalogProcessor());
    StringWriter diagnostics = new StringWriter();
    System.gc();
    long start = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(diagnostics, files, null, options, null, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(processors);
      ok = task.call();
    }
    double ms = (System.nanoTime() - start) / 1e6;
    if (operations) {
      lastInside = timed.nanos / 1e6;
    }
    if (!ok) {
      throw new IllegalStateException("compilation failed:\n" + diagnostics);
    }
    if (operations && !Files.exists(out.resolve("META-INF/error-contract/operations.openapi.json"))) {
      throw new IllegalStateException("the operations pipeline wrote no document");
    }
    delete(out);
    delete(generated);
    return ms;
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Delegates to a processor and adds up the time its {@code process} calls take: the pipeline's own
   * cost, without the machine's noise on two whole compilations.
   */
  private static final class Timed implements Processor {
    private final Processor delegate;
    long nanos;

    Timed(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public java.util.Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public java.util.Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(javax.annotation.processing.ProcessingEnvironment env) {
      long start = System.nanoTime();
      delegate.init(env);
      nanos += System.nanoTime() - start;
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      long start = System.nanoTime();
      try {
        return delegate.process(annotations, round);
      } finally {
        nanos += System.nanoTime() - start;
      }
    }

    @Override
    public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
        javax.lang.model.element.Element element, javax.lang.model.element.AnnotationMirror annotation,
        javax.lang.model.element.ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
