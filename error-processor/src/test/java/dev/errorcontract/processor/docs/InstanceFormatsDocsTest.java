package dev.errorcontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: the documents say what each instance source writes. Mailchimp's page writes its {@code
 * instance} as a bare UUID ({@code Instance.CORRELATION_UUID}): OpenAPI's {@code format: uuid}, required,
 * never null; the application's own ({@code Instance.SUPPLIED}) is a plain string that may be absent
 * (a supplier that fails gives none); a request path is a {@code uri-reference}, a {@code urn:uuid:} a
 * {@code uri}. The Markdown page's member table says the same in words.
 */
class InstanceFormatsDocsTest {

  /** The lines of a JSON document with their indentation stripped, to find a fragment at any depth. */
  private static String flat(String json) {
    return String.join("\n", json.lines().map(String::strip).toList());
  }

  /** Mailchimp's Marketing API error page, its problem details' instance from {@code source}. */
  private static Compilation mailchimp(String catalog, String rows, String source, String more) {
    JavaFileObject file = JavaFileObjects.forSourceString("test.MailchimpErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog(value = "Mailchimp"%s)
        @SuppressWarnings("error-contract:nonstandard-title")
        @Status(code = 400, title = "Bad Request", description = "Your request could not be processed.")
        @Status(code = 404, title = "Resource Not Found", description = "The requested resource could not be found.")
        @Status(code = 500, title = "Internal Server Error",
            description = "An unexpected internal error has occurred. Please contact Support for more information.")
        %s
        @ProblemBody(type = "https://mailchimp.com/developer/marketing/docs/errors/", instance = Instance.%s,
            mediaType = "application/problem+json; charset=utf-8")
        interface MailchimpErrors {}
        %s
        """.formatted(catalog, rows, source, more));
    Compilation compilation = DocsCompiler.compile(null, file);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static Compilation mailchimp(String source) {
    if (!source.equals("SUPPLIED")) {
      return mailchimp("", "", source, "");
    }
    return mailchimp(", instanceSupplier = Refs.class", "", source, """
        final class Refs implements InstanceSupplier {
          public String instance(InstanceSupplier.Answer answer) { return "ref-" + answer.correlationId(); }
        }
        """);
  }

  /** The Markdown page with the padding of its table cells collapsed to one space. */
  private static String markdown(Compilation compilation) {
    return DocsCompiler.text(compilation, "Mailchimp.md").replaceAll(" {2,}", " ");
  }

  private static final String REQUIRED_WITH_INSTANCE = flat("""
      "required": [
        "type",
        "title",
        "status",
        "detail",
        "instance"
      ]""");

  private static final String REQUIRED_WITHOUT_INSTANCE = flat("""
      "required": [
        "type",
        "title",
        "status",
        "detail"
      ]""");

  @Test
  void aBareUuidIsARequiredStringOfFormatUuid() {
    Compilation compilation = mailchimp("CORRELATION_UUID");
    String openApi = flat(DocsCompiler.text(compilation, "Mailchimp.openapi.json"));
    assertThat(openApi).contains(flat("""
        "instance": {
          "type": "string",
          "format": "uuid",
          "description": "the answer's correlation id, a bare UUID, on every answer; the same id is sent in the\
         correlation header and logged by the server (string, format uuid)"
        }"""));
    assertThat(openApi).contains(REQUIRED_WITH_INSTANCE);
    assertThat(markdown(compilation)).contains(
        "\n| `instance` | the answer's correlation id, a bare UUID, on every answer; the same id is sent in the"
            + " correlation header and logged by the server (string, format uuid) |\n");
  }

  @Test
  void theApplicationsOwnIsAStringThatMayBeAbsent() {
    Compilation compilation = mailchimp("SUPPLIED");
    String openApi = flat(DocsCompiler.text(compilation, "Mailchimp.openapi.json"));
    assertThat(openApi).contains(flat("""
        "instance": {
          "type": "string",
          "description": "the server's own reference to the occurrence, on every answer it can make one for\
         (string)"
        }"""));
    assertThat(openApi).contains(REQUIRED_WITHOUT_INSTANCE);
    assertThat(markdown(compilation)).contains(
        "\n| `instance` | the server's own reference to the occurrence, on every answer it can make one for"
            + " (string) |\n");
  }

  @Test
  void theApisOwnInAClientOnlyCatalog() {
    // A row of its own: a client-only catalog documents only its page's rows.
    Compilation compilation = mailchimp(", clientOnly = true", """
        @ApiError(status = 404, detail = "The requested resource could not be found.",
            description = "The resource does not exist.")""", "SUPPLIED", "");
    assertThat(flat(DocsCompiler.text(compilation, "Mailchimp.openapi.json"))).contains(flat("""
        "instance": {
          "type": "string",
          "description": "the API's own reference to the occurrence (string)"
        }"""));
  }

  @Test
  void aRequestPathIsAUriReferenceAndAUrnAUri() {
    assertThat(flat(DocsCompiler.text(mailchimp("REQUEST_PATH"), "Mailchimp.openapi.json"))).contains(flat("""
        "instance": {
          "type": "string",
          "format": "uri-reference",
          "description": "the request path, on every answer (string)"
        }"""));
    assertThat(flat(DocsCompiler.text(mailchimp("CORRELATION_URN"), "Mailchimp.openapi.json"))).contains(flat("""
        "instance": {
          "type": "string",
          "format": "uri",
          "description": "`urn:uuid:` and the answer's correlation id, on every answer (string)"
        }"""));
  }
}
