package dev.errorcontract.processor.evolution;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A baseline taken from the annotation processor path ({@code processorpath:...}), where the previous
 * release's artifact carries its {@code META-INF/error-contract/<Name>.catalog.json}. Here the test class
 * path stands in for the processor path: compile-testing runs the processor from it. The released
 * contract is the test resource {@code released-shop/Shop.catalog.json}, the corpus base as released
 * (regenerate with {@code -Dgolden.update=true}).
 */
class ProcessorPathBaselineTest {

  private static final Path RELEASED = Path.of("src/test/resources/released-shop/Shop.catalog.json");
  private static final String FROM_PATH = "baseline = \"processorpath:released-shop/Shop.catalog.json\")";

  @Test
  void theTestResourceIsTheReleasedBase() throws IOException {
    String released = new String(Contracts.released(EvolutionCorpus.SHOP), StandardCharsets.UTF_8);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(RELEASED.getParent());
      Files.writeString(RELEASED, released, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(RELEASED, StandardCharsets.UTF_8), released);
  }

  @Test
  void aBreakingChangeAgainstTheArtifactOnTheProcessorPath() {
    String source = EvolutionCorpus.SHOP
        .replace("baseline = \"contract/Shop.catalog.json\")", FROM_PATH)
        .replace("\"Invalid nonce\"", "\"Nonce invalid\"");
    Compilation compilation = Contracts.compile(source, null);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:contract-breaking] error-detail-changed: The detail \"Invalid nonce\""
            + " changed to \"Nonce invalid\" since the baseline processorpath:released-shop/Shop.catalog.json")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("\"Nonce invalid\"");
  }

  @Test
  void theUnchangedCatalogCompiles() {
    String source = EvolutionCorpus.SHOP.replace("baseline = \"contract/Shop.catalog.json\")", FROM_PATH);
    assertThat(Contracts.compile(source, null)).succeeded();
  }

  @Test
  void nothingOnTheProcessorPathHoldsIt() {
    String source = EvolutionCorpus.SHOP.replace("baseline = \"contract/Shop.catalog.json\")",
        "baseline = \"processorpath:META-INF/error-contract/Shop.catalog.json\")");
    Compilation compilation = Contracts.compile(source, null);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:baseline-not-on-processor-path] The baseline"
            + " \"processorpath:META-INF/error-contract/Shop.catalog.json\" names the resource"
            + " META-INF/error-contract/Shop.catalog.json on the annotation processor path, and nothing there holds"
            + " it. Add the previous release's artifact to the processor path (Maven: annotationProcessorPaths;"
            + " Gradle: the annotationProcessor configuration), or check in its Shop.catalog.json and give its path")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("processorpath:");
  }
}
