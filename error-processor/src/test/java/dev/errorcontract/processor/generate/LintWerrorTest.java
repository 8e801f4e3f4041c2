package dev.errorcontract.processor.generate;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import dev.errorcontract.processor.jaxrs.GeneratedCodeAnnotations;
import dev.errorcontract.processor.generate.Scenarios.Scenario;
import dev.errorcontract.processor.operations.OperationsProcessor;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: a user's build with {@code -Xlint:all -Werror}, every lint included ({@code processing}
 * too, which names annotations no processor claims), compiles the generated code of every golden
 * scenario, JAX-RS providers included: error-jaxrs is a compiled library on the class path, as in a
 * user's build, and the compilation runs with the catalog processor alone and with the operations
 * processor too (the JAX-RS annotations processed), each time with the processors the jar registers.
 */
class LintWerrorTest {

  @TempDir static Path library;

  @BeforeAll
  static void compileErrorJaxrs() throws IOException {
    Compilation compilation = javac().withOptions("--release", "17", "-proc:none")
        .compile(ProvidersGoldenFilesTest.runtimeSources());
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> String.valueOf(compilation.diagnostics()));
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = library.resolve(file.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
          file.openInputStream().transferTo(out);
        }
      }
    }
  }

  private static Compilation compile(Scenario scenario, Processor... processors) {
    List<File> classPath = new ArrayList<>();
    classPath.add(library.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(JavaFileObjects.forSourceString(scenario.catalogType(), scenario.source()));
    for (int i = 0; i + 1 < scenario.more().length; i += 2) {
      sources.add(JavaFileObjects.forSourceString(scenario.more()[i], scenario.more()[i + 1]));
    }
    List<Processor> all = new ArrayList<>(List.of(processors));
    all.add(new JacksonOfTheUser());
    return javac().withProcessors(all).withClasspath(classPath)
        .withOptions("-Xlint:all", "-Werror", "--release", "17")
        .compile(sources);
  }

  /**
   * The record scenario's own record carries Jackson's annotations, which the user wrote and no processor
   * of this project concerns; a user's build with {@code -Xlint:all} answers for those itself. This stands
   * for that, so that what is checked is the generated code alone.
   */
  @javax.annotation.processing.SupportedAnnotationTypes({
      "com.fasterxml.jackson.annotation.JsonInclude", "com.fasterxml.jackson.annotation.JsonProperty"})
  private static final class JacksonOfTheUser extends javax.annotation.processing.AbstractProcessor {
    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return javax.lang.model.SourceVersion.latestSupported();
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      return true;
    }
  }

  private static void assertCleanWithProviders(Scenario scenario, Compilation compilation) {
    assertEquals(Compilation.Status.SUCCESS, compilation.status(),
        () -> scenario.name() + ": " + compilation.diagnostics());
    assertEquals(List.of(), compilation.warnings(), scenario.name());
    String pkg = scenario.catalogType().substring(0, scenario.catalogType().lastIndexOf('.'));
    String simple = scenario.catalogType().substring(pkg.length() + 1);
    String name = simple.substring(0, simple.length() - "Errors".length());
    // A client-only catalog has no server glue: it must compile as cleanly without any provider.
    boolean server = scenario != Scenarios.CLIENT;
    assertEquals(server, compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, pkg, name + "ExceptionMapper.java")
        .isPresent(), () -> scenario.name() + (server ? ": no providers were generated" : ": providers were generated"));
  }

  @Test
  void everyScenarioCompilesUnderLintAllWerror() {
    for (Scenario scenario : Scenarios.ALL) {
      assertCleanWithProviders(scenario, compile(scenario, new ErrorCatalogProcessor(), new GeneratedCodeAnnotations()));
    }
  }

  @Test
  void everyScenarioCompilesUnderLintAllWerrorWithTheJaxrsAnnotationsProcessed() {
    for (Scenario scenario : Scenarios.ALL) {
      assertCleanWithProviders(scenario,
          compile(scenario, new ErrorCatalogProcessor(), new GeneratedCodeAnnotations(), new OperationsProcessor()));
    }
  }
}
