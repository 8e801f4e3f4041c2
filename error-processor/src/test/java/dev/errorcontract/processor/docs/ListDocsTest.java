package dev.errorcontract.processor.docs;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: a list member and a supplied member in the generated Markdown (one row per item member) and
 * OpenAPI (an array with its item schema and the stated limits; neither required, as absent where nothing
 * supplies them) and in the catalog's machine form.
 */
class ListDocsTest {

  private static final String SOURCE = """
      package com.example.shop;

      import dev.errorcontract.catalog.*;

      @ErrorCatalog("Shop")
      @Status(code = 400, title = "Bad Request", description = "The request is invalid.")
      @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
      @ApiError(status = 400, detail = "Your request parameters didn't validate.", answers = Condition.INVALID_INPUT,
          description = "Each invalid parameter is listed.")
      @ProblemBody(extensions = {
          @Member(name = "param", value = CatalogValue.SUPPLIED, omitWhenAbsent = true),
          @Member(name = "invalid-params", value = CatalogValue.VIOLATIONS, items = {
              @Item(name = "name", value = Item.Value.PATH), @Item(name = "reason", value = Item.Value.MESSAGE)})})
      @SuppressWarnings("error-contract:status-answer-added")
      public interface ShopErrors {}
      """;

  private static Compilation compile() {
    Compilation compilation = DocsCompiler.compile(null,
        JavaFileObjects.forSourceString("com.example.shop.ShopErrors", SOURCE));
    assertThat(compilation).succeeded();
    return compilation;
  }

  @Test
  void theMarkdownListsTheItemMembers() {
    // The table's cells are padded to align; compared with single spaces.
    String page = DocsCompiler.text(compile(), "Shop.md").replaceAll(" {2,}", " ");
    assertTrue(page.contains("| `param` | a value the throwing code supplies (string, at most 1024 characters);"
        + " left out where none is supplied |\n"), page);
    assertTrue(page.contains("| `invalid-params` | the request's violations, from validation or the throwing code:"
        + " a list of at most 100 objects with the members below; `null` where neither gives one |\n"
        + "| `invalid-params[].name` | the property path of the value that failed (string) |\n"
        + "| `invalid-params[].reason` | the constraint's message (string) |\n"), page);
  }

  @Test
  void theOpenApiSchemaIsAnArrayOfItems() throws Exception {
    JsonNode openApi = new ObjectMapper().readTree(DocsCompiler.resource(compile(), "Shop.openapi.json"));
    JsonNode schema = openApi.findValue("schemas").elements().next();
    assertEquals("{\"type\":[\"array\",\"null\"],\"maxItems\":100,\"items\":{\"type\":\"object\",\"properties\":"
        + "{\"name\":{\"type\":\"string\",\"maxLength\":1024,\"description\":\"the property path of the value that failed\"},"
        + "\"reason\":{\"type\":\"string\",\"maxLength\":1024,\"description\":\"the constraint's message\"}},"
        + "\"required\":[\"name\",\"reason\"]},\"description\":\"the request's violations, from validation or the"
        + " throwing code\"}", schema.get("properties").get("invalid-params").toString());
    assertEquals("{\"type\":\"string\",\"maxLength\":1024,\"description\":\"a value the throwing code supplies\"}",
        schema.get("properties").get("param").toString());
    assertEquals("[\"type\",\"title\",\"status\",\"detail\",\"invalid-params\"]", schema.get("required").toString());
  }

  @Test
  void theCatalogJsonNamesTheKeysAndItems() throws Exception {
    JsonNode json = new ObjectMapper().readTree(DocsCompiler.resource(compile(), "Shop.catalog.json"));
    assertEquals("[{\"name\":\"param\",\"value\":\"SUPPLIED\",\"key\":\"param\",\"omitWhenAbsent\":true},"
        + "{\"name\":\"invalid-params\",\"value\":\"VIOLATIONS\",\"key\":\"invalidParams\",\"items\":"
        + "[{\"name\":\"name\",\"value\":\"PATH\"},{\"name\":\"reason\",\"value\":\"MESSAGE\"}],"
        + "\"omitWhenAbsent\":false}]", json.findValue("extensions").toString());
  }

}
