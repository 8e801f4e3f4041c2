package dev.errorcontract.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.errorcontract.processor.generate.Scenarios.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The generated sources of one catalog per body shape ({@link Scenarios}), fixed to the byte. Regenerate
 * after an intended change with {@code ./mvnw verify -pl error-catalog,error-processor
 * -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    boolean update = Boolean.getBoolean("golden.update");
    for (Scenario scenario : Scenarios.ALL) {
      Compiled compiled = Compiled.compile(scenario.sources());
      assertEquals(scenario.generated(), compiled.generatedSources(), scenario.name());
      for (String path : scenario.generated()) {
        Path golden = GOLDEN.resolve(path);
        String actual = releaseNeutral(compiled.source(path));
        if (update) {
          Files.createDirectories(golden.getParent());
          Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, path);
      }
    }
  }

  /**
   * The source with the processor's release, which every status enum names for the runtime's version
   * check, written as {@code @processor.version@}: the golden files stay the same from one release to
   * the next. The generated-code level is kept: it changes only with the generated code.
   */
  static String releaseNeutral(String source) {
    return source.replace('"' + GeneratedFiles.PROCESSOR_VERSION + '"', "\"@processor.version@\"");
  }

  @Test
  void identicalInputGivesByteIdenticalOutput() {
    for (Scenario scenario : Scenarios.ALL) {
      Compiled first = Compiled.compile(scenario.sources());
      Compiled second = Compiled.compile(scenario.sources());
      for (String path : first.generatedSources()) {
        assertEquals(first.source(path), second.source(path), path);
      }
    }
  }

  @Test
  void generatedCodeHasNoTimestampAndNoPermitsList() {
    for (Scenario scenario : Scenarios.ALL) {
      Compiled compiled = Compiled.compile(scenario.sources());
      for (String path : scenario.generated()) {
        String source = compiled.source(path);
        assertFalse(source.contains(" permits "), path);
        assertFalse(source.contains("date ="), path);
      }
    }
  }
}
