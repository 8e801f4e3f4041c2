package dev.errorcontract.processor.evolution;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline that cannot be used is one error on the {@code baseline} value, and nothing is generated. */
class ErroneousBaselineTest {

  @TempDir Path project;

  private Compilation compileWithBaseline(byte[] baseline) throws IOException {
    if (baseline != null) {
      Files.createDirectories(project.resolve("contract"));
      Files.write(project.resolve("contract/Shop.catalog.json"), baseline);
    }
    return Contracts.compile(EvolutionCorpus.SHOP, project);
  }

  private static void assertOneErrorOnTheBaseline(Compilation compilation, String text) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(text).inFile(compilation.sourceFiles().get(0))
        .onLineContaining("baseline = \"contract/Shop.catalog.json\"");
  }

  /** Issue 25: the released contract of another catalog, checked in by mistake, compares nothing. */
  @Test
  void baselineOfAnotherCatalog() throws IOException {
    Compilation other = Contracts.compile(
        EvolutionCorpus.SHOP.replace("value = \"Shop\"", "value = \"Store\"").replace(Contracts.BASELINE, ""), null);
    assertThat(other).succeeded();
    byte[] storeJson;
    try (java.io.InputStream in = other.generatedFile(
        javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/Store.catalog.json").orElseThrow()
        .openInputStream()) {
      storeJson = in.readAllBytes();
    }
    Compilation compilation = compileWithBaseline(storeJson);
    assertOneErrorOnTheBaseline(compilation,
        "[error-contract:baseline-other-catalog] The baseline \"contract/Shop.catalog.json\" is the contract of the"
            + " catalog \"Store\", not of \"Shop\": comparing them would report every row as changed. Name Shop's own"
            + " released Shop.catalog.json");
    List<String> lines = compilation.sourceFiles().get(0).getCharContent(true).toString().lines().toList();
    int line = 0;
    while (!lines.get(line).contains("baseline = \"contract/Shop.catalog.json\"")) {
      line++;
    }
    assertThat(compilation).hadErrorContaining("[error-contract:baseline-other-catalog]")
        .inFile(compilation.sourceFiles().get(0)).onLine(line + 1)
        .atColumn(lines.get(line).indexOf("\"contract/") + 1);
  }

  @Test
  void missingBaseline() throws IOException {
    assertOneErrorOnTheBaseline(compileWithBaseline(null),
        "[error-contract:baseline-not-found] The baseline \"contract/Shop.catalog.json\" does not exist: there is no"
            + " file " + project.resolve("contract/Shop.catalog.json") + " (relative to the project directory "
            + project + ", from -Aerrorcontract.projectDir). Check in the previous release's Shop.catalog.json");
  }

  @Test
  void baselineThatIsNotJson() throws IOException {
    assertOneErrorOnTheBaseline(compileWithBaseline("<html>".getBytes(StandardCharsets.UTF_8)),
        "[error-contract:baseline-unreadable] The baseline \"contract/Shop.catalog.json\" cannot be used:"
            + " Shop.catalog.json is not JSON: line 1, column 1: unexpected character '<'. Check in a .catalog.json"
            + " written by the processor");
  }

  @Test
  void baselineOfAFormatTooOld() throws IOException {
    assertOneErrorOnTheBaseline(compileWithBaseline("{\"format\": 1}".getBytes(StandardCharsets.UTF_8)),
        "[error-contract:baseline-unreadable] The baseline \"contract/Shop.catalog.json\" cannot be used:"
            + " Shop.catalog.json has format 1; only formats 2 to 3 carry what a comparison needs");
  }

  @Test
  void baselineThatIsNotUtf8() throws IOException {
    assertOneErrorOnTheBaseline(compileWithBaseline(new byte[] {'{', (byte) 0xff, '}'}),
        "[error-contract:baseline-unreadable] The baseline \"contract/Shop.catalog.json\" cannot be used: it is not"
            + " UTF-8 text");
  }

  @Test
  void blankMarksAreErrorsOnTheirValues() {
    String source = EvolutionCorpus.SHOP
        .replace("detail = \"Slow down\",", "detail = \"Slow down\", deprecated = \" \",")
        .replace("@Status(code = 409, title = \"Conflict\"", "@Status(code = 409, title = \"Conflict\", breaks = \"\"");
    Compilation compilation = Contracts.compile(source, project);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[error-contract:evolution-mark-blank] @ApiError(deprecated) is blank,"
            + " so it says nothing. Leave it out, or say what to use instead, such as deprecated = \"use INVALID_TOKEN\"")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("deprecated = \" \"");
    assertThat(compilation).hadErrorContaining("[error-contract:evolution-mark-blank] @Status(breaks) is blank,"
            + " so it says nothing. Leave it out, or name the release making the break, such as breaks = \"2.0\"")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("breaks = \"\"");
  }

  @Test
  void aMarkerWithoutABreakWarnsOnTheMarker() throws IOException {
    Files.createDirectories(project.resolve("contract"));
    Files.write(project.resolve("contract/Shop.catalog.json"), Contracts.released(EvolutionCorpus.SHOP));
    String source = EvolutionCorpus.SHOP.replace("code = \"invalid_nonce\"", "code = \"invalid_nonce\", breaks = \"2.0\"");
    Compilation compilation = Contracts.compile(source, project);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[error-contract:breaks-unused] @ApiError(breaks = \"2.0\")"
            + " acknowledges no breaking change against the baseline contract/Shop.catalog.json. Remove it, so that"
            + " it cannot hide a break nobody meant")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("breaks = \"2.0\"");
  }

  @Test
  void aMarkerTheBaselineCarriesIsTheRecordOfItsRelease() throws IOException {
    String released = EvolutionCorpus.SHOP.replace("code = \"invalid_nonce\"", "code = \"invalid_nonce\", breaks = \"2.0\"");
    Files.createDirectories(project.resolve("contract"));
    Files.write(project.resolve("contract/Shop.catalog.json"), Contracts.released(released));
    Compilation compilation = Contracts.compile(released, project);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(compilation.warnings().stream()
        .filter(w -> !w.getMessage(java.util.Locale.ROOT).contains("breaks-unused")).toList().size());
  }
}
