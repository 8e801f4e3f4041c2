package dev.errorcontract.processor.generate;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import dev.errorcontract.processor.generate.Scenarios.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The JAX-RS providers generated when error-jaxrs is on the class path, fixed to the byte. error-jaxrs
 * builds after this module, so its main sources (next to this module) are compiled with the catalog:
 * the generated providers are checked to compile against the real runtime, not a stand-in. Regenerate
 * with {@code -Dgolden.update=true} and review the diff.
 */
class ProvidersGoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/providers");
  private static final Path ERROR_JAXRS = Path.of("../error-jaxrs/src/main/java");
  private static final List<String> SUFFIXES =
      List.of("ExceptionMapper", "WebApplicationExceptionMapper", "ThrowableMapper",
          "ResponseFilter", "BodyWriter", "ReaderInterceptor");
  /** Issue 26: the observer of Quarkus's Vert.x router, generated when Vert.x Web and CDI are there. */
  private static final String VERTX_ROUTES = "VertxRoutes";

  /** A field body and a problem body with the request path as instance: both kinds of answers. */
  private static final List<Scenario> SCENARIOS = List.of(Scenarios.FIELD, Scenarios.PROBLEM);

  private static Compilation compile(Scenario scenario) {
    return compile(scenario, true);
  }

  /**
   * Compiles the scenario with error-jaxrs's sources; without CDI, the class path is this test's minus
   * the CDI API: Vert.x Web and error-jaxrs's {@code internal.vertx} are there, as in a plain Vert.x
   * application, which has no container to run an observer.
   */
  private static Compilation compile(Scenario scenario, boolean withCdi) {
    List<JavaFileObject> sources = new ArrayList<>(runtimeSources());
    sources.add(JavaFileObjects.forSourceString(scenario.catalogType(), scenario.source()));
    com.google.testing.compile.Compiler compiler = javac();
    if (!withCdi) {
      compiler = compiler.withClasspath(Stream.of(
              System.getProperty("java.class.path").split(java.io.File.pathSeparator))
          .filter(entry -> !entry.replace('\\', '/').contains("/jakarta/enterprise/"))
          .map(java.io.File::new)
          .toList());
    }
    Compilation compilation = compiler
        .withProcessors(new ErrorCatalogProcessor())
        // As strict as a user's build may be, for the generated code (doclint only on its packages).
        .withOptions("-Xlint:all,-processing", "-Xdoclint", "-Xdoclint/package:field,problem",
            "-Werror", "--release", "17")
        .compile(sources);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(),
        () -> String.valueOf(compilation.diagnostics()));
    return compilation;
  }

  static List<JavaFileObject> runtimeSources() {
    try (Stream<Path> files = Files.walk(ERROR_JAXRS)) {
      List<JavaFileObject> sources = new ArrayList<>();
      // The client package (issue 15) needs the MicroProfile API, and the adapters of Jersey and CXF
      // (named, never referenced, by the rest) need those implementations, none of them on this class
      // path; the generated providers use none of them.
      for (Path file : files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.toString().replace('\\', '/')
              .matches(".*/jaxrs/(client|internal/jersey|internal/cxf)/.*"))
          .sorted().toList()) {
        String name = ERROR_JAXRS.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
        sources.add(JavaFileObjects.forSourceString(name, Files.readString(file)));
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String generated(Compilation compilation, String pkg, String simpleName) {
    JavaFileObject file = compilation
        .generatedFile(StandardLocation.SOURCE_OUTPUT, pkg, simpleName + ".java")
        .orElseThrow(() -> new AssertionError("not generated: " + pkg + "." + simpleName));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pkg(Scenario scenario) {
    return scenario.catalogType().substring(0, scenario.catalogType().lastIndexOf('.'));
  }

  private static String catalogName(Scenario scenario) {
    String type = scenario.catalogType().substring(scenario.catalogType().lastIndexOf('.') + 1);
    return type.substring(0, type.length() - "Errors".length());
  }

  @Test
  void generatedProvidersMatchTheGoldenFiles() throws IOException {
    boolean update = Boolean.getBoolean("golden.update");
    for (Scenario scenario : SCENARIOS) {
      Compilation compilation = compile(scenario);
      for (String suffix : withVertxRoutes()) {
        String name = catalogName(scenario) + suffix;
        String actual = generated(compilation, pkg(scenario), name);
        Path golden = GOLDEN.resolve(pkg(scenario)).resolve(name + ".java");
        if (update) {
          Files.createDirectories(golden.getParent());
          Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden.toString());
      }
    }
  }

  @Test
  void generatedProvidersAreThinPublicFinalAndPrioritised() {
    Compilation compilation = compile(Scenarios.FIELD);
    for (String suffix : SUFFIXES) {
      String source = generated(compilation, "field", "Shop" + suffix);
      assertTrue(source.contains("\n@Provider\n@Priority(100)\n"), source);
      assertTrue(source.contains("public final class Shop" + suffix + " implements "), source);
      assertTrue(source.contains("public Shop" + suffix + "() {"), source);
      assertTrue(source.contains("GeneratedProvider<ShopError>"), source);
      assertFalse(source.contains("date ="), source);
    }
  }

  @Test
  void identicalInputGivesByteIdenticalProviders() {
    Compilation first = compile(Scenarios.PROBLEM);
    Compilation second = compile(Scenarios.PROBLEM);
    for (String suffix : withVertxRoutes()) {
      assertEquals(generated(first, "problem", "Billing" + suffix),
          generated(second, "problem", "Billing" + suffix), suffix);
    }
  }

  private static List<String> withVertxRoutes() {
    List<String> all = new ArrayList<>(SUFFIXES);
    all.add(VERTX_ROUTES);
    return all;
  }

  @Test
  void theVertxRoutesObserverIsAFinalDependentBeanDelegatingToErrorJaxrs() {
    String source = generated(compile(Scenarios.FIELD), "field", "Shop" + VERTX_ROUTES);
    assertTrue(source.contains("\n@Dependent\n"), source);
    assertTrue(source.contains("public final class ShopVertxRoutes {"), source);
    assertTrue(source.contains("void install(@Observes Router router) {\n"
        + "    VertxRoutes.install(router, ShopError.table());\n  }"), source);
    assertFalse(source.contains("date ="), source);
  }

  @Test
  void withoutTheCdiApiOnTheClassPathNoObserverIsGenerated() {
    Compilation compilation = compile(Scenarios.FIELD, false);
    generated(compilation, "field", "ShopThrowableMapper");
    assertTrue(compilation.generatedFile(
            StandardLocation.SOURCE_OUTPUT, "field", "Shop" + VERTX_ROUTES + ".java").isEmpty(),
        () -> String.valueOf(compilation.generatedSourceFiles()));
  }

  @Test
  void withoutErrorJaxrsNoProviderIsGenerated() {
    Compiled compiled = Compiled.compile(Scenarios.FIELD.catalogType(), Scenarios.FIELD.source());
    assertEquals(Scenarios.FIELD.generated(), compiled.generatedSources());
  }
}
