package dev.errorcontract.processor.generate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.UndocumentedAnswerException;
import dev.errorcontract.catalog.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link Scenarios#LISTS} catalog run: RFC 9457's {@code invalid-params} filled from validation
 * and by the throwing code, Stripe's {@code param} supplied where the error is thrown, each body equal
 * byte for byte to what Jackson writes for the same records, and decoded back into the typed exception.
 */
class ListsScenarioTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final Compiled LISTS = Compiled.compile(Scenarios.LISTS.sources());

  /** One item of RFC 9457's example. */
  record InvalidParam(String name, String reason) {}

  /** The problem details as an application would write them with Jackson. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Problem(String type, String title, int status, String detail, String param,
      @JsonProperty("invalid-params") List<InvalidParam> invalidParams) {}

  private static final List<Violation> VIOLATIONS = List.of(
      new Violation("age", "must be a positive integer"),
      new Violation("color", "must be 'green', 'red' or 'blue'"),
      new Violation("address.zip", "must match \"\\d{5}\""));

  private static final String VALIDATION = "Your request parameters didn't validate.";

  @Test
  void validationAnswersWithEveryViolationAsJacksonWritesThem() throws Exception {
    ErrorTable table = table();
    DocumentedError row = table.forCondition(Condition.INVALID_INPUT);
    assertEquals("YOUR_REQUEST_PARAMETERS_DIDNT_VALIDATE", ((Enum<?>) row).name());
    byte[] sent = bytes(row.body(400, null, VIOLATIONS));
    assertArrayEquals(JACKSON.writeValueAsBytes(new Problem("https://example.net/validation-error", VALIDATION, 400,
        VALIDATION, null, items(VIOLATIONS))), sent);
    assertEquals("{\"type\":\"https://example.net/validation-error\",\"title\":\"Your request parameters didn't validate.\","
        + "\"status\":400,\"detail\":\"Your request parameters didn't validate.\",\"invalid-params\":["
        + "{\"name\":\"age\",\"reason\":\"must be a positive integer\"},"
        + "{\"name\":\"color\",\"reason\":\"must be 'green', 'red' or 'blue'\"},"
        + "{\"name\":\"address.zip\",\"reason\":\"must match \\\"\\\\d{5}\\\"\"}]}", new String(sent, UTF_8));
    // Without violations, the body every answer of the row shares: the list left out.
    assertSame(row.body(400, null), row.body(400, null, null));
    assertEquals("{\"type\":\"https://example.net/validation-error\",\"title\":\"Your request parameters didn't validate.\","
        + "\"status\":400,\"detail\":\"Your request parameters didn't validate.\"}", new String(bytes(row.body()), UTF_8));

    CatalogException decoded = decoder().decode(400, "application/problem+json", sent);
    assertEquals("lists.ShopException$YourRequestParametersDidntValidate", decoded.getClass().getName());
    assertEquals(VIOLATIONS, decoded.getClass().getMethod("invalidParams").invoke(decoded));
    assertNull(decoded.getClass().getMethod("param").invoke(decoded));
  }

  @Test
  void theThrowingCodeSuppliesTheParamAndTheList() throws Exception {
    CatalogException thrown = make("lists.ShopException$AmountIsNotPositive", long.class, -5L);
    thrown.getClass().getMethod("withParam", String.class).invoke(thrown, "amount");
    byte[] sent = bytes(thrown.body());
    assertArrayEquals(JACKSON.writeValueAsBytes(new Problem("https://example.net/general", "Bad Request", 400,
        "Amount -5 is not positive", "amount", null)), sent);
    CatalogException decoded = decoder().decode(400, "application/problem+json", sent);
    assertEquals("lists.ShopException$AmountIsNotPositive", decoded.getClass().getName());
    assertEquals(-5L, decoded.getClass().getMethod("amount").invoke(decoded));
    assertEquals("amount", decoded.getClass().getMethod("param").invoke(decoded));

    CatalogException listed = make("lists.ShopException$YourRequestParametersDidntValidate", null, null);
    listed.getClass().getMethod("withInvalidParams", List.class).invoke(listed, VIOLATIONS.subList(0, 1));
    listed.getClass().getMethod("withParam", String.class).invoke(listed, "age");
    byte[] both = bytes(listed.body());
    assertArrayEquals(JACKSON.writeValueAsBytes(new Problem("https://example.net/validation-error", VALIDATION, 400,
        VALIDATION, "age", items(VIOLATIONS.subList(0, 1)))), both);
    CatalogException back = decoder().decode(400, "application/problem+json", both);
    assertEquals(VIOLATIONS.subList(0, 1), back.getClass().getMethod("invalidParams").invoke(back));
    assertEquals("age", back.getClass().getMethod("param").invoke(back));
  }

  @Test
  void aBodySpelledOtherwiseDecodesByMeaning() throws Exception {
    String spelled = "{ \"invalid-params\" : [ { \"reason\" : \"must be a positive integer\", \"name\" : \"age\" } ],"
        + " \"detail\": \"Your request parameters didn't validate.\", \"status\": 400,"
        + " \"title\": \"Your request parameters didn't validate.\", \"type\": \"https://example.net/validation-error\" }";
    CatalogException decoded = decoder().decode(400, "application/problem+json", spelled.getBytes(UTF_8));
    assertEquals(VIOLATIONS.subList(0, 1), decoded.getClass().getMethod("invalidParams").invoke(decoded));
    String wrongItem = spelled.replace("\"name\" : \"age\"", "\"name\" : 7");
    assertThrows(UndocumentedAnswerException.class,
        () -> decoder().decode(400, "application/problem+json", wrongItem.getBytes(UTF_8)));
  }

  @Test
  void theLimitsHoldOnEverySide() throws Exception {
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      many.add(new Violation("items[" + i + "].name", "must not be blank"));
    }
    DocumentedError row = table().forCondition(Condition.INVALID_INPUT);
    // Validation: the first 100 are sent.
    byte[] sent = bytes(row.body(400, null, many));
    CatalogException decoded = decoder().decode(400, "application/problem+json", sent);
    assertEquals(many.subList(0, 100), decoded.getClass().getMethod("invalidParams").invoke(decoded));
    // The throwing code: refused where it supplies them.
    CatalogException thrown = make("lists.ShopException$YourRequestParametersDidntValidate", null, null);
    InvocationTargetException refused = assertThrows(InvocationTargetException.class,
        () -> thrown.getClass().getMethod("withInvalidParams", List.class).invoke(thrown, many));
    assertEquals("invalidParams: 150 items, more than the 100 a list may hold", refused.getCause().getMessage());
    // A decoder: a longer list is not a documented answer.
    String over = new String(sent, UTF_8).replace("]}", ",{\"name\":\"x\",\"reason\":\"y\"}]}");
    UndocumentedAnswerException undocumented = assertThrows(UndocumentedAnswerException.class,
        () -> decoder().decode(400, "application/problem+json", over.getBytes(UTF_8)));
    assertEquals(400, undocumented.status());
  }

  @Test
  void anExceptionWithItsListAndValueSerializes() throws Exception {
    CatalogException thrown = make("lists.ShopException$YourRequestParametersDidntValidate", null, null);
    thrown.getClass().getMethod("withInvalidParams", List.class).invoke(thrown, VIOLATIONS);
    thrown.getClass().getMethod("withParam", String.class).invoke(thrown, "age");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.io.ObjectOutputStream objects = new java.io.ObjectOutputStream(out)) {
      objects.writeObject(thrown);
    }
    CatalogException read;
    try (java.io.ObjectInputStream objects = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(out.toByteArray())) {
      @Override
      protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        return desc.getName().startsWith("lists.") ? LISTS.load(desc.getName()) : super.resolveClass(desc);
      }
    }) {
      read = (CatalogException) objects.readObject();
    }
    assertEquals(VIOLATIONS, read.getClass().getMethod("invalidParams").invoke(read));
    assertArrayEquals(bytes(thrown.body()), bytes(read.body()));
  }

  private static List<InvalidParam> items(List<Violation> violations) {
    return violations.stream().map(v -> new InvalidParam(v.path(), v.message())).toList();
  }

  private static ErrorTable table() throws Exception {
    return (ErrorTable) LISTS.load("lists.ShopError").getMethod("table").invoke(null);
  }

  private static ErrorDecoder decoder() throws Exception {
    return (ErrorDecoder) LISTS.load("lists.ShopDecoder").getMethod("decoder").invoke(null);
  }

  private static CatalogException make(String name, Class<?> argType, Object arg) throws Exception {
    Class<?> type = LISTS.load(name);
    return argType == null ? (CatalogException) type.getConstructor().newInstance()
        : (CatalogException) type.getConstructor(argType).newInstance(arg);
  }

  private static byte[] bytes(ErrorBody body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.writeTo(out);
    return out.toByteArray();
  }
}
