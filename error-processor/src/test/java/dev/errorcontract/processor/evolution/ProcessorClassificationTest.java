package dev.errorcontract.processor.evolution;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.errorcontract.evolution.ChangeKind;
import dev.errorcontract.processor.evolution.EvolutionCorpus.Case;
import dev.errorcontract.processor.evolution.EvolutionCorpus.Outcome;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the corpus through the processor: the old version's {@code .catalog.json} checked in as
 * the baseline, the new version compiled against it. A breaking change fails the compilation with one
 * keyed error on the line that declares it, and nothing is generated; an acknowledged or compatible one
 * is a note there, and the catalog is generated.
 */
class ProcessorClassificationTest {

  static List<Case> cases() {
    return EvolutionCorpus.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void classifiedAtTheRowThatChanged(Case change) {
    Path project = Contracts.projectWithBaseline(Contracts.released(change.oldSource()));
    Compilation compilation = Contracts.compile(change.newSource(), project);
    String prefix = switch (change.outcome()) {
      case BREAKING -> "[error-contract:contract-breaking] ";
      case ACKNOWLEDGED -> "[error-contract:contract-breaking-acknowledged] ";
      case COMPATIBLE -> "[error-contract:contract-compatible] ";
    };
    String expected = prefix + change.key() + ": ";
    if (change.outcome() == Outcome.BREAKING) {
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining(expected).inFile(compilation.sourceFiles().get(0))
          .onLineContaining(change.line());
      assertThat(Contracts.catalogJson(compilation).isPresent()).isFalse();
    } else {
      assertThat(compilation).succeeded();
      assertThat(compilation).hadNoteContaining(expected).inFile(compilation.sourceFiles().get(0))
          .onLineContaining(change.line());
      assertThat(compilation.errors()).isEmpty();
    }
  }

  @Test
  void unchangedCatalogHasNothingToSay() {
    Path project = Contracts.projectWithBaseline(Contracts.released(EvolutionCorpus.SHOP));
    Compilation compilation = Contracts.compile(EvolutionCorpus.SHOP, project);
    assertThat(compilation).succeeded();
    assertThat(compilation.notes().stream().map(n -> n.getMessage(Locale.ROOT)).filter(m -> m.contains("contract-"))
        .toList()).isEmpty();
  }

  @Test
  void theCorpusCoversEveryKindOfChange() {
    Set<String> covered = cases().stream().map(Case::key).collect(Collectors.toCollection(TreeSet::new));
    Set<String> kinds = Arrays.stream(ChangeKind.values()).map(ChangeKind::key)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(kinds, covered);
    assertThat(covered.size()).isAtLeast(25);
  }

  @Test
  void theBreakingErrorSaysTheRuleAndTheFix() {
    Case detail = cases().stream().filter(c -> c.key().equals("error-detail-changed")).findFirst().orElseThrow();
    Path project = Contracts.projectWithBaseline(Contracts.released(detail.oldSource()));
    Compilation compilation = Contracts.compile(detail.newSource(), project);
    List<String> errors = compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    assertThat(errors).containsExactly("[error-contract:contract-breaking] error-detail-changed: The detail"
        + " \"Invalid nonce\" changed to \"Nonce invalid\" since the baseline contract/Shop.catalog.json, a breaking"
        + " change: a client of the released contract would not read this answer as documented. Keep what was"
        + " released, or acknowledge the break with breaks = \"<release>\" on this row");
    Diagnostic<?> error = compilation.errors().get(0);
    assertEquals(14, error.getLineNumber());
  }
}
