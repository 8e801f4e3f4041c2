package dev.errorcontract.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcontract.processor.diagnostics.Sources.assertError;
import static dev.errorcontract.processor.diagnostics.Sources.assertOneError;
import static dev.errorcontract.processor.diagnostics.Sources.assertOneWarning;
import static dev.errorcontract.processor.diagnostics.Sources.compile;
import static dev.errorcontract.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The v2 declaration's rows: status rows with lists and ranges, error rows, attributes, conditions and
 * per-row suppression. One bad declaration per test, asserting its one error: key, file, line, column.
 */
class ErroneousRowsTest {

  /** A catalog of package {@code test} named Shop: {@code declaration} holds its annotations. */
  static JavaFileObject shop(String declaration) {
    return source("ShopErrors", "package test;\nimport dev.errorcontract.catalog.*;\n" + declaration
        + (declaration.contains("ShopErrors {") ? "" : "interface ShopErrors {}\n"));
  }

  // Rows on a type without @ErrorCatalog.

  @Test
  void erroneousStatusRowWithoutCatalog() {
    JavaFileObject file = shop("""
        @Status(code = 404)
        """);
    assertOneError(compile(file), Message.ROW_WITHOUT_CATALOG, file, "@Status");
  }

  @Test
  void erroneousRepeatedErrorRowsWithoutCatalogAreOneError() {
    JavaFileObject file = shop("""
        @ApiError(status = 400, detail = "One", description = "d")
        @ApiError(status = 400, detail = "Two", description = "d")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.ROW_WITHOUT_CATALOG, file, "@ApiError(status = 400, detail = \"One\"");
    assertThat(compilation).hadErrorContaining("@ApiError is a row of an error catalog's published table, but"
        + " ShopErrors has no @ErrorCatalog");
  }

  // Status rows: codes and ranges.

  @Test
  void erroneousStatusRowWithoutCode() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(title = "Oops")
        @Status(code = 500)
        @FieldBody("detail")
        """);
    assertOneError(compile(file), Message.STATUS_CODE_MISSING, file, "@Status(title = \"Oops\")");
  }

