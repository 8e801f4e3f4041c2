package dev.errorcontract.examples.passport;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Passport catalog is compared with the released contract checked in at {@code
 * src/contract/Passport.catalog.json}. Rewording a detail, even with the published page reworded to
 * match, breaks clients that match on it: the build fails at the row until the row acknowledges the
 * break with {@code breaks = "2.0"}.
 */
class ContractEvolutionTest {

  private static final Path CATALOG =
      Path.of("src/main/java/dev/errorcontract/examples/passport/PassportErrors.java");
  private static final String OLD_DETAIL = "Invalid nonce";
  private static final String NEW_DETAIL = "The nonce could not be verified";

  @Test
  void theCatalogIsTheReleasedContract() throws IOException {
    Compilation compilation = compile(Files.readString(CATALOG, StandardCharsets.UTF_8), Path.of(""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.notes().stream().map(n -> n.getMessage(Locale.ROOT)).filter(m -> m.contains("contract-"))
        .toList()).isEmpty();
  }

  @Test
  void rewordingADetailFailsTheBuildAtTheRowUntilAcknowledged(@TempDir Path project) throws IOException {
    // The API team rewords the row on the page and in the catalog alike, so the drift check is content.
    String page = Files.readString(Path.of("src/docs/errors.md"), StandardCharsets.UTF_8);
    String newPage = replaceOnce(page, "| " + OLD_DETAIL + "       ", "| " + NEW_DETAIL);
    Files.createDirectories(project.resolve("src/docs"));
    Files.writeString(project.resolve("src/docs/errors.md"), newPage, StandardCharsets.UTF_8);
    Files.createDirectories(project.resolve("src/contract"));
    Files.copy(Path.of("src/contract/Passport.catalog.json"), project.resolve("src/contract/Passport.catalog.json"));
    String source = Files.readString(CATALOG, StandardCharsets.UTF_8);
    String reworded = replaceOnce(source, "detail = \"" + OLD_DETAIL + "\"", "detail = \"" + NEW_DETAIL + "\"");

    Compilation broken = compile(reworded, project);

    assertThat(broken).failed();
    assertThat(broken).hadErrorCount(1);
    assertThat(broken)
        .hadErrorContaining("[error-contract:contract-breaking] error-detail-changed: The detail \"Invalid nonce\""
            + " changed to \"The nonce could not be verified\" since the baseline src/contract/Passport.catalog.json,"
            + " a breaking change")
        .inFile(source(reworded))
        .onLineContaining("detail = \"" + NEW_DETAIL + "\"");

    String acknowledged = replaceOnce(reworded, "detail = \"" + NEW_DETAIL + "\",",
        "detail = \"" + NEW_DETAIL + "\",\n    breaks = \"2.0\",");
    Compilation accepted = compile(acknowledged, project);

    assertThat(accepted).succeeded();
    assertThat(accepted)
        .hadNoteContaining("[error-contract:contract-breaking-acknowledged] error-detail-changed: ")
        .inFile(source(acknowledged))
        .onLineContaining("detail = \"" + NEW_DETAIL + "\"");
    assertThat(accepted).hadNoteContaining("acknowledged by breaks = \"2.0\"");

    // The release notes of the change, from the two contracts, as error-evolution's command line prints them.
    Path next = project.resolve("next.catalog.json");
    try (java.io.InputStream in = accepted.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
        "META-INF/error-contract/Passport.catalog.json").orElseThrow().openInputStream()) {
      Files.write(next, in.readAllBytes());
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int status = dev.errorcontract.evolution.Main.run(
        new String[] {"src/contract/Passport.catalog.json", next.toString()},
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(status).isEqualTo(dev.errorcontract.evolution.Main.BREAKING);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
        # Passport error contract: changes

        1 breaking change (1 acknowledged), 1 compatible change.

        ## Breaking changes

        | Key | Change | Acknowledged |
        |---|---|---|
        | `error-detail-changed` | The detail "Invalid nonce" changed to "The nonce could not be verified" | breaks = "2.0" |

        ## Compatible changes

        | Key | Change |
        |---|---|
        | `error-constant-renamed` | The constant of the error 400 "The nonce could not be verified" was renamed from INVALID_NONCE to THE_NONCE_COULD_NOT_BE_VERIFIED |
        """);
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new AssertionError("expected exactly one \"" + from + "\"");
    }
    return text.replace(from, to);
  }

  private static Compilation compile(String catalog, Path project) {
    return javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions("-Aerrorcontract.projectDir=" + project.toAbsolutePath())
        .compile(source(catalog));
  }

  private static JavaFileObject source(String catalog) {
    return JavaFileObjects.forSourceString("dev.errorcontract.examples.passport.PassportErrors", catalog);
  }
}
