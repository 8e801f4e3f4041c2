package dev.errorcontract.processor.diagnostics;

import dev.errorcontract.catalog.CatalogException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac directly, with output directories on disk, for what compile-testing does not show: the
 * sources the processor generated in a compilation that failed. Nothing generated for a failing catalog
 * is a rule of the processor, so the tests must see the files of failing compilations.
 */
final class Javac {

  /** What a compilation produced. */
  record Result(
      boolean success,
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      List<String> generated,
      Map<String, String> generatedText) {

    /** The text of every error, with its file name. */
    List<String> errors() {
      return diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> (d.getSource() == null ? "?" : d.getSource().getName()) + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
    }
  }

  private Javac() {}

  /** Compiles the files with {@code processor}; {@code generated} holds type names like {@code test.AStatus}. */
  static Result compile(Processor processor, List<JavaFileObject> files) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path root;
    try {
      root = Files.createTempDirectory("error-contract-javac");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path sources = root.resolve("generated");
    Path classes = root.resolve("classes");
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Files.createDirectories(sources);
      Files.createDirectories(classes);
      List<String> options = List.of(
          "-classpath", catalogClasspath(), "-s", sources.toString(), "-d", classes.toString(),
          "-Xlint:-processing", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000");
      JavaCompiler.CompilationTask task = compiler.getTask(null, fileManager, diagnostics, options, null, files);
      task.setProcessors(List.of(processor));
      boolean success = task.call();
      Map<String, String> generated = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(sources)) {
        for (Path p : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
          String name = sources.relativize(p).toString().replaceAll("\\.java$", "").replace(java.io.File.separatorChar, '.');
          generated.put(name, Files.readString(p));
        }
      }
      return new Result(
          success, new ArrayList<>(diagnostics.getDiagnostics()), List.copyOf(generated.keySet()), generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(root);
    }
  }

  /** The error-catalog classes: all a catalog declaration and its generated code need. */
  private static String catalogClasspath() {
    try {
      return Paths.get(CatalogException.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }
}
