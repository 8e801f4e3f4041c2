package dev.errorcontract.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcontract.processor.diagnostics.Sources.assertOneWarning;
import static dev.errorcontract.processor.diagnostics.Sources.compile;
import static dev.errorcontract.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Warnings: deliberate deviations from the norm, reported, generated anyway, and silenceable per key. */
class WarningTest {

  /** Signzy's published page really titles its 204 "Not Modified". */
  private static final String SIGNZY = """
      package test;
      import dev.errorcontract.catalog.*;
      @ErrorCatalog("Signzy")
      @Status(code = 204, title = "Not Modified", description = "Nothing changed")
      @Status(code = 400, title = "Bad Request", description = "Bad request")
      @Status(code = 500, title = "Internal Server Error", description = "Server error")
      @FieldBody("detail")
      %sinterface SignzyErrors {}
      """;

  @Test
  void nonstandardTitleWarns() {
    JavaFileObject file = source("SignzyErrors", SIGNZY.formatted(""));
    Compilation compilation = compile(file);
    assertOneWarning(compilation, Message.NONSTANDARD_TITLE, file, "\"Not Modified\"");
    assertThat(compilation).hadWarningContaining("\"No Content\"");
    assertThat(compilation).generatedSourceFile("test.SignzyStatus");
  }

  @Test
  void nonstandardTitleIsSilencedByItsKey() {
    JavaFileObject file =
        source("SignzyErrors", SIGNZY.formatted("@SuppressWarnings(\"error-contract:nonstandard-title\")\n"));
    Compilation compilation = compile(file);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void nonstandardTitleIsNotSilencedByAnotherKey() {
    JavaFileObject file =
        source("SignzyErrors", SIGNZY.formatted("@SuppressWarnings(\"error-contract:missing-description\")\n"));
    assertOneWarning(compile(file), Message.NONSTANDARD_TITLE, file, "\"Not Modified\"");
  }

  @Test
  void everyWarningIsSilencedByTheBareToolName() {
    JavaFileObject file = source("SignzyErrors", SIGNZY.formatted("@SuppressWarnings(\"error-contract\")\n"));
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void suppressionOnAnEnclosingTypeApplies() {
    JavaFileObject file = source("Outer", """
        package test;
        import dev.errorcontract.catalog.*;
        @SuppressWarnings("error-contract:nonstandard-title")
        class Outer {
          @ErrorCatalog("Signzy")
          @Status(code = 204, title = "Not Modified", description = "Nothing changed")
          @Status(code = 400, title = "Bad Request", description = "Bad request")
          @Status(code = 500, title = "Internal Server Error", description = "Server error")
          @FieldBody("detail")
          @SuppressWarnings("error-contract:status-answer-added")
          interface SignzyErrors {}
        }
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void errorsAreNeverSilenced() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 400, title = "Bad Request", description = "Again", constant = "AGAIN")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        @SuppressWarnings({"error-contract", "error-contract:status-duplicate", "error-contract:status-answer-added"})
        interface PassportErrors {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[error-contract:status-duplicate]");
  }

  @Test
  void missingDescriptionWarnsOnTheErrorRow() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid nonce")
        @FieldBody("detail")
        @SuppressWarnings("error-contract:status-answer-added")
        interface PassportErrors {}
        """);
    // description is left at its default, so the @ApiError row is the place.
    assertOneWarning(compile(file), Message.MISSING_DESCRIPTION, file, "@ApiError(status = 400");
  }

  @Test
  void missingDescriptionIsSilencedByItsKey() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid nonce")
        @FieldBody("detail")
        @SuppressWarnings({"error-contract:missing-description", "error-contract:status-answer-added"})
        interface PassportErrors {}
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void bareStatusRowsAreNotWarnedAbout() {
    // Pages that group error rows under a bare status code give it no title or description.
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, description = "")
        @Status(code = 500)
        @FieldBody("detail")
        @SuppressWarnings("error-contract:status-answer-added")
        interface PassportErrors {}
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void detailWithTrailingWhitespaceWarns() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid nonce ", description = "d")
        @FieldBody("detail")
        @SuppressWarnings("error-contract:status-answer-added")
        interface PassportErrors {}
        """);
    assertOneWarning(compile(file), Message.DETAIL_WHITESPACE, file, "\"Invalid nonce \"");
  }

  @Test
  void detailWhitespaceIsSilencedByItsKeyOnly() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid nonce ", description = "")
        @FieldBody("detail")
        @SuppressWarnings({"error-contract:detail-whitespace", "error-contract:status-answer-added"})
        interface PassportErrors {}
        """);
    assertOneWarning(compile(file), Message.MISSING_DESCRIPTION, file, "@ApiError(status = 400");
  }

  /**
   * Issue 24: a client-only catalog answers no condition, so {@code answers} on its row has no effect; said
   * where it is written, and silenced by its key on the row.
   */
  @Test
  void answersInAClientOnlyCatalogWarn() {
    JavaFileObject file = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog(value = "Shop", clientOnly = true)
        @Status(code = 404, title = "Not Found", description = "No such resource.")
        @ApiError(status = 404, detail = "No such route.", description = "d",
            answers = {Condition.UNKNOWN_PATH, Condition.STATUS})
        @FieldBody("detail")
        interface ShopErrors {}
        """);
    Compilation compilation = compile(file);
    assertOneWarning(compilation, Message.CLIENT_ONLY_ANSWERS, file, ".UNKNOWN_PATH");
    assertThat(compilation).hadWarningContaining("Error \"No such route.\" names answers ="
        + " {Condition.UNKNOWN_PATH, Condition.STATUS}, which has no effect: the catalog is client-only (clientOnly"
        + " = true), someone else's API, and nothing of it answers a status or condition of a server. Remove"
        + " answers, or clientOnly if the API is yours");
    JavaFileObject suppressed = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog(value = "Shop", clientOnly = true)
        @Status(code = 404, title = "Not Found", description = "No such resource.")
        @ApiError(status = 404, detail = "No such route.", description = "d",
            answers = Condition.UNKNOWN_PATH, suppress = "error-contract:client-only-answers")
        @FieldBody("detail")
        interface ShopErrors {}
        """);
    assertThat(compile(suppressed)).succeededWithoutWarnings();
  }
}
