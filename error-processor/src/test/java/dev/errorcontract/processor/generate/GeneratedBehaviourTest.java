package dev.errorcontract.processor.generate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated code of each scenario ({@link Scenarios}) and checks every answer a client can
 * receive, to the byte.
 */
class GeneratedBehaviourTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  private static final Compiled FIELD = compile(Scenarios.FIELD);
  private static final Compiled PROBLEM = compile(Scenarios.PROBLEM);
  private static final Compiled RECORD = compile(Scenarios.RECORD);
  private static final Compiled MULTI = compile(Scenarios.MULTI);

  // ------------------------------------------------------------------ field body

  @Test
  void fieldBodiesCarryMembersAttributesAndArguments() {
    ErrorTable table = table(FIELD, "field.ShopError");
    Map<String, String> constants = new LinkedHashMap<>();
    constants.put("CAFE_COULDNT_BREW",
        "{\"message\":\"Caf\u00e9 couldn\u2019t \\\"brew\\\"\",\"category\":\"client\",\"order\":null,\"code\":null}");
    constants.put("NO_SUCH_ROUTE", "{\"message\":\"No such route.\",\"order\":null,\"code\":null}");
    constants.put("BAD_REQUEST", "{\"message\":\"Bad Request\",\"category\":\"client\",\"order\":null,\"code\":null}");
    constants.put("UNAUTHORIZED", "{\"message\":\"Unauthorized\",\"order\":null,\"code\":null}");
    constants.put("NOT_FOUND", "{\"message\":\"Not Found\",\"order\":null,\"code\":null}");
    constants.put("INTERNAL_SERVER_ERROR", "{\"message\":\"Internal Server Error\",\"order\":null,\"code\":null}");
    assertConstants(table, constants, "application/json");
    assertEquals(List.of("INVALID_LIMIT", "CAFE_COULDNT_BREW", "ORDER_OF_NOT_FOUND", "NO_SUCH_ROUTE", "BAD_REQUEST",
        "UNAUTHORIZED", "NOT_FOUND", "INTERNAL_SERVER_ERROR"), names(table.errors()));

    CatalogException limit = exception(FIELD, "field.ShopException$InvalidLimit", new Class<?>[] {int.class}, 1001);
    assertEquals(400, limit.status());
    assertEquals("Invalid limit: 1001", limit.getMessage());
    assertBody("{\"message\":\"Invalid limit: 1001\",\"category\":\"client\",\"order\":null,\"code\":\"invalid_limit\"}",
        limit.body());
    CatalogException order = exception(FIELD, "field.ShopException$OrderOfNotFound",
        new Class<?>[] {long.class, String.class}, 7L, "Ann \"A\"");
    assertEquals(404, order.status());
    assertBody("{\"message\":\"Order 7 of Ann \\\"A\\\" not found\",\"category\":\"lookup\",\"order\":7,"
        + "\"code\":\"order_not_found\"}", order.body());
    assertBody("{\"message\":\"Order 7 of Ann \\\"A\\\" not found\",\"category\":\"lookup\",\"order\":7,"
        + "\"code\":\"order_not_found\"}", order.body("/ignored: no instance member"));
    assertTrue(order.getStackTrace().length > 0, "declared stackTrace = ALWAYS");
    assertEquals(0, limit.getStackTrace().length);

    DocumentedError lookup = table.byCode("order_not_found").orElseThrow();
    assertEquals(Map.of("category", "lookup"), lookup.attributes());
    assertEquals(List.of("orderId", "customer"), lookup.arguments());
    assertEquals(Map.of("category", "client"), table.byCode("invalid_limit").orElseThrow().attributes());
    assertEquals(Map.of("WWW-Authenticate", "ApiKey realm=\"shop\""), table.status(401).orElseThrow().headers());
    assertEquals(Instance.NONE, table.instance());
  }

  @Test
  void fieldConditionsAreAnsweredAsDeclared() {
    ErrorTable table = table(FIELD, "field.ShopError");
    assertEquals("NO_SUCH_ROUTE", name(table.forCondition(Condition.UNKNOWN_PATH)));
    assertEquals("BAD_REQUEST", name(table.forCondition(Condition.METHOD_NOT_ALLOWED)));
    assertEquals("BAD_REQUEST", name(table.forCondition(Condition.UNREADABLE_BODY)));
    assertEquals("BAD_REQUEST", name(table.forCondition(Condition.UNDOCUMENTED_CLIENT_ERROR)));
    assertEquals("INTERNAL_SERVER_ERROR", name(table.forCondition(Condition.UNEXPECTED_FAILURE)));
    assertEquals("INTERNAL_SERVER_ERROR", name(table.forCondition(Condition.UNDOCUMENTED_SERVER_ERROR)));
    assertThrows(IllegalArgumentException.class, () -> table.forCondition(Condition.STATUS));
    assertEquals("NOT_FOUND", name(table.forStatus(404)));
    assertEquals("BAD_REQUEST", name(table.forStatus(418)));
    assertEquals(400, table.forStatus(418).statusFor(418));
    assertEquals("INTERNAL_SERVER_ERROR", name(table.forStatus(503)));
    assertThrows(IllegalArgumentException.class, () -> table.forStatus(302));
    assertThrows(IllegalArgumentException.class, () -> table.forStatus(600));
    assertEquals(Set.of(Condition.UNKNOWN_PATH), table.forCondition(Condition.UNKNOWN_PATH).answers());
    assertTrue(table.forStatus(404).addedByLibrary());
    assertFalse(table.forCondition(Condition.UNKNOWN_PATH).addedByLibrary());
    assertEquals(Optional.empty(), table.byCode(null));
    assertEquals(Optional.empty(), table.status(418));
  }

  // ------------------------------------------------------------------ problem details

  @Test
  void problemBodiesHaveRowTypesTitlesAndInstances() {
    ErrorTable table = table(PROBLEM, "problem.BillingError");
    String general = "{\"type\":\"https://example.com/probs/general\",\"title\":\"";
    Map<String, String> constants = new LinkedHashMap<>();
    constants.put("YOUR_CURRENT_BALANCE_IS_30_BUT_THAT_COSTS_50",
        "{\"type\":\"https://example.com/probs/out-of-credit\",\"title\":\"You do not have enough credit.\","
            + "\"status\":403,\"detail\":\"Your current balance is 30, but that costs 50.\",\"balance\":\"30\"}");
    constants.put("BAD_REQUEST", general + "Bad Request\",\"status\":400,\"detail\":\"Bad Request\"}");
    constants.put("FORBIDDEN", general + "Forbidden\",\"status\":403,\"detail\":\"Forbidden\"}");
    constants.put("INTERNAL_SERVER_ERROR",
        general + "Internal Server Error\",\"status\":500,\"detail\":\"Internal Server Error\"}");
    assertConstants(table, constants, "application/problem+json; charset=utf-8");
    assertEquals(Instance.REQUEST_PATH, table.instance());

    DocumentedError credit = table.byCode("out_of_credit").orElseThrow();
    assertEquals("You do not have enough credit.", credit.title());
    assertBody("{\"type\":\"https://example.com/probs/out-of-credit\",\"title\":\"You do not have enough credit.\","
        + "\"status\":403,\"detail\":\"Your current balance is 30, but that costs 50.\",\"instance\":\"/account/12\","
        + "\"balance\":\"30\"}", credit.body(403, "/account/12"));
    assertBody(general + "Forbidden\",\"status\":403,\"detail\":\"Forbidden\",\"instance\":\"/x\"}",
        table.forStatus(403).body(403, "/x"));

    CatalogException amount = exception(PROBLEM, "problem.BillingException$AmountIsNotPositive",
        new Class<?>[] {long.class}, -5L);
    String amountBody = general + "Bad Request\",\"status\":400,\"detail\":\"Amount -5 is not positive\"";
    assertBody(amountBody + ",\"amount\":-5}", amount.body());
    assertBody(amountBody + ",\"instance\":\"/pay\",\"amount\":-5}", amount.body("/pay"));
    amount.withInstance("/own");
    assertBody(amountBody + ",\"instance\":\"/own\",\"amount\":-5}", amount.body("/pay"));
    assertEquals("application/problem+json; charset=utf-8", amount.mediaType());

    CatalogException forbidden = exception(PROBLEM, "problem.BillingException$Forbidden", new Class<?>[0]);
    assertSame(forbidden.error().body(), forbidden.body(), "a constant body is shared");
    assertBody(general + "Forbidden\",\"status\":403,\"detail\":\"Forbidden\",\"instance\":\"/r\"}",
        forbidden.body("/r"));
  }

  // ------------------------------------------------------------------ record with a nested object

  @Test
  void recordBodiesLeaveOutAbsentMembersAsJacksonDoes() throws Exception {
    ErrorTable table = table(RECORD, "record.StripeError");
    Map<String, String> constants = new LinkedHashMap<>();
    constants.put("YOUR_CARD_WAS_DECLINED", "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
        + "\"message\":\"Your card was declined.\","
        + "\"doc_url\":\"https://stripe.com/docs/error-codes/card-declined\"}}");
    constants.put("NO_SUCH_ROUTE", "{\"error\":{\"message\":\"No such route.\"}}");
    constants.put("BAD_REQUEST", "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Bad Request\"}}");
    constants.put("REQUEST_FAILED", "{\"error\":{\"type\":\"card_error\",\"message\":\"Request Failed\"}}");
    constants.put("NOT_FOUND", "{\"error\":{\"message\":\"Not Found\"}}");
    constants.put("SERVER_ERRORS", "{\"error\":{\"type\":\"api_error\",\"message\":\"Server Errors\"}}");
    assertConstants(table, constants, "application/json");

    CatalogException missing = exception(RECORD, "record.StripeException$MissingParameter",
        new Class<?>[] {String.class}, "amount");
    assertBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"parameter_missing\","
        + "\"message\":\"Missing parameter: amount\",\"param\":\"amount\"}}", missing.body());

    // Jackson reads each body into the user's record and writes it back to the very same bytes.
    Class<?> record = RECORD.load("record.shape.StripeBody");
    for (DocumentedError error : table.errors()) {
      byte[] body = error.body() != null ? error.body().toByteArray() : missing.body().toByteArray();
      assertArrayEquals(body, JACKSON.writeValueAsBytes(JACKSON.readValue(body, record)), name(error));
    }
  }

  // ------------------------------------------------------------------ a status row of several codes

  @Test
  void aRowOfSeveralCodesAnswersEachCodeExactly() {
    ErrorTable table = table(MULTI, "multi.GatewayError");
    String start = "{\"type\":\"about:blank\",\"title\":\"";
    Map<String, String> constants = new LinkedHashMap<>();
    constants.put("MALFORMED_JSON", start + "Bad Request\",\"status\":400,\"detail\":\"Malformed JSON.\"}");
    constants.put("THE_UPSTREAM_DID_NOT_ANSWER",
        start + "Server Errors\",\"status\":502,\"detail\":\"The upstream did not answer.\"}");
    constants.put("BAD_REQUEST", start + "Bad Request\",\"status\":400,\"detail\":\"Bad Request\"}");
    constants.put("NOT_FOUND", start + "Not Found\",\"status\":404,\"detail\":\"Not Found\"}");
    constants.put("SERVER_ERRORS", start + "Server Errors\",\"status\":500,\"detail\":\"Server Errors\"}");
    assertConstants(table, constants, "application/problem+json");

    DocumentedError server = table.forStatus(503);
    assertEquals("SERVER_ERRORS", name(server));
    for (int code : List.of(500, 502, 503, 504)) {
      assertSame(server, table.forStatus(code));
      assertEquals(code, server.statusFor(code));
      assertBody(start + "Server Errors\",\"status\":" + code + ",\"detail\":\"Server Errors\"}",
          server.body(code, null));
    }
    assertSame(server, table.forStatus(501), "an undocumented 5xx");
    assertEquals(500, server.statusFor(501));
    assertEquals(List.of(500, 502, 503, 504), server.status().codes());

    CatalogException first = exception(MULTI, "multi.GatewayException$ServerErrors", new Class<?>[0]);
    assertEquals(500, first.status());
    CatalogException unavailable = exception(MULTI, "multi.GatewayException$ServerErrors",
        new Class<?>[] {int.class}, 503);
    assertEquals(503, unavailable.status());
    assertBody(start + "Server Errors\",\"status\":503,\"detail\":\"Server Errors\"}", unavailable.body());
    assertThrows(IllegalArgumentException.class,
        () -> exception(MULTI, "multi.GatewayException$ServerErrors", new Class<?>[] {int.class}, 501));
    CatalogException upstream = exception(MULTI, "multi.GatewayException$TheUpstreamDidNotAnswer", new Class<?>[0]);
    assertEquals(502, upstream.status());
    assertEquals(502, upstream.error().statusFor(503), "a declared row answers with its own code");

    assertEquals("MALFORMED_JSON", name(table.forCondition(Condition.UNREADABLE_BODY)));
    assertEquals("BAD_REQUEST", name(table.forStatus(400)));
    assertEquals("NOT_FOUND", name(table.forCondition(Condition.UNKNOWN_PATH)));
    assertEquals("SERVER_ERRORS", name(table.forCondition(Condition.UNEXPECTED_FAILURE)));
    DocumentedStatus bare = table.status(400).orElseThrow();
    assertEquals("Bad Request", bare.title());
    assertEquals("", bare.description());
  }

  // ------------------------------------------------------------------ every scenario

  @Test
  void generatedTypesAreClosedAndKeepTheirFieldsPrivate() {
    for (Compiled compiled : List.of(FIELD, PROBLEM, RECORD, MULTI)) {
      for (String path : compiled.generatedSources()) {
        Class<?> type = compiled.load(path.replace(".java", "").replace('/', '.'));
        assertPrivateFields(type);
        for (Class<?> nested : type.getDeclaredClasses()) {
          assertPrivateFields(nested);
          assertTrue(nested.isEnum() || Modifier.isFinal(nested.getModifiers()) || nested.isAnonymousClass(),
              nested.getName());
        }
        if (type.getSimpleName().endsWith("Exception")) {
          assertTrue(type.isSealed(), type.getName());
          assertEquals(type.getDeclaredClasses().length, type.getPermittedSubclasses().length);
        }
      }
    }
  }

  private static void assertPrivateFields(Class<?> type) {
    for (Field field : type.getDeclaredFields()) {
      if (!field.isEnumConstant() && !field.isSynthetic()) {
        assertTrue(Modifier.isPrivate(field.getModifiers()), type.getName() + "." + field.getName());
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static Compiled compile(Scenarios.Scenario scenario) {
    return Compiled.compile(scenario.sources());
  }

  /**
   * Every constant error of the table has exactly its expected body, encoded once, and every template
   * error none; templates are checked through their exceptions.
   */
  private static void assertConstants(ErrorTable table, Map<String, String> expected, String mediaType) {
    for (DocumentedError error : table.errors()) {
      String name = name(error);
      assertEquals(mediaType, error.mediaType(), name);
      if (error.arguments().isEmpty()) {
        assertBody(expected.get(name), error.body());
        assertSame(error.body(), error.body(), "encoded once");
        assertSame(error.body(), error.body(error.statusFor(error.status().code()), null));
      } else {
        assertNull(error.body(), name + " is a template");
        assertFalse(expected.containsKey(name));
      }
    }
    assertEquals(expected.keySet(), Set.copyOf(table.errors().stream()
        .filter(e -> e.arguments().isEmpty()).map(GeneratedBehaviourTest::name).toList()));
  }

  private static void assertBody(String expected, ErrorBody body) {
    assertEquals(expected, body.toString());
    assertEquals(expected.getBytes(UTF_8).length, body.length());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      body.writeTo(out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertArrayEquals(expected.getBytes(UTF_8), out.toByteArray());
  }

  private static String name(DocumentedError error) {
    return ((Enum<?>) error).name();
  }

  private static List<String> names(List<? extends DocumentedError> errors) {
    return errors.stream().map(GeneratedBehaviourTest::name).toList();
  }

  private static ErrorTable table(Compiled compiled, String enumName) {
    try {
      return (ErrorTable) compiled.load(enumName).getMethod("table").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static CatalogException exception(Compiled compiled, String className, Class<?>[] types, Object... args) {
    try {
      return (CatalogException) compiled.load(className).getConstructor(types).newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
