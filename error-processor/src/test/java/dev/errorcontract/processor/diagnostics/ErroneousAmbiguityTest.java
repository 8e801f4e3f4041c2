package dev.errorcontract.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcontract.processor.diagnostics.Sources.assertError;
import static dev.errorcontract.processor.diagnostics.Sources.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: two errors of one status whose bodies a client could not tell apart are an error at both
 * rows' detail; rows kept apart by literal text, argument types, machine codes or statuses are fine.
 */
class ErroneousAmbiguityTest {

  @Test
  void erroneousTwoTemplatesThatCanRenderTheSameText() {
    JavaFileObject file = ErroneousRowsTest.shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 500)
        @ApiError(status = 400, detail = "Invalid {field}", description = "d",
            args = @Arg(name = "field", type = String.class))
        @ApiError(status = 400, detail = "Invalid {field} value", description = "d",
            args = @Arg(name = "field", type = String.class))
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, Message.DETAIL_AMBIGUOUS, file, "\"Invalid {field}\"");
    assertError(compilation, Message.DETAIL_AMBIGUOUS, file, "\"Invalid {field} value\"");
    assertThat(compilation).hadErrorContaining("[error-contract:detail-ambiguous] Status 400: the detail"
        + " \"Invalid {field}\" and the detail \"Invalid {field} value\" can both be \"Invalid  value\" in bodies"
        + " that are otherwise the same, so a client decoding the answer could not tell which error it is."
        + " Make the literal text of the details differ, give the rows different machine codes, or declare them"
        + " under different statuses");
  }

  @Test
  void erroneousTemplateThatCanRenderAConstantDetail() {
    JavaFileObject file = ErroneousRowsTest.shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 500)
        @ApiError(status = 400, detail = "Invalid nonce", description = "d")
        @ApiError(status = 400, detail = "Invalid {what}", description = "d",
            args = @Arg(name = "what", type = String.class))
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, Message.DETAIL_AMBIGUOUS, file, "\"Invalid nonce\"");
    assertError(compilation, Message.DETAIL_AMBIGUOUS, file, "\"Invalid {what}\"");
    assertThat(compilation).hadErrorContaining("can both be \"Invalid nonce\"");
  }

  @Test
  void erroneousTemplateThatCanRenderTheStatusTitleTheLibraryAnswersWith() {
    JavaFileObject file = ErroneousRowsTest.shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 500)
        @ApiError(status = 400, detail = "Bad {what}", description = "d",
            args = @Arg(name = "what", type = String.class))
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, Message.DETAIL_AMBIGUOUS, file, "\"Bad {what}\"");
    assertThat(compilation).hadErrorContaining("Status 400: the detail \"Bad {what}\" and the answer the library"
        + " adds for the status, \"Bad Request\", can both be \"Bad Request\"");
  }

  @Test
  void rowsToldApartByTextTypesCodesOrStatusesAreFine() {
    JavaFileObject file = ErroneousRowsTest.shop("""
        @ErrorCatalog("Shop")
        @SuppressWarnings("error-contract:status-answer-added")
        @Status(code = 400)
        @Status(code = 404)
        @Status(code = 500)
        @ApiError(status = 400, detail = "Invalid limit: {limit}", description = "d",
            args = @Arg(name = "limit", type = int.class))
        @ApiError(status = 400, detail = "Invalid limit: none", description = "d")
        @ApiError(status = 400, detail = "Missing {param}", code = "missing", description = "d",
            args = @Arg(name = "param", type = String.class))
        @ApiError(status = 400, detail = "Missing nonce", code = "missing_nonce", description = "d")
        @ApiError(status = 404, detail = "Invalid {field}", description = "d",
            args = @Arg(name = "field", type = String.class))
        @FieldBody(value = "detail", members = @Member(name = "code", value = CatalogValue.CODE))
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void erroneousTemplateStartingWithAPlaceholderThatCanRenderAConstantDetail() {
    JavaFileObject file = ErroneousRowsTest.shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 500)
        @ApiError(status = 400, detail = "{what} is missing", description = "d",
            args = @Arg(name = "what", type = String.class))
        @ApiError(status = 400, detail = "Passport is missing", description = "d")
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, Message.DETAIL_AMBIGUOUS, file, "\"{what} is missing\"");
    assertError(compilation, Message.DETAIL_AMBIGUOUS, file, "\"Passport is missing\"");
    assertThat(compilation).hadErrorContaining("can both be \"Passport is missing\"");
  }

  @Test
  void templatesWhoseLiteralBeginningsOrEndsDifferAreFine() {
    JavaFileObject file = ErroneousRowsTest.shop("""
        @ErrorCatalog("Shop")
        @SuppressWarnings("error-contract:status-answer-added")
        @Status(code = 400)
        @Status(code = 500)
        @ApiError(status = 400, detail = "{count} items missing", description = "d",
            args = @Arg(name = "count", type = String.class))
        @ApiError(status = 400, detail = "{count} items too many", description = "d",
            args = @Arg(name = "count", type = String.class))
        @ApiError(status = 400, detail = "Item {item} failed check 3", description = "d",
            args = @Arg(name = "item", type = String.class))
        @ApiError(status = 400, detail = "Item {item} failed check 7", description = "d",
            args = @Arg(name = "item", type = String.class))
        @ApiError(status = 400, detail = "Check 4 failed", description = "d")
        @FieldBody("detail")
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }
}
