package dev.errorcontract.processor.docs;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.internal.JsonText;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenAPI documents are valid for swagger-parser, and each example is the body the generated code
 * sends: compared byte for byte with the compiled enum's bodies (a template's with its exception's).
 */
class OpenApiDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"Passport", "Signzy", "Shapes"})
  void parsesWithoutErrorsOrWarnings(String name) {
    String document = DocsCompiler.text(compile(name), name + ".openapi.json");
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    assertEquals(List.of(), result.getMessages());
    OpenAPI api = result.getOpenAPI();
    assertNotNull(api);
    assertEquals("3.1.0", api.getOpenapi());
    assertNotNull(api.getComponents().getSchemas().get(name + "ErrorBody"));
    assertFalse(api.getComponents().getResponses().isEmpty());
    api.getComponents().getResponses().forEach((key, response) ->
        response.getContent().values().forEach(media -> assertFalse(media.getExamples().isEmpty(), key)));
  }

  /** The check above means something: the parser does report a broken 3.1 document. */
  @org.junit.jupiter.api.Test
  void parserReportsProblemsInA31Document() {
    String broken = "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"x\"}, \"components\": {\"responses\":"
        + " {\"R\": {\"content\": {}}}}}";
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(broken, null, new ParseOptions());
    assertFalse(result.getMessages().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Passport", "Signzy", "Shapes"})
  void everyExampleIsTheBodyTheServerSends(String name) throws Exception {
    Compilation compilation = compile(name);
    JsonNode document = JSON.readTree(DocsCompiler.resource(compilation, name + ".openapi.json"));
    JsonNode responses = document.at("/components/responses");
    String packageName = "com.example." + name.toLowerCase(java.util.Locale.ROOT);
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Class<?> errors = classes.loadClass(packageName + "." + name + "Error");

    int examples = 0;
    for (Map.Entry<String, JsonNode> response : responses.properties()) {
      for (Iterator<JsonNode> media = response.getValue().get("content").elements(); media.hasNext(); ) {
        examples += media.next().get("examples").size();
      }
    }
    assertEquals(errors.getEnumConstants().length, examples, "one example per error, no more");

    for (Object constant : errors.getEnumConstants()) {
      DocumentedError error = (DocumentedError) constant;
      String key = ((Enum<?>) constant).name();
      JsonNode response = responses.get(name + error.status().code());
      assertNotNull(response, "no response for " + key);
      JsonNode media = response.get("content").get(error.mediaType());
      assertNotNull(media, "no " + error.mediaType() + " content for " + key);
      JsonNode example = media.get("examples").get(key);
      assertNotNull(example, "no example " + key);
      assertEquals(error.detail(), example.get("summary").asText());
      byte[] documented = JSON.writeValueAsBytes(example.get("value"));
      if (error.arguments().isEmpty()) {
        assertArrayEquals(error.body().toByteArray(), documented,
            () -> key + ": " + new String(documented, StandardCharsets.UTF_8));
      } else {
        // A template: its example carries the published template; a thrown exception fills it in.
        CatalogException thrown = instantiate(classes, packageName + "." + name + "Exception", key);
        String sent = new String(thrown.body().toByteArray(), StandardCharsets.UTF_8);
        String expected = new String(documented, StandardCharsets.UTF_8).replace(
            new String(JsonText.quote(error.detail()), StandardCharsets.UTF_8),
            new String(JsonText.quote(thrown.detail()), StandardCharsets.UTF_8));
        assertEquals(sent, expected);
        assertTrue(thrown.detail().contains("1000"), thrown.detail());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Passport", "Signzy", "Shapes"})
  void catalogDataIsJsonListingEveryError(String name) throws Exception {
    Compilation compilation = compile(name);
    JsonNode data = JSON.readTree(DocsCompiler.resource(compilation, name + ".catalog.json"));
    Class<?> errors = new GeneratedClasses(compilation)
        .loadClass("com.example." + name.toLowerCase(java.util.Locale.ROOT) + "." + name + "Error");
    assertEquals(name, data.get("name").asText());
    assertEquals(errors.getEnumConstants().length, data.get("errors").size());
    for (int i = 0; i < errors.getEnumConstants().length; i++) {
      DocumentedError error = (DocumentedError) errors.getEnumConstants()[i];
      JsonNode row = data.get("errors").get(i);
      assertEquals(((Enum<?>) error).name(), row.get("constant").asText());
      assertEquals(error.detail(), row.get("detail").asText());
      assertEquals(error.status().code(), row.get("status").asInt());
    }
    assertEquals(CatalogJsonFormat.VERSION, data.get("format").asInt());
    assertEquals(data.get("conditions").get("UNDOCUMENTED_CLIENT_ERROR").asText(),
        ((Enum<?>) forCondition(errors, "UNDOCUMENTED_CLIENT_ERROR")).name());
  }

  /** The catalog.json format these tests read. */
  private static final class CatalogJsonFormat {
    static final int VERSION = 3;
  }

  /** The generated table's answer to a condition, through the runtime API. */
  private static Object forCondition(Class<?> errors, String condition) throws Exception {
    Object table = errors.getMethod("table").invoke(null);
    return ((dev.errorcontract.catalog.ErrorTable) table)
        .forCondition(dev.errorcontract.catalog.Condition.valueOf(condition));
  }

  /** The exception of a template error, with 1000 for an int argument and "1000" for any other. */
  private static CatalogException instantiate(GeneratedClasses classes, String exception, String constant)
      throws Exception {
    StringBuilder simple = new StringBuilder();
    for (String word : constant.split("_")) {
      simple.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    Class<?> type = classes.loadClass(exception + "$" + simple);
    for (Constructor<?> constructor : type.getConstructors()) {
      Class<?>[] parameters = constructor.getParameterTypes();
      if (parameters.length > 0 && !Throwable.class.isAssignableFrom(parameters[parameters.length - 1])
          && !Throwable.class.isAssignableFrom(parameters[0])) {
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < args.length; i++) {
          args[i] = parameters[i] == int.class ? (Object) 1000 : "1000";
        }
        return (CatalogException) constructor.newInstance(args);
      }
    }
    throw new AssertionError("no argument constructor on " + type);
  }

  private static Compilation compile(String name) {
    String catalog = switch (name) {
      case "Passport" -> Catalogs.PASSPORT;
      case "Signzy" -> Catalogs.SIGNZY;
      default -> Catalogs.SHAPES;
    };
    Compilation compilation = DocsCompiler.compile(null, Catalogs.source(catalog));
    assertThat(compilation).succeeded();
    return compilation;
  }
}