  @Test
  void erroneousStatusRowWithCodeAndRange() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 500, range = "5XX")
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.STATUS_CODE_AND_RANGE, file, "\"5XX\"");
    assertThat(compilation).hadErrorContaining("both codes (500) and a range (\"5XX\")");
  }

  @Test
  void erroneousRangeOfSuccessCodes() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 500)
        @Status(range = "2XX", title = "Fine")
        @FieldBody("detail")
        """);
    assertOneError(compile(file), Message.STATUS_RANGE_INVALID, file, "\"2XX\"");
  }

  @Test
  void erroneousRangeWrittenAsPrefix() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(range = "5**", title = "Server")
        @FieldBody("detail")
        """);
    // The range covers nothing, so nothing answers server conditions either: one error, for the range only.
    assertOneError(compile(file), Message.STATUS_RANGE_INVALID, file, "\"5**\"");
  }

  @Test
  void erroneousRangeCoveringNoCode() {
    String everyServerCode = IntStream.range(500, 600).mapToObj(Integer::toString).collect(Collectors.joining(", "));
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = {%s}, title = "Server")
        @Status(range = "5XX", title = "Leftovers")
        @FieldBody("detail")
        """.formatted(everyServerCode));
    assertOneError(compile(file), Message.STATUS_RANGE_EMPTY, file, "\"5XX\"");
  }

  @Test
  void erroneousCodeCoveredByTwoRows() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = {500, 502, 503}, title = "Server Errors")
        @Status(code = 502, title = "Bad Gateway")
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.STATUS_DUPLICATE, file, "502, title = \"Bad Gateway\"");
    assertThat(compilation).hadErrorContaining("Status 502 is covered by two rows: 500, 502, 503 and 502.");
  }

  @Test
  void erroneousCodeListedTwiceInOneRow() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = {500, 500}, title = "Server Errors")
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.STATUS_DUPLICATE, file, "500}");
    // Not "two rows": one row lists it twice.
    assertThat(compilation).hadErrorContaining("Status 500 is covered twice by this row.");
  }

  @Test
  void erroneousRangeDeclaredTwice() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(range = "5XX", title = "Server Errors")
        @Status(range = "5xx", title = "More Server Errors")
        @FieldBody("detail")
        """);
    assertOneError(compile(file), Message.STATUS_DUPLICATE, file, "\"5xx\"");
  }

  @Test
  void erroneousUnregisteredCodeWithoutTitle() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 499)
        @Status(code = 500)
        @FieldBody("detail")
        """);
    assertOneError(compile(file), Message.TITLE_REQUIRED, file, "@Status(code = 499)");
  }

  @Test
  void erroneousStatusTitleLikeATemplate() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 409, title = "Conflict on {id}", suppress = "error-contract:nonstandard-title")
        @Status(code = 500)
        @FieldBody("detail")
        """);
    assertOneError(compile(file), Message.TITLE_TEMPLATE, file, "\"Conflict on {id}\"");
  }

  @Test
  void statusTitleWithBracesIsFineWhenARowAnswersTheStatus() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 409, title = "Conflict {sic}", suppress = "error-contract:nonstandard-title")
        @Status(code = 500)
        @ApiError(status = 409, detail = "Already exists.", description = "d", answers = Condition.STATUS)
        @FieldBody("detail")
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  // Headers.

  @Test
  void erroneousHeaderRepeatedIgnoringCase() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 429, headers = {@Header(name = "Retry-After", value = "1"),
            @Header(name = "retry-after", value = "2")})
        @Status(code = 500)
        @FieldBody("detail")
        """);
    assertOneError(compile(file), Message.HEADER_DUPLICATE, file, "\"retry-after\"");
  }

  @Test
  void erroneousContentTypeDeclaredAsAHeader() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400, headers = @Header(name = "Content-Type", value = "text/plain"))
        @Status(code = 500)
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.HEADER_RESERVED, file, "\"Content-Type\"");
    assertThat(compilation).hadErrorContaining("its body annotation's mediaType");
  }

  @Test
  void erroneousContentLengthDeclaredAsAHeader() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400, headers = @Header(name = "content-length", value = "0"))
        @Status(code = 500)
        @FieldBody("detail")
        """);
    assertOneError(compile(file), Message.HEADER_RESERVED, file, "\"content-length\"");
  }

  @Test
  void erroneousTransferEncodingDeclaredAsAHeader() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 500, headers = @Header(name = "Transfer-Encoding", value = "chunked"))
        @FieldBody("detail")
        """);
    assertOneError(compile(file), Message.HEADER_RESERVED, file, "\"Transfer-Encoding\"");
  }

  @Test
  void erroneousHeaderValueWithNonAscii() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 401, headers = @Header(name = "WWW-Authenticate", value = "Bearer realm=\\"Zürich\\""))
        @Status(code = 500)
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.HEADER_INVALID, file, "\"Bearer");
    assertThat(compilation).hadErrorContaining("non-ASCII character U+00FC");
  }

  @Test
  void erroneousHeaderValueWithControlCharacter() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 401, headers = @Header(name = "WWW-Authenticate", value = "Bearer\\u0007"))
        @Status(code = 500)
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.HEADER_INVALID, file, "\"Bearer");
    assertThat(compilation).hadErrorContaining("control character U+0007");
  }

  // Attributes.

  @Test
  void erroneousAttributeNotDeclaredOnAnErrorRow() {
    JavaFileObject file = shop("""
        @ErrorCatalog(value = "Shop", attributes = "type")
        @Status(code = 400)
        @Status(code = 500)
        @ApiError(status = 400, detail = "Bad card.", description = "d",
            attributes = @Attribute(name = "kind", value = "card_error"))
        @FieldBody(value = "detail", members = @Member(name = "type", attribute = "type"))
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.ATTRIBUTE_UNDECLARED, file, "\"kind\"");
    assertThat(compilation).hadErrorContaining("Error \"Bad card.\" names the attribute \"kind\", which the catalog"
        + " does not declare (it declares \"type\")");
  }

  @Test
  void erroneousAttributeNotDeclaredOnAStatusRow() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400, attributes = @Attribute(name = "type", value = "invalid_request_error"))
        @Status(code = 500)
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.ATTRIBUTE_UNDECLARED, file, "\"type\"");
    assertThat(compilation).hadErrorContaining("(it declares none)");
  }

  @Test
  void erroneousAttributeGivenTwiceOnARow() {
    JavaFileObject file = shop("""
        @ErrorCatalog(value = "Shop", attributes = "type")
        @Status(code = 400)
        @Status(code = 500)
        @ApiError(status = 400, detail = "Bad card.", description = "d", attributes = {
            @Attribute(name = "type", value = "a"),
            @Attribute(name = "type", value = "b")})
        @FieldBody(value = "detail", members = @Member(name = "type", attribute = "type"))
        """);
    assertOneError(compile(file), Message.ATTRIBUTE_GIVEN_TWICE, file, "\"type\", value = \"b\"");
  }

  @Test
  void erroneousAttributeDeclaredTwice() {
    JavaFileObject file = shop("""
        @ErrorCatalog(value = "Shop", attributes = {"type", "type"})
        @Status(code = 400)
        @Status(code = 500)
        @FieldBody(value = "detail", members = @Member(name = "type", attribute = "type"))
        """);
    assertOneError(compile(file), Message.ATTRIBUTE_DUPLICATE, file, "\"type\"}");
  }

  @Test
  void erroneousAttributeNameWithSpaces() {
    JavaFileObject file = shop("""
        @ErrorCatalog(value = "Shop", attributes = " type")
        @Status(code = 400)
        @Status(code = 500)
        @FieldBody("detail")
        """);
    assertOneError(compile(file), Message.ATTRIBUTE_NAME_INVALID, file, "\" type\"");
  }

  @Test
  void erroneousAttributeNameWithAnInvisibleCharacter() {
    JavaFileObject file = shop("""
        @ErrorCatalog(value = "Shop", attributes = "ty\\u200Bpe")
        @Status(code = 400)
        @Status(code = 500)
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.ATTRIBUTE_NAME_INVALID, file, "\"ty");
    // Shown with the invisible character spelt out, so the reader sees what is wrong.
    assertThat(compilation).hadErrorContaining("\"ty\\u200Bpe\"");
  }

  @Test
  void attributeNoMemberHoldsWarns() {
    JavaFileObject file = shop("""
        @ErrorCatalog(value = "Shop", attributes = "doc_url")
        @Status(code = 400)
        @Status(code = 500)
        @FieldBody("detail")
        """);
    assertOneWarning(compile(file), Message.ATTRIBUTE_UNUSED, file, "\"doc_url\"");
  }

  // Error rows and their statuses.

  @Test
  void erroneousErrorStatusOutsideEveryRange() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(range = "4XX", title = "Client Errors")
        @Status(code = 500)
        @ApiError(status = 503, detail = "Try later.", description = "d")
        @FieldBody("detail")
        """);
    assertOneError(compile(file), Message.ERROR_STATUS_UNDOCUMENTED, file, "503");
  }

  @Test
  void erroneousErrorStatusCoveredOnlyByASuccessRow() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = {200, 201}, title = "Done")
        @Status(code = 400)
        @Status(code = 500)
        @ApiError(status = 201, detail = "Created, sort of.", description = "d")
        @FieldBody("detail")
        """);
    assertOneError(compile(file), Message.ERROR_STATUS_NOT_ERROR, file, "201, detail");
  }

  @Test
  void errorOnAnyCodeOfAMultiCodeRowOrARangeIsFine() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @SuppressWarnings("error-contract:status-answer-added")
        @Status(code = 400)
        @Status(range = "4XX", title = "Client Errors")
        @Status(code = {500, 502, 503, 504}, title = "Server Errors")
        @ApiError(status = 418, detail = "No coffee.", description = "d")
        @ApiError(status = 503, detail = "Try later.", description = "d")
        @FieldBody("detail")
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  // Conditions.

  @Test
  void erroneousConditionAnsweredByARowOfAnotherStatus() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 404)
        @Status(code = 500)
        @ApiError(status = 400, detail = "No such route.", description = "d", answers = Condition.UNKNOWN_PATH)
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.CONDITION_STATUS_MISMATCH, file, ".UNKNOWN_PATH");
    assertThat(compilation).hadErrorContaining("Error \"No such route.\" answers Condition.UNKNOWN_PATH, which is"
        + " raised with status 404, but the error's status is 400. Name the condition on a row of status 404");
  }

  @Test
  void erroneousUnreadableBodyAnsweredByA404() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 404)
        @Status(code = 500)
        @ApiError(status = 404, detail = "Unreadable.", description = "d", answers = Condition.UNREADABLE_BODY)
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.CONDITION_STATUS_MISMATCH, file, ".UNREADABLE_BODY");
    assertThat(compilation).hadErrorContaining("raised with status 400 or 422");
  }

  @Test
  void erroneousConditionAnsweredByTwoRows() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 404)
        @Status(code = 500)
        @ApiError(status = 404, detail = "No such route.", description = "d", answers = Condition.UNKNOWN_PATH)
        @ApiError(status = 404, detail = "Nothing here.", description = "d", answers = {Condition.UNKNOWN_PATH})
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.CONDITION_ANSWERED_TWICE, file, ".UNKNOWN_PATH}");
    assertThat(compilation).hadErrorContaining("Condition.UNKNOWN_PATH is answered by both error \"No such route.\""
        + " (status 404) and error \"Nothing here.\" (status 404)");
  }

  @Test
  void erroneousStatusAnsweredByTwoRows() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = {500, 503}, title = "Server Errors")
        @ApiError(status = 500, detail = "Oops.", description = "d", answers = Condition.STATUS)
        @ApiError(status = 503, detail = "Later.", description = "d", answers = {Condition.STATUS})
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.STATUS_ANSWERED_TWICE, file, ".STATUS}");
    assertThat(compilation).hadErrorContaining("Status row 500, 503 has two rows answering Condition.STATUS:"
        + " error \"Oops.\" and error \"Later.\"");
  }

  @Test
  void erroneousNoRowAnswersUndocumentedServerErrors() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 503)
        @ApiError(status = 503, detail = "Later.", description = "d", answers = Condition.UNEXPECTED_FAILURE)
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.CONDITION_UNANSWERED, file, "@ErrorCatalog");
    assertThat(compilation).hadErrorContaining("No row answers Condition.UNDOCUMENTED_SERVER_ERROR: the catalog"
        + " covers no status 500");
  }

  @Test
  void conditionsAnsweredByNamedRowsNeedNoDefaultStatus() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @SuppressWarnings("error-contract:status-answer-added")
        @Status(code = 422)
        @Status(code = 503)
        @ApiError(status = 422, detail = "Invalid.", description = "d", answers = Condition.UNDOCUMENTED_CLIENT_ERROR)
        @ApiError(status = 503, detail = "Later.", description = "d",
            answers = {Condition.UNEXPECTED_FAILURE, Condition.UNDOCUMENTED_SERVER_ERROR})
        @FieldBody("detail")
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  // Per-row suppression.

  @Test
  void erroneousSuppressOfAnUnknownKey() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 404, title = "Missing", suppress = "nonstandard-title")
        @Status(code = 500)
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertError(compilation, Message.SUPPRESS_UNKNOWN, file, "\"nonstandard-title\"");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("error-contract:nonstandard-title");
  }

  @Test
  void aWarningIsSuppressedForOneRowOnly() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400, title = "Invalid", suppress = "error-contract:nonstandard-title")
        @Status(code = 404, title = "Missing")
        @Status(code = 500)
        @FieldBody("detail")
        """);
    assertOneWarning(compile(file), Message.NONSTANDARD_TITLE, file, "\"Missing\"");
  }

  @Test
  void errorRowWarningsAreSuppressedPerRow() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @SuppressWarnings("error-contract:status-answer-added")
        @Status(code = 400)
        @Status(code = 500)
        @ApiError(status = 400, detail = "Undescribed.", suppress = "error-contract:missing-description")
        @ApiError(status = 400, detail = "Also undescribed.")
        @FieldBody("detail")
        """);
    assertOneWarning(compile(file), Message.MISSING_DESCRIPTION, file, "@ApiError(status = 400, detail = \"Also");
  }

  // Messages name each thing once and tell rows apart.

  @Test
  void erroneousOneDetailUnderTwoStatusesNamesBothRowsApart() {
    JavaFileObject file = shop("""
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 404)
        @Status(code = 500)
        @ApiError(status = 400, detail = "Invalid.", description = "d")
        @ApiError(status = 404, detail = "Invalid.", description = "Again")
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.CONSTANT_NAME_DUPLICATE, file, "\"Invalid.\", description = \"Again\"");
    assertThat(compilation).hadErrorContaining("Error \"Invalid.\" (status 400) and error \"Invalid.\" (status 404)"
        + " both generate the constant ShopError.INVALID.");
  }
}
