package dev.errorcontract.examples.passport;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The Passport catalog is checked against the copy of its published page in {@code src/docs}: the real
 * declaration compiles cleanly, and the same declaration with one detail changed fails the build with a
 * diagnostic naming the row.
 */
class PublishedPageDriftTest {

  private static final Path CATALOG =
      Path.of("src/main/java/dev/errorcontract/examples/passport/PassportErrors.java");

  @Test
  void theCatalogAgreesWithThePublishedPage() throws IOException {
    assertThat(compile(Files.readString(CATALOG, StandardCharsets.UTF_8))).succeededWithoutWarnings();
  }

  @Test
  void changingADetailFailsTheBuildNamingTheRow() throws IOException {
    String source = Files.readString(CATALOG, StandardCharsets.UTF_8);
    String drifted = source.replace("detail = \"Invalid nonce\"", "detail = \"Invalid nonce.\"");
    if (drifted.equals(source)) {
      throw new AssertionError("the catalog no longer declares \"Invalid nonce\" as written here");
    }

    Compilation compilation = compile(drifted);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:published-page-cell-differs]")
        .inFile(source(drifted))
        .onLineContaining("detail = \"Invalid nonce.\"");
    assertThat(compilation).hadErrorContaining("\"Invalid nonce.\" in the catalog but \"Invalid nonce\"");
  }

  private static Compilation compile(String catalog) {
    return javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions("-Aerrorcontract.projectDir=" + Path.of("").toAbsolutePath())
        .compile(source(catalog));
  }

  private static JavaFileObject source(String catalog) {
    return JavaFileObjects.forSourceString("dev.errorcontract.examples.passport.PassportErrors", catalog);
  }
}
