package dev.errorcontract.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcontract.processor.diagnostics.Sources.assertError;
import static dev.errorcontract.processor.diagnostics.Sources.assertOneError;
import static dev.errorcontract.processor.diagnostics.Sources.compile;
import static dev.errorcontract.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One bad declaration per test, each asserting the one error it must cause: its key, file, line and
 * column. The marker string names the value that is to blame; its line and column are computed from the
 * source, so the tests fail when a problem is reported anywhere else.
 */
class ErroneousDeclarationTest {

  // Statuses.

  @Test
  void erroneousStatusCodeAbove599() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @Status(code = 600, title = "Odd", description = "Not HTTP")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.STATUS_RANGE, file, "600");
  }

  @Test
  void erroneousStatusCodeBelow100() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @Status(code = 99, title = "Odd", description = "Not HTTP")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.STATUS_RANGE, file, "99,");
  }

  @Test
  void erroneousStatusDeclaredTwice() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @Status(code = 400, title = "Bad Request", description = "Again", constant = "BAD_REQUEST_AGAIN")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.STATUS_DUPLICATE, file, "400, title = \"Bad Request\", description = \"Again\"");
  }

  @Test
  void erroneousBlankTitle() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = " ", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.TITLE_BLANK, file, "\" \"");
  }

  @Test
  void erroneousStatusNameNotAConstant() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request", constant = "badRequest")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.CONSTANT_NAME_INVALID, file, "\"badRequest\"");
  }

  @Test
  void erroneousStatusTitlesGivingOneConstant() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 422, title = "Bad request!", description = "Unprocessable")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        @SuppressWarnings("error-contract:nonstandard-title")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.CONSTANT_NAME_DUPLICATE, file, "\"Bad request!\"");
  }

  @Test
  void erroneousHeaderName() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 401, title = "Unauthorized", description = "No key",
                headers = @Header(name = "WWW Authenticate", value = "ApiKey"))
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.HEADER_INVALID, file, "\"WWW Authenticate\"");
  }

  @Test
  void erroneousHeaderValueWithLineBreak() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 401, title = "Unauthorized", description = "No key",
                headers = @Header(name = "WWW-Authenticate", value = "ApiKey\\r\\nX: y"))
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.HEADER_INVALID, file, "\"ApiKey");
  }

  // Error statuses.

  @Test
  void erroneousErrorStatusUndocumented() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 409, detail = "Already submitted", description = "Twice")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ERROR_STATUS_UNDOCUMENTED, file, "409");
  }

  @Test
  void erroneousErrorOnSuccessStatus() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 200, title = "OK", description = "Done")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 200, detail = "Partly done", description = "Half")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ERROR_STATUS_NOT_ERROR, file, "200, detail");
  }

  @Test
  void erroneousErrorOnUndocumentedRedirect() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 302, detail = "Moved", description = "Elsewhere")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ERROR_STATUS_NOT_ERROR, file, "302");
  }

  @Test
  void erroneousErrorOnNoContent() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 204, title = "No Content", description = "Nothing to say")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 204, detail = "Empty", description = "No body")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ERROR_STATUS_NO_BODY, file, "204, detail");
  }

  @Test
  void erroneousErrorOnNotModified() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 304, title = "Not Modified", description = "Cached")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 304, detail = "Unchanged", description = "Same")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ERROR_STATUS_NO_BODY, file, "304, detail");
  }

  @Test
  void erroneousErrorOnInformationalStatus() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 103, detail = "Hints", description = "Early")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ERROR_STATUS_NO_BODY, file, "103");
  }

  // Details.

  @Test
  void erroneousDuplicateDetail() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid nonce", description = "First")
        @ApiError(status = 400, detail = "Invalid nonce", description = "Second")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    // One error, not also a duplicate constant: the constant only repeats the repeated detail.
    assertOneError(compile(file), Message.DETAIL_DUPLICATE, file, "\"Invalid nonce\", description = \"Second\"");
  }

  @Test
  void erroneousBlankDetail() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "   ", description = "Nothing")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.DETAIL_BLANK, file, "\"   \"");
  }

  @Test
  void erroneousEmptyDetail() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "", description = "Nothing")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.DETAIL_BLANK, file, "\"\"");
  }

  @Test
  void erroneousDuplicateMachineCode() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid nonce", description = "d", code = "invalid")
        @ApiError(status = 400, detail = "Invalid limit", code = "invalid", description = "d2")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.CODE_DUPLICATE, file, "\"invalid\", description = \"d2\"");
  }

  @Test
  void erroneousBlankMachineCode() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid nonce", description = "d", code = " ")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.CODE_BLANK, file, "\" \"");
  }

  @Test
  void erroneousConstantNameNotUpperSnakeCase() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid nonce", description = "d", constant = "invalidNonce")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.CONSTANT_NAME_INVALID, file, "\"invalidNonce\"");
  }

  @Test
  void erroneousDetailWithoutWords() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "?!", description = "Puzzled")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.CONSTANT_NAME_INVALID, file, "\"?!\"");
  }

  @Test
  void erroneousDetailsGivingOneConstant() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid nonce", description = "d")
        @ApiError(status = 400, detail = "Invalid-nonce", description = "d")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.CONSTANT_NAME_DUPLICATE, file, "\"Invalid-nonce\"");
  }

  @Test
  void erroneousDetailGivingTheConstantOfAStatusTitle() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 500, detail = "Bad request", description = "Confusing")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    // The 400 status answers with its title as constant BAD_REQUEST; the row took that name first.
    assertOneError(compile(file), Message.CONSTANT_NAME_DUPLICATE, file, "\"Bad Request\", description = \"Bad request\"");
  }

  @Test
  void erroneousExceptionClassesCollide() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Limit 1 exceeded", description = "d", constant = "LIMIT_1")
        @ApiError(status = 400, detail = "Limit exceeded", description = "d", constant = "LIMIT1")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.EXCEPTION_NAME_COLLISION, file, "\"LIMIT1\"");
  }

  @Test
  void erroneousExceptionClassNamedLikeItsEnclosingClass() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 500, detail = "Passport exception", description = "Ours")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.EXCEPTION_NAME_COLLISION, file, "\"Passport exception\"");
  }

  @Test
  void erroneousExceptionClassHidingAJavaLangType() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "String", description = "Not a string")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.EXCEPTION_NAME_COLLISION, file, "\"String\"");
  }

  // Templates.

  @Test
  void erroneousPlaceholderWithoutArg() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid limit: {limit}", description = "d")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.PLACEHOLDER_WITHOUT_ARG, file, "\"Invalid limit: {limit}\"");
  }

  @Test
  void erroneousArgWithoutPlaceholder() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid limit", description = "d",
              args = @Arg(name = "limit", type = int.class))
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ARG_WITHOUT_PLACEHOLDER, file, "\"limit\"");
  }

  @Test
  void erroneousUnclosedBrace() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid limit: {limit", description = "d")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.TEMPLATE_MALFORMED, file, "\"Invalid limit: {limit\"");
  }

  @Test
  void erroneousUnmatchedClosingBrace() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid limit}", description = "d")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.TEMPLATE_MALFORMED, file, "\"Invalid limit}\"");
  }

  @Test
  void erroneousEmptyPlaceholder() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid JSON {}", description = "d")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.TEMPLATE_MALFORMED, file, "\"Invalid JSON {}\"");
  }

  @Test
  void erroneousArgTypeWithoutMeaningfulText() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid ids: {ids}", description = "d",
              args = @Arg(name = "ids", type = java.util.List.class))
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    // javac places a class literal at its '.class'.
    assertOneError(compile(file), Message.ARG_TYPE_UNSUPPORTED, file, ".class))");
  }

  @Test
  void erroneousArgTypeArray() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid ids: {ids}", description = "d",
              args = @Arg(name = "ids", type = int[].class))
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ARG_TYPE_UNSUPPORTED, file, ".class))");
  }

  @Test
  void erroneousArgNameKeyword() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid class", description = "d",
              args = @Arg(name = "class", type = String.class))
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ARG_NAME_INVALID, file, "\"class\"");
  }

  @Test
  void erroneousArgNameTakenByTheException() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid: {detail}", description = "d",
              args = @Arg(name = "detail", type = String.class))
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ARG_NAME_RESERVED, file, "\"detail\", type");
  }

  @Test
  void erroneousArgNamedCause() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Failed: {cause}", description = "d",
              args = @Arg(name = "cause", type = String.class))
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ARG_NAME_RESERVED, file, "\"cause\", type");
  }

  @Test
  void erroneousArgDeclaredTwice() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid limit: {limit}", description = "d",
              args = {@Arg(name = "limit", type = int.class), @Arg(name = "limit", type = long.class)})
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.ARG_DUPLICATE, file, "\"limit\", type = long");
  }

  // The catalog.

  @Test
  void erroneousBlankCatalogName() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.CATALOG_NAME_BLANK, file, "\"\"");
  }

  @Test
  void erroneousCatalogNameNotAnIdentifier() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Pass port")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.CATALOG_NAME_INVALID, file, "\"Pass port\"");
  }

  @Test
  void erroneousCatalogNameLowerCase() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.CATALOG_NAME_INVALID, file, "\"passport\"");
  }

  @Test
  void erroneousCatalogNameTakenByAUserType() {
    JavaFileObject user = source("PassportError", """
        package test;
        public class PassportError {}
        """);
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(user, file), Message.TYPE_NAME_COLLISION, file, "\"Passport\"");
  }

  @Test
  void erroneousTwoCatalogsWithOneName() {
    JavaFileObject first = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    JavaFileObject second = source("VisaErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface VisaErrors {}
        """);
    assertOneError(compile(first, second), Message.CATALOG_NAME_DUPLICATE, second, "\"Passport\"");
  }

  @Test
  void erroneousCatalogOnEnum() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        enum PassportErrors {}
        """);
    assertOneError(compile(file), Message.CATALOG_TARGET, file, "@ErrorCatalog");
  }

  @Test
  void erroneousCatalogOnAnnotationType() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        @interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.CATALOG_TARGET, file, "@ErrorCatalog");
  }

  @Test
  void erroneousCatalogStackTraceDefault() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog(value = "Passport", stackTraces = StackTraces.CATALOG_DEFAULT)
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    // javac places a qualified constant at its last '.'.
    assertOneError(compile(file), Message.STACK_TRACE_SETTING, file, ".CATALOG_DEFAULT");
  }

  @Test
  void erroneousUnresolvedArgType() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 400, detail = "Invalid when: {when}", description = "d",
              args = @Arg(name = "when", type = Instant.class))
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    Compilation compilation = compile(file);
    // javac's own "cannot find symbol", and ours on the same value saying nothing is generated.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertError(compilation, Message.VALUE_UNRESOLVED, file, ".class))");
  }

  @Test
  void erroneousUnresolvedConstant() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody(DETAIL_FIELD)
        interface PassportErrors {}
        """);
    Compilation compilation = compile(file);
    // No nonstandard-title warning about the catalog either: it is not checked on javac's placeholder.
    // (A row of repeated annotations with such a value stops javac before any processor runs.)
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadWarningCount(0);
    assertError(compilation, Message.VALUE_UNRESOLVED, file, "DETAIL_FIELD");
  }

  // Bodies.

  @Test
  void erroneousBodyMissing() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.BODY_MISSING, file, "@ErrorCatalog");
  }

  @Test
  void erroneousTwoBodies() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        @ProblemBody
        interface PassportErrors {}
        """);
    Compilation compilation = compile(file);
    // One on each body annotation: either may be the one to remove.
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, Message.BODY_CONFLICT, file, "@FieldBody");
    assertError(compilation, Message.BODY_CONFLICT, file, "@ProblemBody");
  }

  @Test
  void erroneousBodyWithoutCatalog() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.BODY_WITHOUT_CATALOG, file, "@FieldBody");
  }

  @Test
  void erroneousBlankBodyField() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody(" ")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.FIELD_NAME_BLANK, file, "\" \"");
  }

  @Test
  void erroneousProblemTypeNotAUriReference() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ProblemBody(type = "https://example.com/problems/bad request")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.PROBLEM_TYPE_INVALID, file, "\"https://");
  }

  @Test
  void erroneousProblemTypeBlank() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ProblemBody(type = "")
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.PROBLEM_TYPE_INVALID, file, "\"\"");
  }

  @Test
  void erroneousExtensionNamedLikeAStandardMember() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ProblemBody(extensions = @Member(name = "status", value = CatalogValue.STATUS))
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.MEMBER_NAME_RESERVED, file, "\"status\"");
  }

  @Test
  void erroneousExtensionDeclaredTwice() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ProblemBody(extensions = {
            @Member(name = "code", value = CatalogValue.CODE),
            @Member(name = "code", constant = "none")})
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.MEMBER_NAME_DUPLICATE, file, "\"code\", constant");
  }

  @Test
  void erroneousExtensionBlankName() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ProblemBody(extensions = @Member(name = "", value = CatalogValue.CODE))
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.MEMBER_NAME_BLANK, file, "\"\"");
  }

  @Test
  void erroneousExtensionConstantIgnored() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ProblemBody(extensions = @Member(name = "code", value = CatalogValue.CODE, constant = "none"))
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.BIND_CONSTANT_IGNORED, file, "\"none\"");
  }

  @Test
  void erroneousRecordBodyNotARecord() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @RecordBody(Record.class)
        interface PassportErrors {}
        """);
    assertOneError(compile(file), Message.RECORD_BODY_TYPE, file, ".class)");
  }

  @Test
  void erroneousRecordComponentUnbound() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @RecordBody(PassportErrors.Body.class)
        interface PassportErrors {
          record Body(
              @Bind(CatalogValue.DETAIL) String message,
              String hint) {}
        }
        """);
    // A record component has no position in javac; its field, declared by the same text, has one.
    assertOneError(compile(file), Message.RECORD_COMPONENT_UNBOUND, file, "hint) {}");
  }

  @Test
  void erroneousRecordValueBoundTwice() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @RecordBody(PassportErrors.Body.class)
        interface PassportErrors {
          record Body(
              @Bind(CatalogValue.DETAIL) String message,
              @Bind(CatalogValue.DETAIL) String again) {}
        }
        """);
    assertOneError(compile(file), Message.RECORD_VALUE_BOUND_TWICE, file, "again) {}");
  }

  @Test
  void erroneousRecordComponentNestedAndBound() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @RecordBody(PassportErrors.Body.class)
        interface PassportErrors {
          record Body(@Bind(CatalogValue.DETAIL) Inner inner) {}
          record Inner(@Bind(CatalogValue.DETAIL) String message) {}
        }
        """);
    assertOneError(compile(file), Message.RECORD_COMPONENT_BOUND_TWICE, file, "inner) {}");
  }

  @Test
  void erroneousRecordComponentType() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @RecordBody(PassportErrors.Body.class)
        interface PassportErrors {
          record Body(
              @Bind(CatalogValue.DETAIL) String message,
              @Bind(CatalogValue.STATUS) String status) {}
        }
        """);
    assertOneError(compile(file), Message.RECORD_COMPONENT_TYPE, file, "status) {}");
  }

  @Test
  void erroneousRecordConstantNotANumber() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @RecordBody(PassportErrors.Body.class)
        interface PassportErrors {
          record Body(
              @Bind(CatalogValue.DETAIL) String message,
              @Bind(constant = "two") int version) {}
        }
        """);
    assertOneError(compile(file), Message.RECORD_CONSTANT_INVALID, file, "version) {}");
  }

  @Test
  void erroneousRecordContainingItself() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @RecordBody(PassportErrors.Body.class)
        interface PassportErrors {
          record Body(
              @Bind(CatalogValue.DETAIL) String message,
              Body cause) {}
        }
        """);
    assertOneError(compile(file), Message.RECORD_CYCLE, file, "cause) {}");
  }

  @Test
  void erroneousRecordComponentOfMissingType() {
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @RecordBody(PassportErrors.Body.class)
        interface PassportErrors {
          record Body(
              @Bind(CatalogValue.DETAIL) String message,
              Missing extra) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertError(compilation, Message.VALUE_UNRESOLVED, file, "extra) {}");
  }
}
