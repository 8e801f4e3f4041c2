package dev.errorcontract.processor.jaxrs;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import dev.errorcontract.processor.operations.OperationsProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: a catalog whose runtime adapter does not run is a warning, not silence. The adapter is
 * turned off ({@code -Aerrorcontract.disabledAdapters}) while its framework is on the class path, or its
 * jar is on the class path instead of the processor path.
 */
class RuntimeAdapterWarningsTest {

  private static final String CATALOG = """
      package shop;

      import dev.errorcontract.catalog.*;

      /** The Shop API's published error table. */
      %s@ErrorCatalog("Shop")
      @Status(code = 400, title = "Bad Request", description = "The request is invalid.")
      @Status(code = 404, title = "Not Found", description = "No such resource.")
      @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
      @FieldBody("message")
      interface ShopErrors {}
      """;

  private static final String RESOURCE = """
      package shop;

      import jakarta.ws.rs.*;

      /** A resource. */
      @Path("/things")
      public class Things {
        /** @return a thing */
        @GET
        public String thing() throws ShopException.NotFound {
          throw new ShopException.NotFound();
        }
      }
      """;

  private static final String DISABLED = "[error-contract:runtime-adapter-disabled] The runtime adapter \"jaxrs\""
      + " applies to this compilation (its framework and runtime are on the class path), but"
      + " -Aerrorcontract.disabledAdapters turns it off, so the Shop catalog gets none of its glue and that"
      + " framework answers with its own error bodies. Remove \"jaxrs\" from the option, or keep it and add"
      + " @SuppressWarnings(\"error-contract:runtime-adapter-disabled\") when no glue is wanted";

  @Test
  void aDisabledAdapterWhoseFrameworkIsThereIsAWarningOnTheCatalog() {
    Compilation compilation = compile("", List.of("-Aerrorcontract.disabledAdapters=other, jaxrs"), List.of());

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> String.valueOf(compilation.diagnostics()));
    List<Diagnostic<? extends JavaFileObject>> warnings = warnings(compilation);
    assertEquals(1, warnings.size(), () -> String.valueOf(compilation.diagnostics()));
    assertEquals(DISABLED, warnings.get(0).getMessage(Locale.ROOT));
    assertTrue(warnings.get(0).getSource().toUri().getPath().endsWith("shop/ShopErrors.java"));
    assertEquals(6, warnings.get(0).getLineNumber(), "on @ErrorCatalog");
    // Disabled means disabled: no glue, and no resource method read as an operation.
    assertEquals(List.of("shop/ShopDecoder.java", "shop/ShopError.java", "shop/ShopException.java",
        "shop/ShopStatus.java"), generatedSources(compilation));
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/error-contract/operations.openapi.json").isEmpty());
  }

  @Test
  void theSameCompilationWithTheAdapterOnHasItsGlueAndNoWarning() {
    Compilation compilation = compile("", List.of(), List.of());

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> String.valueOf(compilation.diagnostics()));
    assertEquals(List.of(), warnings(compilation));
    assertTrue(generatedSources(compilation).contains("shop/ShopFeature.java"));
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/error-contract/operations.openapi.json").isPresent());
  }

  @Test
  void theDisabledWarningIsSilencedByItsKey() {
    Compilation compilation = compile("@SuppressWarnings(\"error-contract:runtime-adapter-disabled\")\n",
        List.of("-Aerrorcontract.disabledAdapters=jaxrs"), List.of());

    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    assertEquals(List.of(), warnings(compilation));
  }

  @Test
  void anAdapterOnTheClassPathButNotOnTheProcessorPathIsAWarningOnTheCatalog(@TempDir Path jar) throws IOException {
    Path services = jar.resolve("META-INF/services/dev.errorcontract.processor.spi.RuntimeAdapter");
    Files.createDirectories(services.getParent());
    Files.writeString(services, "# Acme's adapter\ncom.acme.errors.AcmeAdapter\n");

    Compilation compilation = compile("", List.of(), List.of(jar.toFile()));

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> String.valueOf(compilation.diagnostics()));
    List<Diagnostic<? extends JavaFileObject>> warnings = warnings(compilation);
    assertEquals(1, warnings.size(), () -> String.valueOf(compilation.diagnostics()));
    assertEquals("[error-contract:runtime-adapter-missing] The compile class path names the runtime adapter"
        + " com.acme.errors.AcmeAdapter (in its META-INF/services/dev.errorcontract.processor.spi.RuntimeAdapter),"
        + " but the annotation processor path does not hold it, so the Shop catalog gets none of its glue. Add the"
        + " artifact holding it to the processor path beside error-processor (Maven: annotationProcessorPaths;"
        + " Gradle: the annotationProcessor configuration)", warnings.get(0).getMessage(Locale.ROOT));
    assertEquals(6, warnings.get(0).getLineNumber(), "on @ErrorCatalog");
    // The adapters that are there still run.
    assertTrue(generatedSources(compilation).contains("shop/ShopFeature.java"));
  }

  @Test
  void anAdapterListedOnTheClassPathAndLoadedFromTheProcessorPathIsNoWarning(@TempDir Path jar) throws IOException {
    Path services = jar.resolve("META-INF/services/dev.errorcontract.processor.spi.RuntimeAdapter");
    Files.createDirectories(services.getParent());
    // error-processor's own jar on the class path (a build before JDK 23 that lists it as a dependency).
    Files.writeString(services, JaxrsAdapter.class.getName() + "\n");

    Compilation compilation = compile("", List.of(), List.of(jar.toFile()));

    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    assertEquals(List.of(), warnings(compilation));
  }

  /** The catalog, a resource and the error-jaxrs stand-in; {@code first} goes first on the class path. */
  private static Compilation compile(String annotation, List<String> options, List<File> first) {
    List<File> classPath = new ArrayList<>(first);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    List<String> allOptions = new ArrayList<>(List.of("--release", "17", "-Xlint:all,-processing"));
    allOptions.addAll(options);
    return javac()
        .withProcessors(new ErrorCatalogProcessor(), new OperationsProcessor())
        .withClasspath(classPath)
        .withOptions(allOptions)
        .compile(
            JavaFileObjects.forSourceString("shop.ShopErrors", CATALOG.formatted(annotation)),
            JavaFileObjects.forSourceString("shop.Things", RESOURCE),
            JavaFileObjects.forSourceString("dev.errorcontract.jaxrs.ErrorContractFeature", FeatureGoldenTest.JAXRS_RUNTIME));
  }

  private static List<Diagnostic<? extends JavaFileObject>> warnings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .toList();
  }

  private static List<String> generatedSources(Compilation compilation) {
    return compilation.generatedSourceFiles().stream()
        .map(f -> f.toUri().getPath().replaceFirst("^/SOURCE_OUTPUT/", "")).sorted().toList();
  }
}
