package dev.errorcontract.processor.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor as javac runs it from a processor path: loaded by a class loader of its own, which also
 * holds a jar listing adapters. An adapter that cannot be loaded is skipped with a warning; an adapter
 * that throws is an internal error naming it, and the catalog generates nothing, as for any internal error.
 */
class AdapterLoadingTest {

  private static final String CATALOG = """
      package shop;

      import dev.errorcontract.catalog.*;

      /** The Shop API's published error table. */
      @ErrorCatalog("Shop")
      @Status(code = 400, title = "Bad Request", description = "The request is invalid.")
      @Status(code = 404, title = "Not Found", description = "No such resource.")
      @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
      @FieldBody("message")
      interface ShopErrors {}
      """;

  @Test
  void anUnloadableAdapterIsAWarningAndAThrowingOneAnInternalErrorNamingIt(@TempDir Path jar) throws Exception {
    Path services = jar.resolve("META-INF/services/" + RuntimeAdapter.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, "com.acme.errors.NotCompiledYet\n" + ThrowingAdapter.class.getName() + "\n");

    Path output = Files.createTempDirectory(jar, "out");
    Path generated = Files.createDirectories(output.resolve("generated"));
    Path classes = Files.createDirectories(output.resolve("classes"));
    Path catalog = Files.createDirectories(output.resolve("src/shop")).resolve("ShopErrors.java");
    Files.writeString(catalog, CATALOG);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean success;
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (URLClassLoader processorPath = processorPath(jar);
        StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Processor processor = (Processor) processorPath.loadClass("dev.errorcontract.processor.ErrorCatalogProcessor")
          .getDeclaredConstructor().newInstance();
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("--release", "17", "-classpath", System.getProperty("java.class.path"),
              "-s", generated.toString(), "-d", classes.toString()),
          null, files.getJavaFileObjects(catalog));
      task.setProcessors(List.of(processor));
      success = task.call();
    }

    assertFalse(success);
    List<Diagnostic<? extends JavaFileObject>> warnings = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING).toList();
    assertEquals(1, warnings.size(), () -> String.valueOf(diagnostics.getDiagnostics()));
    assertEquals("[error-contract:runtime-adapter-unloadable] The annotation processor path lists a runtime"
        + " adapter in META-INF/services/dev.errorcontract.processor.spi.RuntimeAdapter that cannot be used"
        + " (dev.errorcontract.processor.spi.RuntimeAdapter: Provider com.acme.errors.NotCompiledYet not found),"
        + " so the Shop catalog gets none of its glue. Put the adapter's jar on the processor path whole, with"
        + " the classes it needs; in the adapter's own build, compile with -proc:none",
        warnings.get(0).getMessage(Locale.ROOT));
    assertEquals(6, warnings.get(0).getLineNumber(), "on @ErrorCatalog");

    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    assertEquals(1, errors.size(), () -> String.valueOf(diagnostics.getDiagnostics()));
    String error = errors.get(0).getMessage(Locale.ROOT);
    assertTrue(error.startsWith("[error-contract:internal-error] "), error);
    assertTrue(error.contains("runtime adapter throwing (" + ThrowingAdapter.class.getName()
        + "): java.lang.IllegalStateException: a bug in the adapter"), error);
    assertTrue(errors.get(0).getSource().toUri().getPath().endsWith("shop/ShopErrors.java"));
    // As for any internal error, the catalog generates nothing, not even what the adapter wrote before.
    try (Stream<Path> written = Files.walk(generated)) {
      assertEquals(List.of(), written.filter(Files::isRegularFile).toList());
    }
  }

  /** The test class path, {@code first} ahead of it, in a loader that shares nothing but the JDK's classes. */
  private static URLClassLoader processorPath(Path first) throws IOException {
    List<URL> urls = new ArrayList<>();
    urls.add(first.toUri().toURL());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(new File(entry).toURI().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }
}
