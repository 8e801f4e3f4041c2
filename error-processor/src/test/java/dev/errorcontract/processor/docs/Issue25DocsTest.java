package dev.errorcontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: the documentation says what the wire carries. The Markdown page's default columns show
 * every value of a row that reaches the wire, columns can be chosen without a checked-in page, titles
 * the library filled in are marked, attribute values carry the page's descriptions (Markdown and
 * OpenAPI), and the OpenAPI schema requires exactly the members every answer carries.
 */
class Issue25DocsTest {

  /** The lines of a JSON document with their indentation stripped, to find a fragment at any depth. */
  private static String flat(String json) {
    return String.join("\n", json.lines().map(String::strip).toList());
  }

  private static Compilation compile(String text) {
    JavaFileObject file = JavaFileObjects.forSourceString("test.PaymentsErrors", text);
    Compilation compilation = DocsCompiler.compile(null, file);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  /** Stripe's page: a type per status class, each type described in a table of its own. */
  private static final String PAYMENTS = """
      package test;
      import dev.errorcontract.catalog.*;
      @ErrorCatalog(value = "Payments", attributes = "type")
      @Status(code = 400, title = "Bad Request", description = "Often a missing parameter.",
          attributes = @Attribute(name = "type", value = "invalid_request_error",
              description = "Invalid request errors arise when your request has invalid parameters."))
      @Status(code = 402, title = "Request Failed", description = "The parameters were valid but the request failed.",
          attributes = @Attribute(name = "type", value = "card_error",
              description = "Card errors are the most common type of error you should expect to handle."))
      @Status(code = 409)
      @Status(code = 500, title = "Server Errors", description = "Something went wrong on our end.",
          attributes = @Attribute(name = "type", value = "api_error"))
      @ApiError(status = 400, detail = "Missing required param.", code = "parameter_missing",
          description = "A required parameter is missing.", answers = Condition.STATUS)
      @ApiError(status = 402, detail = "Your card was declined.", code = "card_declined",
          description = "The card was declined.", answers = Condition.STATUS)
      @ApiError(status = 409, detail = "Idempotency key in use.", code = "idempotency_key_in_use",
          description = "Another request with this key is in progress.", answers = Condition.STATUS)
      @ApiError(status = 500, detail = "Something went wrong.", code = "api_error",
          description = "Our fault.", answers = Condition.STATUS)
      @FieldBody(value = "message", members = {
          @Member(name = "type", attribute = "type", omitWhenAbsent = true),
          @Member(name = "code", value = CatalogValue.CODE, omitWhenAbsent = true)})
      @SuppressWarnings("error-contract:nonstandard-title")
      %s
      interface PaymentsErrors {}
      """;

  @Test
  void defaultColumnsShowEveryValueThatReachesTheWire() {
    String page = DocsCompiler.text(compile(PAYMENTS.formatted("")), "Payments.md");
    List<String> table = MarkdownPageTest.lines(page, "Status", "Code", "type", "Detail", "Description");
    assertEquals(List.of(
        "| Status | Code                   | type                  | Detail                  | Description                                   |",
        "| ------ | ---------------------- | --------------------- | ----------------------- | --------------------------------------------- |",
        "| 400    | parameter_missing      | invalid_request_error | Missing required param. | A required parameter is missing.              |",
        "| 402    | card_declined          | card_error            | Your card was declined. | The card was declined.                        |",
        "| 409    | idempotency_key_in_use |                       | Idempotency key in use. | Another request with this key is in progress. |",
        "| 500    | api_error              | api_error             | Something went wrong.   | Our fault.                                    |"),
        table);
    // The status table shows the type each status gives its rows.
    assertThat(MarkdownPageTest.lines(page, "Code", "Title", "Description", "type").get(2))
        .isEqualTo("| 400  | Bad Request          | Often a missing parameter.                        | invalid_request_error |");
  }

  @Test
  void columnsAreChosenWithoutACheckedInPage() {
    String page = DocsCompiler.text(compile(PAYMENTS.formatted("""
        @PublishedPage(errorColumns = {
            @Column(header = "Type", value = Column.Cell.ATTRIBUTE, attribute = "type"),
            @Column(header = "Message", value = Column.Cell.DETAIL)})""")), "Payments.md");
    assertEquals(List.of(
        "| Type                  | Message                 |",
        "| --------------------- | ----------------------- |",
        "| invalid_request_error | Missing required param. |",
        "| card_error            | Your card was declined. |",
        "|                       | Idempotency key in use. |",
        "| api_error             | Something went wrong.   |"),
        MarkdownPageTest.lines(page, "Type", "Message"));
  }

  @Test
  void aTitleTheLibraryFilledInIsMarked() {
    String page = DocsCompiler.text(compile(PAYMENTS.formatted("")), "Payments.md");
    assertThat(page).contains("| 409  | Conflict (filled in) |");
    assertThat(page).contains("\n(filled in): the published page gives no title for the status; the library uses"
        + " the standard reason phrase, which answers and documents carry as its title.\n");
    String openApi = DocsCompiler.text(compile(PAYMENTS.formatted("")), "Payments.openapi.json");
    assertThat(flat(openApi)).contains("\"Payments409\": {\n\"description\": \"Conflict\",\n"
        + "\"x-error-contract-title-source\": \"REASON_PHRASE\",");
  }

  @Test
  void attributeValuesCarryTheirDescriptionsInMarkdown() {
    String page = DocsCompiler.text(compile(PAYMENTS.formatted("")), "Payments.md");
    assertEquals(List.of(
        "## Values of `type`",
        "",
        "| Value                 | Description                                                                |",
        "| --------------------- | -------------------------------------------------------------------------- |",
        "| invalid_request_error | Invalid request errors arise when your request has invalid parameters.     |",
        "| card_error            | Card errors are the most common type of error you should expect to handle. |",
        "| api_error             |                                                                            |"),
        page.lines().dropWhile(l -> !l.equals("## Values of `type`")).limit(7).toList());
  }

  @Test
  void attributeValuesCarryTheirDescriptionsInOpenApi() {
    String openApi = DocsCompiler.text(compile(PAYMENTS.formatted("")), "Payments.openapi.json");
    assertThat(flat(openApi)).contains(flat("""
                "oneOf": [
                  {
                    "const": "invalid_request_error",
                    "description": "Invalid request errors arise when your request has invalid parameters."
                  },
                  {
                    "const": "card_error",
                    "description": "Card errors are the most common type of error you should expect to handle."
                  },
                  {
                    "const": "api_error"
                  }
                ]"""));
  }

  @Test
  void membersEveryAnswerCarriesAreRequired() {
    // Every answer has a machine code (every status is answered by a coded row), so code is required and
    // never null, though it is declared omitWhenAbsent; type is absent from 409's answer: not required.
    String openApi = DocsCompiler.text(compile(PAYMENTS.formatted("")), "Payments.openapi.json");
    assertThat(flat(openApi)).contains(flat("""
                "required": [
                  "message",
                  "code"
                ]"""));
  }

  @Test
  void theInstanceOfEveryAnswerIsRequired() {
    JavaFileObject file = JavaFileObjects.forSourceString("test.OrdersErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Orders")
        @Status(code = 400, title = "Bad Request")
        @Status(code = 404, title = "Not Found")
        @Status(code = 500, title = "Internal Server Error")
        @ProblemBody(instance = Instance.REQUEST_PATH)
        interface OrdersErrors {}
        """);
    Compilation compilation = DocsCompiler.compile(null, file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(flat(DocsCompiler.text(compilation, "Orders.openapi.json"))).contains(flat("""
                "required": [
                  "type",
                  "title",
                  "status",
                  "detail",
                  "instance"
                ]"""));
  }
}
