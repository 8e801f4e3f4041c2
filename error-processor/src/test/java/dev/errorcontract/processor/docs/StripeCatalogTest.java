package dev.errorcontract.processor.docs;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The v2 declaration of api.md's Stripe example: it compiles clean and its documentation says what it means. */
class StripeCatalogTest {

  static final JavaFileObject STRIPE = JavaFileObjects.forSourceString("com.example.stripe.StripeErrors", """
      package com.example.stripe;

      import com.fasterxml.jackson.annotation.JsonInclude;
      import com.fasterxml.jackson.annotation.JsonProperty;
      import dev.errorcontract.catalog.*;

      @ErrorCatalog(value = "Stripe", attributes = {"type", "doc_url"})
      @Status(code = 400, title = "Bad Request", description = "The request was unacceptable.",
          attributes = @Attribute(name = "type", value = "invalid_request_error"))
      @Status(code = 402, title = "Request Failed", attributes = @Attribute(name = "type", value = "card_error"),
          suppress = "error-contract:nonstandard-title")
      @Status(code = 404, title = "Not Found")
      @Status(code = {500, 502, 503, 504}, title = "Server Errors", attributes = @Attribute(name = "type", value = "api_error"))
      @ApiError(status = 400, detail = "Missing parameter: {param}", code = "parameter_missing",
          description = "A required parameter is missing.", args = @Arg(name = "param", type = String.class))
      @ApiError(status = 402, detail = "Your card was declined.", code = "card_declined",
          description = "The card was declined.",
          attributes = @Attribute(name = "doc_url", value = "https://stripe.com/docs/error-codes/card-declined"))
      @ApiError(status = 404, detail = "No such route.", answers = Condition.UNKNOWN_PATH,
          description = "No resource at this path.")
      @RecordBody(StripeBody.class)
      interface StripeErrors {}

      record StripeBody(@JsonProperty("error") StripeObject error) {}

      @JsonInclude(JsonInclude.Include.NON_NULL)
      record StripeObject(@Bind(attribute = "type") String type, @Bind(CatalogValue.CODE) String code,
          @Bind(CatalogValue.DETAIL) String message, @Bind(argument = "param") String param,
          @Bind(attribute = "doc_url") String doc_url) {}
      """);

  @Test
  void compilesCleanAndDocumentsTheAnswers() {
    Compilation compilation = DocsCompiler.compile(null, STRIPE);
    assertThat(compilation).succeededWithoutWarnings();
    System.out.println(DocsCompiler.text(compilation, "Stripe.md"));
    System.out.println(DocsCompiler.text(compilation, "Stripe.catalog.json"));
  }
}
