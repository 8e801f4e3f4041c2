package dev.errorcontract.catalog;

import static dev.errorcontract.catalog.JsonShape.bound;
import static dev.errorcontract.catalog.JsonShape.constant;
import static dev.errorcontract.catalog.JsonShape.nested;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Exact bytes of every shape, cross-checked by parsing them back with Jackson. */
class JsonShapeTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  // ---------------------------------------------------------------- field

  @Test
  void fieldShape() throws Exception {
    JsonShape shape = JsonShape.field("detail");
    assertEquals("application/json", shape.mediaType());
    BodyTemplate template = shape.compile(400, "Bad request", null, "The nonce could not be verified");
    ErrorBody body = template.render("Invalid nonce");
    assertBody("{\"detail\":\"Invalid nonce\"}", body);
    assertTree(JACKSON.createObjectNode().put("detail", "Invalid nonce"), body);
  }

  @Test
  void fieldNameAndDetailAreEscaped() throws Exception {
    BodyTemplate template = JsonShape.field("a\"b\n").compile(400, "Bad request", null, "");
    ErrorBody body = template.render("x\\y\u00E9\uD83D\uDE00");
    assertBody("{\"a\\\"b\\n\":\"x\\\\y\u00E9\\uD83D\\uDE00\"}", body);
    assertTree(JACKSON.createObjectNode().put("a\"b\n", "x\\y\u00E9\uD83D\uDE00"), body);
  }

  @Test
  void renderedBodiesAreEqualToJacksonsOwnSerialization() throws Exception {
    BodyTemplate template = JsonShape.field("message").compile(422, "Unprocessable", null, "");
    String detail = "Invalid limit: \u0001\u2028\uDC00 \"500\"";
    ObjectNode expected = JACKSON.createObjectNode().put("message", detail);
    assertArrayEquals(JACKSON.writeValueAsBytes(expected), template.render(detail).toByteArray());
  }

  // ---------------------------------------------------------------- problem details

  @Test
  void problemDetailsWithoutInstance() throws Exception {
    JsonShape shape = JsonShape.problemDetails("about:blank", false);
    assertEquals("application/problem+json", shape.mediaType());
    BodyTemplate template = shape.compile(404, "Not found", "no_such_thing", "It does not exist.");
    ErrorBody body = template.render("Unknown passport", "/passports/42");
    assertBody(
        "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"detail\":\"Unknown passport\"}",
        body);
    assertTree(
        JACKSON.createObjectNode()
            .put("type", "about:blank")
            .put("title", "Not found")
            .put("status", 404)
            .put("detail", "Unknown passport"),
        body);
  }

  @Test
  void problemDetailsWithInstanceGivenAndNotGiven() throws Exception {
    JsonShape shape =
        JsonShape.problemDetails(
            "https://example.com/probs/limit",
            true,
            bound("code", CatalogValue.CODE),
            constant("retryable", false));
    BodyTemplate template = shape.compile(429, "Too many requests", "rate_limited", "Slow down.");

    ErrorBody with = template.render("Limit \"5\" reached", "/jobs/7");
    assertBody(
        "{\"type\":\"https://example.com/probs/limit\",\"title\":\"Too many requests\",\"status\":429,"
            + "\"detail\":\"Limit \\\"5\\\" reached\",\"instance\":\"/jobs/7\","
            + "\"code\":\"rate_limited\",\"retryable\":false}",
        with);
    assertTree(
        JACKSON.createObjectNode()
            .put("type", "https://example.com/probs/limit")
            .put("title", "Too many requests")
            .put("status", 429)
            .put("detail", "Limit \"5\" reached")
            .put("instance", "/jobs/7")
            .put("code", "rate_limited")
            .put("retryable", false),
        with);

    String without =
        "{\"type\":\"https://example.com/probs/limit\",\"title\":\"Too many requests\",\"status\":429,"
            + "\"detail\":\"Limit\",\"code\":\"rate_limited\",\"retryable\":false}";
    assertBody(without, template.render("Limit", null));
    assertBody(without, template.render("Limit"));
  }

  @Test
  void problemExtensionBoundToAMissingCodeIsNull() throws Exception {
    JsonShape shape =
        JsonShape.problemDetails(
            "about:blank",
            false,
            bound("code", CatalogValue.CODE),
            constant("docs", "https://example.com/errors"),
            bound("description", CatalogValue.DESCRIPTION));
    ErrorBody body = shape.compile(500, "Internal error", null, "Something broke.").render("Oops");
    assertBody(
        "{\"type\":\"about:blank\",\"title\":\"Internal error\",\"status\":500,\"detail\":\"Oops\","
            + "\"code\":null,\"docs\":\"https://example.com/errors\",\"description\":\"Something broke.\"}",
        body);
    assertTree(
        JACKSON.createObjectNode()
            .put("type", "about:blank")
            .put("title", "Internal error")
            .put("status", 500)
            .put("detail", "Oops")
            .putNull("code")
            .put("docs", "https://example.com/errors")
            .put("description", "Something broke."),
        body);
  }

  @Test
  void instanceIsIgnoredByShapesThatDoNotDeclareIt() {
    BodyTemplate field = JsonShape.field("detail").compile(400, "Bad", null, "");
    assertBody("{\"detail\":\"d\"}", field.render("d", "/ignored"));
  }

  // ---------------------------------------------------------------- record

  @Test
  void recordWithNestedObjectAndEveryConstantType() throws Exception {
    JsonShape shape =
        JsonShape.record(
            nested(
                "error",
                bound("message", CatalogValue.DETAIL),
                bound("code", CatalogValue.CODE),
                nested("meta", constant("version", 2L), constant("retryable", true))),
            bound("status", CatalogValue.STATUS),
            bound("title", CatalogValue.TITLE),
            constant("source", "passport-api"),
            constant("negative", Long.MIN_VALUE),
            constant("flag", false),
            nested("empty"));
    assertEquals("application/json", shape.mediaType());
    ErrorBody body = shape.compile(403, "Forbidden", "denied", "No access.").render("Access denied");
    assertBody(
        "{\"error\":{\"message\":\"Access denied\",\"code\":\"denied\","
            + "\"meta\":{\"version\":2,\"retryable\":true}},"
            + "\"status\":403,\"title\":\"Forbidden\",\"source\":\"passport-api\","
            + "\"negative\":-9223372036854775808,\"flag\":false,\"empty\":{}}",
        body);
    ObjectNode expected = JACKSON.createObjectNode();
    ObjectNode error = expected.putObject("error").put("message", "Access denied").put("code", "denied");
    error.putObject("meta").put("version", 2).put("retryable", true);
    expected
        .put("status", 403)
        .put("title", "Forbidden")
        .put("source", "passport-api")
        .put("negative", Long.MIN_VALUE)
        .put("flag", false)
        .putObject("empty");
    assertTree(expected, body);
  }

  @Test
  void detailBoundTwice() throws Exception {
    BodyTemplate template =
        JsonShape.record(
                bound("message", CatalogValue.DETAIL),
                nested("error", bound("detail", CatalogValue.DETAIL), bound("code", CatalogValue.CODE)))
            .compile(409, "Conflict", "dup", "");
    ErrorBody body = template.render("Already \u00E9xists\t");
    assertBody(
        "{\"message\":\"Already \u00E9xists\\t\",\"error\":{\"detail\":\"Already \u00E9xists\\t\","
            + "\"code\":\"dup\"}}",
        body);
    ObjectNode expected = JACKSON.createObjectNode().put("message", "Already \u00E9xists\t");
    expected.putObject("error").put("detail", "Already \u00E9xists\t").put("code", "dup");
    assertTree(expected, body);
  }

  @Test
  void detailNotBoundGivesOneSharedBody() throws Exception {
    BodyTemplate template =
        JsonShape.record(bound("status", CatalogValue.STATUS), bound("code", CatalogValue.CODE))
            .compile(401, "Unauthorized", "auth", "");
    ErrorBody first = template.render("one");
    assertBody("{\"status\":401,\"code\":\"auth\"}", first);
    assertSame(first, template.render("two", "/x"));
    assertTree(JACKSON.createObjectNode().put("status", 401).put("code", "auth"), first);
  }

  @Test
  void emptyRecordIsAnEmptyObject() {
    assertBody("{}", JsonShape.record().compile(400, "Bad", null, "").render("x"));
  }

  @Test
  void detailAtTheVeryStartAndEnd() {
    BodyTemplate template =
        JsonShape.record(bound("a", CatalogValue.DETAIL), bound("b", CatalogValue.DETAIL))
            .compile(400, "Bad", null, "");
    assertBody("{\"a\":\"\",\"b\":\"\"}", template.render(""));
    assertBody("{\"a\":\"\\u001F\",\"b\":\"\\u001F\"}", template.render("\u001F"));
  }

  @Test
  void templatesAreReusableAndBodiesIndependent() {
    BodyTemplate template = JsonShape.field("d").compile(400, "Bad", null, "");
    ErrorBody a = template.render("a");
    ErrorBody b = template.render("b");
    assertBody("{\"d\":\"a\"}", a);
    assertBody("{\"d\":\"b\"}", b);
    assertEquals(template.render("a"), a);
  }

  @Test
  void bodiesAreEqualByTheirBytesWhetherEncodedOrStreamed() {
    ErrorBody streamed = JsonShape.field("d").compile(400, "Bad", null, "").render("same");
    ErrorBody encoded = ErrorBody.own("{\"d\":\"same\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(encoded, streamed);
    assertEquals(streamed, encoded);
    assertEquals(encoded.hashCode(), streamed.hashCode());
    assertNotEquals(encoded, JsonShape.field("d").compile(400, "Bad", null, "").render("other"));
    assertNotEquals(streamed, "{\"d\":\"same\"}");
  }

  @Test
  void encodeBuildsTheBytesOnceAndRenderDefersThem() {
    BodyTemplate template = JsonShape.field("detail").compile(400, "Bad", null, "");
    ErrorBody encoded = template.encode("Invalid \"nonce\"");
    // A constant error's body is written on every response: it must be bytes, not a template.
    assertInstanceOf(ErrorBody.Encoded.class, encoded);
    assertInstanceOf(ErrorBody.Streamed.class, template.render("Invalid \"nonce\""));
    assertBody("{\"detail\":\"Invalid \\\"nonce\\\"\"}", encoded);
    assertEquals(template.render("Invalid \"nonce\""), encoded);
    assertThrows(NullPointerException.class, () -> template.encode(null));
  }

  @Test
  void encodingATemplateWithoutHolesGivesItsSharedBody() {
    BodyTemplate template =
        JsonShape.record(bound("status", CatalogValue.STATUS)).compile(401, "Unauthorized", null, "");
    assertSame(template.render("one"), template.encode("two"));
  }

  @Test
  void aStreamedBodyWritesExactlyItsLengthEveryTime() {
    BodyTemplate template = JsonShape.problemDetails("about:blank", true).compile(404, "Not Found", null, "");
    ErrorBody body = template.render("Passport \"P-1\" n\u00E3o \uD83D\uDE00\u0007", "/passports/P-1");
    byte[] first = written(body);
    assertEquals(body.length(), first.length);
    assertArrayEquals(first, written(body));
    assertArrayEquals(first, body.toByteArray());
  }

  @Test
  void toStringShowsTheHoles() {
    BodyTemplate template =
        JsonShape.problemDetails("about:blank", true).compile(400, "Bad", null, "");
    assertEquals(
        "BodyTemplate{\"type\":\"about:blank\",\"title\":\"Bad\",\"status\":400,\"detail\":${detail}"
            + "${,\"instance\":instance?}}",
        template.toString());
    assertEquals(
        "JsonShape.record[a=DETAIL, b={c=1}] application/json",
        JsonShape.record(bound("a", CatalogValue.DETAIL), nested("b", constant("c", 1))).toString());
  }

  // ---------------------------------------------------------------- validation

  @Test
  void nullArgumentsAreRejected() {
    assertMessage(NullPointerException.class, "name", () -> JsonShape.field(null));
    assertMessage(NullPointerException.class, "name", () -> bound(null, CatalogValue.DETAIL));
    assertMessage(NullPointerException.class, "value", () -> bound("x", null));
    assertMessage(NullPointerException.class, "name", () -> constant(null, "v"));
    assertMessage(NullPointerException.class, "name", () -> constant(null, 1L));
    assertMessage(NullPointerException.class, "name", () -> constant(null, true));
    assertMessage(
        NullPointerException.class,
        "value of constant member \"x\"",
        () -> constant("x", (String) null));
    assertMessage(NullPointerException.class, "type", () -> JsonShape.problemDetails(null, false));
    assertMessage(
        NullPointerException.class,
        "extensions[1] is null",
        () -> JsonShape.problemDetails("about:blank", false, constant("a", 1), null));
    assertMessage(
        NullPointerException.class,
        "members[0] is null",
        () -> JsonShape.record((JsonShape.Member) null));
    assertMessage(
        NullPointerException.class,
        "members of \"n\"[0] is null",
        () -> nested("n", (JsonShape.Member) null));
    assertMessage(
        NullPointerException.class, "members", () -> JsonShape.record((JsonShape.Member[]) null));
  }

  @Test
  void constantCannotBeBound() {
    assertMessage(
        IllegalArgumentException.class,
        "member \"x\": CatalogValue.CONSTANT has no value of its own; use JsonShape.constant(name, value)",
        () -> bound("x", CatalogValue.CONSTANT));
  }

  @Test
  void duplicateNamesAreRejected() {
    assertMessage(
        IllegalArgumentException.class,
        "duplicate member name \"a\" in record",
        () -> JsonShape.record(constant("a", 1), constant("b", 2), bound("a", CatalogValue.TITLE)));
    assertMessage(
        IllegalArgumentException.class,
        "duplicate member name \"m\" in nested object \"n\"",
        () -> nested("n", constant("m", 1), constant("m", "2")));
    assertMessage(
        IllegalArgumentException.class,
        "duplicate member name \"code\" in problem details extensions",
        () ->
            JsonShape.problemDetails(
                "about:blank", false, bound("code", CatalogValue.CODE), constant("code", "x")));
    // The same name at different depths is fine.
    assertBody(
        "{\"a\":{\"a\":1}}",
        JsonShape.record(nested("a", constant("a", 1))).compile(400, "Bad", null, "").render("d"));
  }

  @Test
  void problemExtensionsMustNotReuseStandardMembers() {
    for (String name : new String[] {"type", "title", "status", "detail", "instance"}) {
      assertMessage(
          IllegalArgumentException.class,
          "extension member \"" + name + "\" clashes with the RFC 9457 member of that name",
          () -> JsonShape.problemDetails("about:blank", false, constant(name, "x")));
    }
  }

  @Test
  void compileValidatesItsArguments() {
    JsonShape shape = JsonShape.field("detail");
    assertMessage(
        IllegalArgumentException.class,
        "status must be from 100 to 599: 99",
        () -> shape.compile(99, "t", null, ""));
    assertMessage(
        IllegalArgumentException.class,
        "status must be from 100 to 599: 600",
        () -> shape.compile(600, "t", null, ""));
    assertMessage(NullPointerException.class, "title", () -> shape.compile(400, null, null, ""));
    assertMessage(NullPointerException.class, "description", () -> shape.compile(400, "t", null, null));
  }

  @Test
  void renderRejectsANullDetail() {
    BodyTemplate template = JsonShape.field("detail").compile(400, "Bad", null, "");
    assertMessage(NullPointerException.class, "detail", () -> template.render(null));
    BodyTemplate constant = JsonShape.record(constant("a", 1)).compile(400, "Bad", null, "");
    assertMessage(NullPointerException.class, "detail", () -> constant.render(null, "/i"));
  }

  @Test
  void membersAreCopiedNotShared() {
    JsonShape.Member[] members = {constant("a", 1)};
    JsonShape shape = JsonShape.record(members);
    members[0] = constant("b", 2);
    assertBody("{\"a\":1}", shape.compile(400, "Bad", null, "").render("d"));
  }

  // ---------------------------------------------------------------- helpers

  private static void assertBody(String expected, ErrorBody body) {
    assertArrayEquals(
        expected.getBytes(StandardCharsets.UTF_8),
        body.toByteArray(),
        () -> "expected " + expected + "\n but was " + body);
    assertEquals(expected.getBytes(StandardCharsets.UTF_8).length, body.length());
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), written(body));
    assertEquals(expected, body.toString());
  }

  private static byte[] written(ErrorBody body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      body.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void assertTree(JsonNode expected, ErrorBody body) throws Exception {
    assertEquals(expected, JACKSON.readTree(body.toByteArray()));
  }

  private static void assertMessage(
      Class<? extends Throwable> type, String message, Executable executable) {
    assertEquals(message, assertThrows(type, executable).getMessage());
  }
}
