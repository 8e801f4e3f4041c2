package dev.errorcontract.processor.generate;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A WAR compiled against jakarta.ws.rs-api alone (issue 26): jakarta.annotation, where {@code @Priority}
 * lives, is not on the compiler's class path, so the generated providers cannot carry it. That is said,
 * on the catalog, with the dependency to add.
 */
class ProvidersWithoutPriorityTest {

  private static final String CATALOG = """
      package war;

      import dev.errorcontract.catalog.*;

      /** A WAR's catalog. */
      @ErrorCatalog("Shop")
      @Status(code = 400, title = "Bad Request", description = "Not understood.")
      @Status(code = 404, title = "Not Found", description = "No such thing.")
      @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
      @FieldBody("detail")
      %sinterface ShopErrors {}
      """;

  private static final String WARNING = "[error-contract:providers-without-priority] The generated JAX-RS"
      + " providers of the Shop catalog carry no @Priority: jakarta.annotation.Priority is not on the compiler's"
      + " class path (jakarta.ws.rs-api does not bring it). Without it they rank with the application's and the"
      + " runtime's own providers at the default priority, so another ExceptionMapper<Throwable> or"
      + " <WebApplicationException> may answer instead of the catalog. Add"
      + " jakarta.annotation:jakarta.annotation-api to the compile class path (scope provided: every JAX-RS"
      + " runtime has it)";

  @Test
  void withoutJakartaAnnotationTheCatalogGetsTheWarningWithTheDependencyToAdd() throws IOException {
    Compilation compilation = compile("", false);

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> String.valueOf(compilation.diagnostics()));
    List<Diagnostic<? extends JavaFileObject>> warnings = warnings(compilation);
    assertEquals(1, warnings.size(), () -> String.valueOf(compilation.diagnostics()));
    Diagnostic<? extends JavaFileObject> warning = warnings.get(0);
    assertEquals(WARNING, warning.getMessage(Locale.ROOT));
    assertTrue(warning.getSource().toUri().getPath().endsWith("war/ShopErrors.java"), warning.getSource().toUri()::toString);
    assertEquals(6, warning.getLineNumber(), "on @ErrorCatalog, as other diagnostics of the whole catalog");
    // The providers are generated all the same, as the warning says, without the annotation.
    String mapper = source(compilation, "ShopThrowableMapper");
    assertTrue(mapper.contains("\n@Provider\n"), mapper);
    assertTrue(mapper.contains("public final class ShopThrowableMapper implements"), mapper);
    assertFalse(mapper.contains("Priority"), mapper);
  }

  @Test
  void theWarningIsSilencedByItsKey() {
    Compilation compilation =
        compile("@SuppressWarnings(\"error-contract:providers-without-priority\")\n", false);

    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    assertEquals(List.of(), warnings(compilation));
  }

  @Test
  void withJakartaAnnotationTheProvidersHaveTheirPriorityAndNothingIsSaid() throws IOException {
    Compilation compilation = compile("", true);

    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    assertEquals(List.of(), warnings(compilation));
    assertTrue(source(compilation, "ShopThrowableMapper").contains("@Priority(100)"));
  }

  private static Compilation compile(String suppression, boolean withJakartaAnnotation) {
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (withJakartaAnnotation || !new File(entry).getName().startsWith("jakarta.annotation-api")) {
        classPath.add(new File(entry));
      }
    }
    assertEquals(withJakartaAnnotation, classPath.size() == System.getProperty("java.class.path").split(File.pathSeparator).length);
    List<JavaFileObject> sources = new ArrayList<>(ProvidersGoldenFilesTest.runtimeSources());
    sources.add(JavaFileObjects.forSourceString("war.ShopErrors", CATALOG.formatted(suppression)));
    return javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withClasspath(classPath)
        .withOptions("--release", "17")
        .compile(sources);
  }

  private static List<Diagnostic<? extends JavaFileObject>> warnings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .toList();
  }

  private static String source(Compilation compilation, String simpleName) throws IOException {
    return compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "war", simpleName + ".java")
        .orElseThrow(() -> new AssertionError("not generated: " + simpleName))
        .getCharContent(true).toString();
  }
}
