package dev.errorcontract.springdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * springdoc-openapi's {@code /v3/api-docs}, read over HTTP from a running application: each
 * {@code @RequestMapping} operation lists exactly its documented error responses, as the processor wrote
 * them for it (its {@code throws} clause and the conditions Spring MVC raises).
 */
class SpringdocTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  private static ConfigurableApplicationContext context;
  private static JsonNode apiDocs;

  @BeforeAll
  static void startApp() throws Exception {
    context = run();
    apiDocs = apiDocs(context);
  }

  private static ConfigurableApplicationContext run(String... more) {
    List<String> args = new ArrayList<>(List.of("--server.address=127.0.0.1", "--server.port=0",
        "--spring.main.banner-mode=off", "--springdoc.api-docs.enabled=true"));
    args.addAll(List.of(more));
    return new SpringApplication(ShopApplication.class).run(args.toArray(String[]::new));
  }

  /** {@code GET /v3/api-docs} over HTTP, read with Jackson. */
  private static JsonNode apiDocs(ConfigurableApplicationContext app) throws Exception {
    String port = app.getEnvironment().getProperty("local.server.port");
    HttpResponse<String> response = CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  @Test
  void switchedOffSpringdocInfersOnlyItsOwnResponse() throws Exception {
    try (ConfigurableApplicationContext off = run("--error-contract.webmvc.springdoc.enabled=false")) {
      JsonNode document = apiDocs(off);
      assertEquals(json("['200']"), JSON.valueToTree(JSON.convertValue(
          document.at("/paths/~1orders~1{id}/get/responses").fieldNames(), Object.class)));
      assertEquals(json("['Order']"), JSON.valueToTree(JSON.convertValue(
          document.at("/components/schemas").fieldNames(), Object.class)));
    }
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  /** The status codes of an operation's responses, in the document's order. */
  private static JsonNode codes(String operation) {
    return JSON.valueToTree(JSON.convertValue(apiDocs.at(operation + "/responses").fieldNames(), Object.class));
  }

  @Test
  void anOperationListsExactlyItsDocumentedErrorResponses() throws Exception {
    // springdoc's own 200; then the declared 404, the 400 of a path variable that does not convert, the 406
    // of a JSON body some Accept refuses, and the unexpected failure.
    assertEquals(json("['200', '400', '404', '406', '500']"), codes("/paths/~1orders~1{id}/get"));
    assertEquals(json("""
        {'description': 'Not Found: No such thing.',
         'content': {'application/json': {
           'schema': {'$ref': '#/components/schemas/ShopErrorBody'},
           'examples': {'NO_SUCH_ORDER': {
             'summary': 'No such order', 'description': 'The order does not exist.',
             'value': {'detail': 'No such order'},
             'x-error-contract': {'status': 404, 'title': 'Not Found', 'attributes': {}, 'answers': [],
                                  'addedByLibrary': false}}}}}}"""),
        apiDocs.at("/paths/~1orders~1{id}/get/responses/404"));
    assertEquals(json("['BAD_REQUEST']"), JSON.valueToTree(JSON.convertValue(
        apiDocs.at("/paths/~1orders~1{id}/get/responses/400/content/application~1json/examples").fieldNames(),
        Object.class)));
  }

  @Test
  void aDeclaredErrorKeepsItsStatussHeaders() throws Exception {
    // Declared: 400 (with the body's and the parameter's conditions) and 429; raised: 406, 415 as the
    // undocumented 400, 500.
    assertEquals(json("['200', '400', '406', '429', '500']"), codes("/paths/~1orders/post"));
    assertEquals(json("""
        {'description': 'Too Many Requests: Slow down.',
         'headers': {'Retry-After': {'required': true, 'schema': {'type': 'string', 'const': '60'}}},
         'content': {'application/json': {
           'schema': {'$ref': '#/components/schemas/ShopErrorBody'},
           'examples': {'TOO_MANY_ORDERS': {
             'summary': 'Too many orders', 'description': 'More than 10 orders a minute.',
             'value': {'detail': 'Too many orders'},
             'x-error-contract': {'status': 429, 'title': 'Too Many Requests', 'attributes': {}, 'answers': [],
                                  'addedByLibrary': false}}}}}}"""),
        apiDocs.at("/paths/~1orders/post/responses/429"));
    assertEquals(json("['INVALID_LIMIT', 'BAD_REQUEST']"), JSON.valueToTree(JSON.convertValue(
        apiDocs.at("/paths/~1orders/post/responses/400/content/application~1json/examples").fieldNames(),
        Object.class)));
  }

  @Test
  void theErrorBodySchemaJoinsTheComponents() throws Exception {
    assertEquals(json("""
        {'type': 'object',
         'properties': {'detail': {'type': 'string', 'description': 'the error detail (string)'}},
         'required': ['detail']}"""),
        apiDocs.at("/components/schemas/ShopErrorBody"));
  }
}
