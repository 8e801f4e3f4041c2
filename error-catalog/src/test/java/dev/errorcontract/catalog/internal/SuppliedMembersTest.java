package dev.errorcontract.catalog.internal;

import static dev.errorcontract.catalog.internal.JsonShape.message;
import static dev.errorcontract.catalog.internal.JsonShape.path;
import static dev.errorcontract.catalog.internal.JsonShape.supplied;
import static dev.errorcontract.catalog.internal.JsonShape.value;
import static dev.errorcontract.catalog.internal.JsonShape.violations;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Members holding values the throwing code or validation supplies: a string and a list of violations,
 * written byte for byte as Jackson writes the same records, left out or {@code null} when absent, read
 * back, and bounded.
 */
class SuppliedMembersTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final DocumentedStatus BAD_REQUEST = JsonShapeTest.status("Bad Request", 400);

  /** RFC 9457's invalid-params item, as an application would declare it for Jackson. */
  record InvalidParam(String name, String reason) {}

  /** The whole body as Jackson writes it, members left out when null. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Problem(String detail, String param, @JsonProperty("invalid-params") List<InvalidParam> invalidParams) {}

  /** The same body, members written null when absent. */
  record ProblemWithNulls(String detail, String param, @JsonProperty("invalid-params") List<InvalidParam> invalidParams) {}

  private static final JsonShape OMITTED = JsonShape.of(
      value("detail", CatalogValue.DETAIL),
      supplied("param", "param").omittedWhenAbsent(),
      violations("invalid-params", "invalidParams", path("name"), message("reason")).omittedWhenAbsent());

  private static final JsonShape NULLS = JsonShape.of(
      value("detail", CatalogValue.DETAIL),
      supplied("param", "param"),
      violations("invalid-params", "invalidParams", path("name"), message("reason")));

  private static final List<Violation> SEVERAL = List.of(
      new Violation("age", "must be a positive integer"),
      new Violation("color", "must be 'green', 'red' or 'blue'"),
      new Violation("na\u00efve.\"quoted\"", "tab\there \uD83D\uDE00 \u0001"));

  private static List<InvalidParam> items(List<Violation> violations) {
    return violations.stream().map(v -> new InvalidParam(v.path(), v.message())).toList();
  }

  @Test
  void severalViolationsAreWrittenAsJacksonWritesTheList() throws IOException {
    RowBodies bodies = OMITTED.compile(ErrorRow.answering(400, "Your request parameters didn't validate.").of(BAD_REQUEST));
    ErrorBody body = bodies.body(400, null, Map.of("invalidParams", SEVERAL));
    assertArrayEquals(
        JACKSON.writeValueAsBytes(new Problem("Your request parameters didn't validate.", null, items(SEVERAL))),
        bytes(body));
    assertEquals("{\"detail\":\"Your request parameters didn't validate.\",\"invalid-params\":["
        + "{\"name\":\"age\",\"reason\":\"must be a positive integer\"},"
        + "{\"name\":\"color\",\"reason\":\"must be 'green', 'red' or 'blue'\"},"
        + "{\"name\":\"na\u00efve.\\\"quoted\\\"\",\"reason\":\"tab\\there \\uD83D\\uDE00 \\u0001\"}]}", text(body));
    assertEquals(body.length(), bytes(body).length);
  }

  @Test
  void absentValuesAreLeftOutOrNullAsJacksonDoes() throws IOException {
    ErrorRow row = ErrorRow.answering(400, "Bad").of(BAD_REQUEST);
    assertArrayEquals(JACKSON.writeValueAsBytes(new Problem("Bad", null, null)),
        bytes(OMITTED.compile(row).body(400)));
    assertArrayEquals(JACKSON.writeValueAsBytes(new ProblemWithNulls("Bad", null, null)),
        bytes(NULLS.compile(ErrorRow.answering(400, "Bad").of(BAD_REQUEST)).body(400)));
    assertArrayEquals(JACKSON.writeValueAsBytes(new ProblemWithNulls("Bad", "amount", List.of())),
        bytes(NULLS.compile(ErrorRow.answering(400, "Bad").of(BAD_REQUEST))
            .body(400, null, Map.of("param", "amount", "invalidParams", List.of()))));
    assertArrayEquals(JACKSON.writeValueAsBytes(new Problem("Bad", "amount", null)),
        bytes(OMITTED.compile(row).body(400, null, Map.of("param", "amount"))));
  }

  @Test
  void aTemplateDetailCarriesSuppliedValuesToo() throws IOException {
    RowBodies bodies = OMITTED.compile(ErrorRow.answering(400, "Missing {what}").arguments("what").of(BAD_REQUEST));
    ErrorBody body = bodies.render("Missing amount", null, null, Map.of("param", "amount"));
    assertArrayEquals(JACKSON.writeValueAsBytes(new Problem("Missing amount", "amount", null)), bytes(body));
  }

  @Test
  void aValueOfTheWrongKindIsRefused() {
    RowBodies bodies = NULLS.compile(ErrorRow.answering(400, "Bad").of(BAD_REQUEST));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> bodies.body(400, null, Map.of("invalidParams", "not a list")));
    assertEquals("invalidParams: a list of violations, not java.lang.String", e.getMessage());
  }

  @Test
  void anOptionalSuppliedMemberBeforeEveryWrittenOneIsRefused() {
    JsonShape first = JsonShape.of(supplied("param", "param").omittedWhenAbsent(), value("detail", CatalogValue.DETAIL));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> first.compile(ErrorRow.answering(400, "Bad").of(BAD_REQUEST)));
    assertEquals("member \"param\" is left out when absent but comes before every member always written: "
        + "[param=supplied param?, detail=DETAIL]", e.getMessage());
  }

  @Test
  void theLimitsFailTheThrowingCodeAndCutValidation() {
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < Supplied.MAX_ITEMS + 1; i++) {
      many.add(new Violation("p" + i, "m"));
    }
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
        () -> Supplied.checked("invalidParams", many));
    assertEquals("invalidParams: 101 items, more than the 100 a list may hold", tooMany.getMessage());
    String longText = "x".repeat(Supplied.MAX_VALUE_LENGTH - 1) + "\uD83D\uDE00";
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
        () -> Supplied.checked("param", longText));
    assertEquals("param: 1025 characters, more than the 1024 a value may have", tooLong.getMessage());
    List<Violation> kept = Supplied.fromValidation(many.subList(0, 100).stream()
        .map(v -> new Violation(v.path(), longText)).toList().subList(0, 100));
    assertEquals(100, kept.size());
    assertEquals(Supplied.MAX_VALUE_LENGTH - 1, kept.get(0).message().length(), "never cut inside a surrogate pair");
    assertEquals(100, Supplied.fromValidation(many).size());
    assertEquals("p99", Supplied.fromValidation(many).get(99).path());
  }

  private static byte[] bytes(ErrorBody body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.writeTo(out);
    return out.toByteArray();
  }

  private static String text(ErrorBody body) throws IOException {
    return new String(bytes(body), StandardCharsets.UTF_8);
  }
}
