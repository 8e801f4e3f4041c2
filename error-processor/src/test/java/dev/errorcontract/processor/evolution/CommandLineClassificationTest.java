package dev.errorcontract.processor.evolution;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcontract.evolution.Main;
import dev.errorcontract.processor.evolution.EvolutionCorpus.Case;
import dev.errorcontract.processor.evolution.EvolutionCorpus.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same corpus through error-evolution's command line: the two releases' {@code .catalog.json}
 * files in, a Markdown changelog out, exit status 1 when anything breaks.
 */
class CommandLineClassificationTest {

  static List<Case> cases() {
    return EvolutionCorpus.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void classifiedInTheChangelog(Case change) throws IOException {
    Path dir = Files.createTempDirectory("error-contract-changelog");
    Path before = Files.write(dir.resolve("old.catalog.json"), Contracts.released(change.oldSource()));
    Path after = Files.write(dir.resolve("new.catalog.json"), Contracts.released(change.newSource()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {before.toString(), after.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String changelog = out.toString(StandardCharsets.UTF_8);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    String row = changelog.lines().filter(l -> l.startsWith("| `" + change.key() + "` |")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + change.key() + " in\n" + changelog));
    String breaking = changelog.contains("## Compatible changes")
        ? changelog.substring(0, changelog.indexOf("## Compatible changes")) : changelog;
    switch (change.outcome()) {
      case BREAKING -> {
        assertEquals(Main.BREAKING, status, changelog);
        assertThat(breaking).contains(row);
        assertThat(row).endsWith("| no |");
      }
      case ACKNOWLEDGED -> {
        assertEquals(Main.BREAKING, status, changelog);
        assertThat(breaking).contains(row);
        assertThat(row).doesNotContain("| no |");
      }
      case COMPATIBLE -> {
        assertThat(breaking).doesNotContain(row);
        boolean anythingBreaks = changelog.contains("## Breaking changes");
        assertEquals(anythingBreaks ? Main.BREAKING : Main.OK, status, changelog);
      }
    }
  }
}
