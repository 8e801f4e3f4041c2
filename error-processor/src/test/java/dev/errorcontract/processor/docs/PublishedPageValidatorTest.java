package dev.errorcontract.processor.docs;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift check: a catalog and the published page it names must agree row for row, cell for cell. */
class PublishedPageValidatorTest {

  private static final String PAGE = "@PublishedPage(\"src/docs/errors.md\")";

  @TempDir Path project;

  @Test
  void passportAgreesWithItsPublishedPage() {
    page("passport-errors.md");
    Compilation compilation = DocsCompiler.compile(project, Catalogs.source(Catalogs.PASSPORT, PAGE));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/Passport.md")
        .isPresent());
  }

  @Test
  void signzyAgreesWithItsPublishedPage() {
    page("signzy-errors.md");
    assertThat(DocsCompiler.compile(project, Catalogs.source(Catalogs.SIGNZY, PAGE))).succeededWithoutWarnings();
  }

  @Test
  void changedDetailFailsNamingTheRow() {
    String page = page("passport-errors.md");
    JavaFileObject source = Catalogs.source(
        Catalogs.PASSPORT.replace("detail = \"Invalid nonce\"", "detail = \"Invalid nonce value\""), PAGE);
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:published-page-cell-differs] The error row \"Invalid nonce value\""
            + " (status 400): the Error Detail column is \"Invalid nonce value\" in the catalog but \"Invalid nonce\""
            + " on the published page src/docs/errors.md (line " + line(page, "| Invalid nonce ") + ")")
        .inFile(source)
        .onLineContaining("detail = \"Invalid nonce value\"");
  }

  @Test
  void changedStatusTitleFailsOnTheTitle() {
    page("passport-errors.md");
    JavaFileObject source = Catalogs.source(
        Catalogs.PASSPORT.replace("title = \"Not found\"", "title = \"Not Found\""), PAGE);
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("The status row 404: the Title column is \"Not Found\" in the catalog but \"Not found\"")
        .inFile(source)
        .onLineContaining("title = \"Not Found\"");
  }

  @Test
  void innerWhitespaceIsNotForgiven() {
    String page = page("passport-errors.md");
    write(page.replace("| Invalid nonce      ", "| Invalid  nonce     "));
    Compilation compilation = DocsCompiler.compile(project, Catalogs.source(Catalogs.PASSPORT, PAGE));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("\"Invalid nonce\" in the catalog but \"Invalid  nonce\"");
  }

  @Test
  void rowMissingFromThePage() {
    String page = page("passport-errors.md");
    write(page.lines().filter(l -> !l.startsWith("| Invalid limit ")).reduce("", (a, b) -> a + b + "\n"));
    JavaFileObject source = Catalogs.source(Catalogs.PASSPORT, PAGE);
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:published-page-row-missing] The error row \"Invalid limit\" (status 400)"
            + " is declared in the catalog, but the error table of the published page src/docs/errors.md has no"
            + " such row")
        .inFile(source)
        .onLineContaining("detail = \"Invalid limit\"");
  }

  @Test
  void rowMissingFromTheCatalog() {
    page("passport-errors.md");
    JavaFileObject source = Catalogs.source(Catalogs.PASSPORT.replace(
        "@Status(code = 429, title = \"Too Many Requests\", description = \"The rate limit was exceeded.\")\n", ""),
        PAGE);
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:published-page-row-extra] The status table of the published page"
            + " src/docs/errors.md has the row | 429 | Too Many Requests | The rate limit was exceeded. |")
        .inFile(source)
        .onLineContaining(PAGE);
    assertThat(compilation).hadErrorContaining(
        "@Status(code = 429, title = \"Too Many Requests\", description = \"The rate limit was exceeded.\")");
  }

  @Test
  void rowsInAnotherOrder() {
    String page = page("passport-errors.md");
    String nonce = page.lines().filter(l -> l.startsWith("| Invalid nonce ")).findFirst().orElseThrow();
    String address = page.lines().filter(l -> l.startsWith("| Address ")).findFirst().orElseThrow();
    write(page.replace(nonce, "@@").replace(address, nonce).replace("@@", address));
    JavaFileObject source = Catalogs.source(Catalogs.PASSPORT, PAGE);
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[error-contract:published-page-row-order]");
    assertThat(compilation).hadErrorContaining("row 1 of the error table in the catalog but row 2");
  }

  @Test
  void pageWithoutAnErrorTable() {
    String page = page("passport-errors.md");
    write(page.replace("| Error Detail ", "| Error Details"));
    Compilation compilation = DocsCompiler.compile(project, Catalogs.source(Catalogs.PASSPORT, PAGE));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        "[error-contract:published-page-table-missing] The published page src/docs/errors.md has no error table"
            + " (a Markdown table with the header | Error Detail | Description |), but the catalog declares 6 error"
            + " rows");
  }

  @Test
  void missingPageFile() {
    JavaFileObject source = Catalogs.source(Catalogs.PASSPORT, PAGE);
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:published-page-not-found] The published page \"src/docs/errors.md\""
            + " does not exist: there is no file " + project.resolve("src/docs/errors.md"))
        .inFile(source)
        .onLineContaining(PAGE);
  }

  @Test
  void unknownProjectDirectory() {
    // compile-testing's class output is in memory, so without the option there is no directory to go by.
    Compilation compilation = DocsCompiler.compile(null, Catalogs.source(Catalogs.PASSPORT, PAGE));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[error-contract:published-page-project-unknown]");
    assertThat(compilation).hadErrorContaining("-Aerrorcontract.projectDir=");
  }

  @Test
  void blankPath() {
    Compilation compilation =
        DocsCompiler.compile(project, Catalogs.source(Catalogs.PASSPORT, "@PublishedPage(\" \")"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[error-contract:published-page-path-blank]");
  }

  @Test
  void pageWithoutCatalog() {
    JavaFileObject source = com.google.testing.compile.JavaFileObjects.forSourceString("com.example.Lonely", """
        package com.example;

        @dev.errorcontract.catalog.PublishedPage("src/docs/errors.md")
        interface Lonely {}
        """);
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:published-page-without-catalog]")
        .inFile(source)
        .onLineContaining("@dev.errorcontract.catalog.PublishedPage");
  }

  @Test
  void pageThatIsADirectory() throws IOException {
    Files.createDirectories(project.resolve("src/docs"));
    JavaFileObject source = Catalogs.source(Catalogs.PASSPORT, "@PublishedPage(\"src/docs\")");
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:published-page-directory] The published page \"src/docs\" is the"
            + " directory")
        .inFile(source)
        .onLineContaining("@PublishedPage(\"src/docs\")");
    assertThat(compilation).hadErrorContaining("such as \"src/docs/errors.md\"");
  }

  /** A page laid out like Stripe's: its own columns, a multi-code row, attributes. */
  private static final String STORE = """
      package com.example.store;

      import dev.errorcontract.catalog.*;

      @ErrorCatalog(value = "Store", attributes = "type")
      @Status(code = 400, title = "Bad Request", description = "The request was unacceptable | malformed.",
          attributes = @Attribute(name = "type", value = "invalid_request_error"))
      @Status(code = {500, 502, 503, 504}, title = "Server Errors", description = "Something went wrong.\\nRetry.",
          attributes = @Attribute(name = "type", value = "api_error"))
      @Status(range = "4XX", title = "Client Errors")
      @ApiError(status = 400, detail = "Missing a | b", code = "missing", description = "Give a or b.")
      @ApiError(status = 402, detail = "Declined.", code = "card_declined", description = "Declined.",
          attributes = @Attribute(name = "type", value = "card_error"))
      @FieldBody(value = "message", members = @Member(name = "type", attribute = "type"))
      @PublishedPage(value = "src/docs/errors.md",
          statusColumns = {@Column(header = "Status", value = Column.Cell.STATUS),
              @Column(header = "Meaning", value = Column.Cell.TITLE),
              @Column(header = "Notes", value = Column.Cell.DESCRIPTION)},
          errorColumns = {@Column(header = "Status", value = Column.Cell.STATUS),
              @Column(header = "Code", value = Column.Cell.CODE),
              @Column(header = "Type", value = Column.Cell.ATTRIBUTE, attribute = "type"),
              @Column(header = "Message", value = Column.Cell.DETAIL)})
      @SuppressWarnings("error-contract:status-answer-added")
      public interface StoreErrors {}
      """;

  private static final String STORE_PAGE = """
      # Errors

      | Status | Meaning | Notes |
      |---|---|---|
      | 400 | Bad Request | The request was unacceptable \\| malformed. |
      | 500, 502, 503, 504 | Server Errors | Something went wrong.<br>Retry. |
      | 4XX | Client Errors | |

      | Status | Code | Type | Message |
      | --- | --- | --- | --- |
      | 400 | missing | invalid_request_error | Missing a \\| b |
      | 402 | card_declined | card_error | Declined. |
      """;

  @Test
  void aPageWithItsOwnColumnsAgreesCellByCellInCellForm() {
    write(STORE_PAGE);
    JavaFileObject source = com.google.testing.compile.JavaFileObjects.forSourceString(
        "com.example.store.StoreErrors", STORE);
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).succeededWithoutWarnings();
    // The generated page is the published one's layout: the drift check accepts it as it is.
    write(DocsCompiler.text(compilation, "Store.md"));
    assertThat(DocsCompiler.compile(project, source)).succeededWithoutWarnings();
  }

  @Test
  void rawTextIsNotTheCellForm() {
    // A pipe left unescaped splits the cell; a line break written as a space is another text.
    write(STORE_PAGE.replace("unacceptable \\| malformed.", "unacceptable | malformed.")
        .replace("went wrong.<br>Retry.", "went wrong. Retry."));
    JavaFileObject source = com.google.testing.compile.JavaFileObjects.forSourceString(
        "com.example.store.StoreErrors", STORE);
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("The status row 400: the Notes column is \"The request was unacceptable \\| malformed.\""
            + " in the catalog but \"The request was unacceptable\"")
        .inFile(source)
        .onLineContaining("unacceptable | malformed.");
    assertThat(compilation)
        .hadErrorContaining("The status row 500, 502, 503, 504: the Notes column is \"Something went wrong.<br>Retry.\""
            + " in the catalog but \"Something went wrong. Retry.\"");
  }

  @Test
  void aChangedAttributeCellNamesItsColumn() {
    write(STORE_PAGE.replace("| card_error |", "| card_failure |"));
    JavaFileObject source = com.google.testing.compile.JavaFileObjects.forSourceString(
        "com.example.store.StoreErrors", STORE);
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:published-page-cell-differs] The error row \"Declined.\" (status 402):"
            + " the Type column is \"card_error\" in the catalog but \"card_failure\"")
        .inFile(source)
        .onLineContaining("@Attribute(name = \"type\", value = \"card_error\")");
  }

  @Test
  void aPageWithoutTheDeclaredHeaderHasNoSuchTable() {
    write(STORE_PAGE.replace("| Status | Code | Type | Message |", "| Status | Code | Kind | Message |"));
    JavaFileObject source = com.google.testing.compile.JavaFileObjects.forSourceString(
        "com.example.store.StoreErrors", STORE);
    Compilation compilation = DocsCompiler.compile(project, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[error-contract:published-page-table-missing] The published page"
        + " src/docs/errors.md has no error table (a Markdown table with the header | Status | Code | Type | Message |)");
  }

  /**
   * A real javac run writing class files to {@code <project>/target/classes} with no option: the project
   * directory is found from the class output and the {@code pom.xml} above it, as in a Maven build.
   */
  @Test
  void projectDirectoryFoundFromTheClassOutput() throws IOException {
    String page = page("passport-errors.md");
    Files.writeString(project.resolve("pom.xml"), "<project/>\n");
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    Path sourceFile = project.resolve("src/main/java/com/example/passport/PassportErrors.java");
    Files.createDirectories(sourceFile.getParent());
    Files.writeString(sourceFile, Catalogs.PASSPORT.replace("//PAGE", PAGE));

    assertEquals(List.of(), javac(classes, sourceFile));
    assertTrue(Files.isRegularFile(classes.resolve("META-INF/error-contract/Passport.md")));

    write(page.replace("| Invalid nonce      ", "| Invalid nonces     "));
    List<String> errors = javac(classes, sourceFile);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("the Error Detail column is \"Invalid nonce\" in the catalog but"
        + " \"Invalid nonces\""), errors.get(0));
  }

  private static List<String> javac(Path classes, Path source) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics,
          List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:only"),
          null, files.getJavaFileObjects(source));
      task.setProcessors(List.of(new ErrorCatalogProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null))
        .toList();
  }

  /** Copies a published page of the test resources to {@code src/docs/errors.md}; returns its text. */
  private String page(String resource) {
    String text = DocsCompiler.testResource(resource);
    write(text);
    return text;
  }

  private void write(String text) {
    DocsCompiler.write(project, "src/docs/errors.md", text);
  }

  private static int line(String text, String start) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError(start);
  }
}
