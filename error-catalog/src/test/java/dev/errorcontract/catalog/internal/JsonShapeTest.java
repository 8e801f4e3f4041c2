package dev.errorcontract.catalog.internal;

import static dev.errorcontract.catalog.internal.JsonShape.argument;
import static dev.errorcontract.catalog.internal.JsonShape.attribute;
import static dev.errorcontract.catalog.internal.JsonShape.constant;
import static dev.errorcontract.catalog.internal.JsonShape.object;
import static dev.errorcontract.catalog.internal.JsonShape.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.Instance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact bytes of every shape feature, each body also parsed back with Jackson. */
class JsonShapeTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final DocumentedStatus BAD_REQUEST = status("Bad Request", 400);
  private static final DocumentedStatus SERVER_ERRORS = status("Server Errors", 500, 502, 503);

  // ------------------------------------------------------------------ field bodies

  @Test
  void fieldWithAttributeMembersWrittenOrNullOrLeftOut() throws IOException {
    JsonShape shape = JsonShape.of(
        value("message", CatalogValue.DETAIL),
        attribute("type", "type"),
        attribute("doc_url", "doc_url").omittedWhenAbsent(),
        value("code", CatalogValue.CODE));
    RowBodies withAll = shape.compile(ErrorRow.answering(400, "Card declined")
        .code("card_declined").attribute("type", "card_error").attribute("doc_url", "https://x/y").of(BAD_REQUEST));
    assertBody("{\"message\":\"Card declined\",\"type\":\"card_error\",\"doc_url\":\"https://x/y\","
        + "\"code\":\"card_declined\"}", withAll.body(400));
    RowBodies withNone = shape.compile(ErrorRow.answering(400, "Bad").of(BAD_REQUEST));
    assertBody("{\"message\":\"Bad\",\"type\":null,\"code\":null}", withNone.body(400));
    assertEquals("application/json", withNone.mediaType());
  }

  @Test
  void argumentsAreWrittenInTheirJsonKind() throws IOException {
    JsonShape shape = JsonShape.of(
        value("detail", CatalogValue.DETAIL),
        argument("param", "param").omittedWhenAbsent(),
        argument("limit", "limit"),
        argument("strict", "strict"));
    RowBodies bodies = shape.compile(
        ErrorRow.answering(400, "Bad {param}: {limit} {strict}").arguments("param", "limit", "strict").of(BAD_REQUEST));
    assertNull(bodies.body(400), "a template has no constant body");
    ErrorBody body = bodies.render("Bad a\"b: 10 true", null, new Object[] {"a\"b", 10, true});
    assertBody("{\"detail\":\"Bad a\\\"b: 10 true\",\"param\":\"a\\\"b\",\"limit\":10,\"strict\":true}", body);
    ErrorBody nulls = bodies.render("x", null, new Object[] {null, null, null});
    assertBody("{\"detail\":\"x\",\"param\":null,\"limit\":null,\"strict\":null}", nulls);
    RowBodies without = shape.compile(ErrorRow.answering(400, "Plain").of(BAD_REQUEST));
    assertBody("{\"detail\":\"Plain\",\"limit\":null,\"strict\":null}", without.body(400));
  }

  @Test
  void everyArgumentTypeIsWrittenByItsJsonKind() throws IOException {
    JsonShape shape = JsonShape.of(argument("a", "a"), argument("b", "b"), argument("c", "c"), argument("d", "d"),
        argument("e", "e"), argument("f", "f"), argument("g", "g"));
    RowBodies bodies = shape.compile(ErrorRow.answering(400, "{a}{b}{c}{d}{e}{f}{g}")
        .arguments("a", "b", "c", "d", "e", "f", "g").of(BAD_REQUEST));
    ErrorBody body = bodies.render("x", null, new Object[] {
        (short) -3, (byte) 7, new java.math.BigInteger("123456789012345678901234567890"), 'q',
        new StringBuilder("caf\u00e9 \uD83D\uDE00"), java.time.DayOfWeek.MONDAY, new java.math.BigDecimal("1.50")});
    assertBody("{\"a\":-3,\"b\":7,\"c\":123456789012345678901234567890,\"d\":\"q\","
        + "\"e\":\"caf\u00e9 \\uD83D\\uDE00\",\"f\":\"MONDAY\",\"g\":\"1.50\"}", body);
  }

  @Test
  void omittedMembersCostNothingPerResponse() {
    JsonShape shape = JsonShape.of(attribute("a", "a").omittedWhenAbsent(), value("detail", CatalogValue.DETAIL));
    RowBodies bodies = shape.compile(ErrorRow.answering(400, "x").of(BAD_REQUEST));
    assertSame(bodies.body(400), bodies.body(400), "encoded once");
    assertSame(bodies.body(400), bodies.body(400, "ignored: the shape has no instance"));
  }

  // ------------------------------------------------------------------ problem details

  @Test
  void problemDetailsWithRowTypeTitleAndInstance() throws IOException {
    JsonShape shape = problem().mediaType("application/problem+json; charset=utf-8").instance(Instance.REQUEST_PATH);
    RowBodies bodies = shape.compile(ErrorRow.answering(400, "Out of credit").title("Out of credit")
        .type("https://example.com/probs/out-of-credit").attribute("balance", "30").of(BAD_REQUEST));
    String start = "{\"type\":\"https://example.com/probs/out-of-credit\",\"title\":\"Out of credit\",\"status\":400,"
        + "\"detail\":\"Out of credit\"";
    assertBody(start + ",\"balance\":\"30\"}", bodies.body(400));
    assertBody(start + ",\"instance\":\"/accounts/12\",\"balance\":\"30\"}", bodies.body(400, "/accounts/12"));
    assertEquals("application/problem+json; charset=utf-8", bodies.mediaType());
    RowBodies template = shape.compile(ErrorRow.answering(400, "Limit {n}").type("about:blank").arguments("n")
        .of(BAD_REQUEST));
    assertBody("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Limit 3\","
        + "\"instance\":\"urn:uuid:1\",\"balance\":null}", template.render("Limit 3", "urn:uuid:1"));
    assertBody("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Limit 3\","
        + "\"balance\":null}", template.render("Limit 3", null));
  }

  private static JsonShape problem() {
    return JsonShape.of(
        value("type", CatalogValue.TYPE),
        value("title", CatalogValue.TITLE),
        value("status", CatalogValue.STATUS),
        value("detail", CatalogValue.DETAIL),
        value("instance", CatalogValue.INSTANCE).omittedWhenAbsent(),
        attribute("balance", "balance"));
  }

  // ------------------------------------------------------------------ nested records

  @Test
  void nestedObjectsWithInstancesLeftOutFirstOrLast() throws IOException {
    JsonShape shape = JsonShape.of(
        object("error",
            value("instance", CatalogValue.INSTANCE).omittedWhenAbsent(),
            value("ref", CatalogValue.INSTANCE).omittedWhenAbsent(),
            attribute("type", "type").omittedWhenAbsent(),
            value("message", CatalogValue.DETAIL),
            value("again", CatalogValue.INSTANCE).omittedWhenAbsent()),
        object("only", value("instance", CatalogValue.INSTANCE).omittedWhenAbsent()),
        object("empty"),
        constant("version", 2),
        constant("beta", false))
        .instance(Instance.EXCEPTION);
    RowBodies bodies = shape.compile(ErrorRow.answering(400, "No").of(BAD_REQUEST));
    assertBody("{\"error\":{\"message\":\"No\"},\"only\":{},\"empty\":{},\"version\":2,\"beta\":false}",
        bodies.body(400));
    assertBody("{\"error\":{\"instance\":\"i\",\"ref\":\"i\",\"message\":\"No\",\"again\":\"i\"},"
        + "\"only\":{\"instance\":\"i\"},\"empty\":{},\"version\":2,\"beta\":false}", bodies.body(400, "i"));
  }

  @Test
  void anInstanceWrittenNullWhenAbsentAndAbsentWithoutASource() throws IOException {
    JsonShape shape = JsonShape.of(value("instance", CatalogValue.INSTANCE), value("detail", CatalogValue.DETAIL));
    RowBodies withSource = shape.instance(Instance.CORRELATION_URN).compile(ErrorRow.answering(400, "d").of(BAD_REQUEST));
    assertBody("{\"instance\":null,\"detail\":\"d\"}", withSource.body(400));
    assertBody("{\"instance\":\"urn:uuid:x\",\"detail\":\"d\"}", withSource.body(400, "urn:uuid:x"));
    RowBodies noSource = shape.compile(ErrorRow.answering(400, "d").of(BAD_REQUEST));
    assertBody("{\"instance\":null,\"detail\":\"d\"}", noSource.body(400, "urn:uuid:x"));
  }

  // ------------------------------------------------------------------ status rows covering several codes

  @Test
  void anAddedAnswerOfSeveralCodesHasABodyPerCode() throws IOException {
    JsonShape shape = JsonShape.of(value("status", CatalogValue.STATUS), value("title", CatalogValue.TITLE));
    ErrorRow row = ErrorRow.answering(500, "Server Errors").addedByLibrary().of(SERVER_ERRORS);
    RowBodies bodies = shape.compile(row);
    assertBody("{\"status\":500,\"title\":\"Server Errors\"}", bodies.body(500));
    assertBody("{\"status\":502,\"title\":\"Server Errors\"}", bodies.body(502));
    assertBody("{\"status\":503,\"title\":\"Server Errors\"}", bodies.body(503, null));
    assertBody("{\"status\":500,\"title\":\"Server Errors\"}", bodies.body(504), "uncovered: its own code");
    assertEquals(502, row.statusFor(502));
    ErrorRow declared = ErrorRow.answering(502, "Upstream down").of(SERVER_ERRORS);
    assertEquals(502, declared.statusFor(503), "a declared row answers with its own code");
    assertBody("{\"status\":502,\"title\":\"Server Errors\"}", shape.compile(declared).body(503));
  }

  @Test
  void aCompletedRowNoLongerChanges() {
    ErrorRow row = ErrorRow.answering(400, "x").of(BAD_REQUEST);
    assertThrows(IllegalStateException.class, () -> row.code("late"));
    assertThrows(IllegalArgumentException.class, () -> ErrorRow.answering(404, "x").of(BAD_REQUEST));
    assertThrows(IllegalArgumentException.class,
        () -> JsonShape.of(value("a", CatalogValue.DETAIL), constant("a", "b")));
  }

  @Test
  void onlyErrorBodyMakesBodies() {
    assertThrows(IllegalStateException.class, () -> ErrorBodies.install(new ErrorBodies.Maker() {
      @Override
      public ErrorBody encoded(byte[] utf8) {
        return null;
      }

      @Override
      public ErrorBody streamed(BodyTemplate template, String detail, String instance, Object[] arguments) {
        return null;
      }
    }));
  }

  // ------------------------------------------------------------------ helpers

  private static void assertBody(String expected, ErrorBody body) throws IOException {
    assertBody(expected, body, "");
  }

  /** The bytes, the length, the streamed bytes, and Jackson agreeing that it is that JSON. */
  private static void assertBody(String expected, ErrorBody body, String message) throws IOException {
    byte[] bytes = expected.getBytes(StandardCharsets.UTF_8);
    assertEquals(expected, body.toString(), message);
    assertEquals(bytes.length, body.length(), message);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.writeTo(out);
    assertEquals(expected, out.toString(StandardCharsets.UTF_8), message);
    assertEquals(new String(JACKSON.writeValueAsBytes(JACKSON.readTree(bytes)), StandardCharsets.UTF_8), expected);
  }

  static DocumentedStatus status(String title, int... codes) {
    List<Integer> list = Arrays.stream(codes).boxed().toList();
    return new DocumentedStatus() {
      @Override
      public int code() {
        return codes[0];
      }

      @Override
      public List<Integer> codes() {
        return list;
      }

      @Override
      public boolean covers(int code) {
        return list.contains(code);
      }

      @Override
      public String title() {
        return title;
      }

      @Override
      public String description() {
        return "";
      }

      @Override
      public Map<String, String> headers() {
        return Map.of();
      }
    };
  }
}
