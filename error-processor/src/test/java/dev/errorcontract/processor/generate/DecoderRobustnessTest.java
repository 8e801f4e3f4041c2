package dev.errorcontract.processor.generate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.UndocumentedAnswerException;
import dev.errorcontract.catalog.UndocumentedAnswerException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Bad input to a generated decoder: every kind the issue names gives an {@link
 * UndocumentedAnswerException} with the status, media type and a bounded prefix, and nothing else
 * escapes; typed arguments come back typed, and only from their exact text.
 */
class DecoderRobustnessTest {

  private static final Compiled FIELD = Compiled.compile(Scenarios.FIELD.sources());
  private static final Compiled PROBLEM = Compiled.compile(Scenarios.PROBLEM.sources());
  private static final ErrorDecoder SHOP = decoder(FIELD, "field.ShopDecoder");
  private static final ErrorDecoder BILLING = decoder(PROBLEM, "problem.BillingDecoder");
  private static final String JSON = "application/json";

  @Test
  void aTemplateGivesItsTypedArguments() throws Exception {
    CatalogException limit = SHOP.decode(400, JSON,
        bytes("{\"message\":\"Invalid limit: 5000\",\"category\":\"client\",\"order\":null,\"code\":\"invalid_limit\"}"));
    assertEquals("field.ShopException$InvalidLimit", limit.getClass().getName());
    assertEquals(5000, limit.getClass().getMethod("limit").invoke(limit));
    assertEquals(400, limit.status());

    CatalogException order = SHOP.decode(404, JSON, bytes(
        "{\"message\":\"Order 7 of Ann of Bo not found\",\"category\":\"lookup\",\"order\":7,\"code\":\"order_not_found\"}"));
    assertEquals(7L, order.getClass().getMethod("orderId").invoke(order));
    assertEquals("Ann of Bo", order.getClass().getMethod("customer").invoke(order));
  }

  /** Every kind of argument type the processor accepts reads back as itself. */
  @Test
  void argumentsOfEveryKindReadBackTyped() throws Exception {
    Compiled typed = Compiled.compile("typed.TypedErrors", """
        package typed;

        import dev.errorcontract.catalog.*;

        /** A row of every argument type. */
        @ErrorCatalog("Typed")
        @Status(code = 400)
        @Status(code = 500)
        @ApiError(status = 400, detail = "On {day} at {when} for {id}: {kind}, {flag}, {amount}, {big}, {letter}, {uri}",
            description = "d", code = "typed",
            args = {@Arg(name = "day", type = java.time.LocalDate.class), @Arg(name = "when", type = java.time.Instant.class),
              @Arg(name = "id", type = java.util.UUID.class), @Arg(name = "kind", type = java.time.DayOfWeek.class),
              @Arg(name = "flag", type = boolean.class), @Arg(name = "amount", type = java.math.BigDecimal.class),
              @Arg(name = "big", type = java.math.BigInteger.class), @Arg(name = "letter", type = char.class),
              @Arg(name = "uri", type = java.net.URI.class)})
        @FieldBody(value = "detail", members = @Member(name = "code", value = CatalogValue.CODE))
        @SuppressWarnings("error-contract:status-answer-added")
        interface TypedErrors {}
        """);
    ErrorDecoder decoder = decoder(typed, "typed.TypedDecoder");
    Object[] values = {java.time.LocalDate.of(2026, 12, 2), java.time.Instant.parse("2026-12-02T23:20:00.123Z"),
      java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), java.time.DayOfWeek.WEDNESDAY, true,
      new java.math.BigDecimal("-12.50"), new java.math.BigInteger("123456789012345678901234567890"), ':',
      java.net.URI.create("https://example.com/a b".replace(" ", "%20"))};
    CatalogException thrown = null;
    for (Class<?> nested : typed.load("typed.TypedException").getDeclaredClasses()) {
      for (java.lang.reflect.Constructor<?> c : nested.getConstructors()) {
        if (c.getParameterCount() == values.length) {
          thrown = (CatalogException) c.newInstance(values);
        }
      }
    }
    assertTrue(thrown != null, "no exception with every argument");
    CatalogException decoded = decoder.decode(400, JSON, thrown.body().toByteArray());
    assertSame(thrown.getClass(), decoded.getClass());
    String[] names = {"day", "when", "id", "kind", "flag", "amount", "big", "letter", "uri"};
    for (int i = 0; i < names.length; i++) {
      assertEquals(values[i], decoded.getClass().getMethod(names[i]).invoke(decoded), names[i]);
    }
  }

  @Test
  void anArgumentReadsOnlyFromItsExactText() {
    for (String text : new String[] {"05", "+5", "-0", " 5", "5.0", "\u0665", "99999999999", "", "five"}) {
      UndocumentedAnswerException e = assertThrows(UndocumentedAnswerException.class, () -> SHOP.decode(400, JSON,
          bytes("{\"message\":\"Invalid limit: " + text + "\",\"category\":\"client\",\"order\":null,\"code\":\"invalid_limit\"}")));
      assertSame(Reason.UNDOCUMENTED_BODY, e.reason(), text);
    }
    // The member holding an argument must agree with the detail.
    assertThrows(UndocumentedAnswerException.class, () -> SHOP.decode(404, JSON, bytes(
        "{\"message\":\"Order 7 of Ann not found\",\"category\":\"lookup\",\"order\":8,\"code\":\"order_not_found\"}")));
  }

  /**
   * A member declared to vary takes any value of its kind when decoding; the server still sends the one
   * value, and the decoded exception carries it.
   */
  @Test
  void aVaryingMemberTakesAnyValueOfItsKind() throws Exception {
    Compiled compiled = Compiled.compile("vary.VaryErrors", """
        package vary;

        import dev.errorcontract.catalog.*;

        /** A page whose documentation URL depends on the endpoint. */
        @ErrorCatalog("Vary")
        @Status(code = 400, title = "Bad Request")
        @Status(code = 404, title = "Not Found")
        @Status(code = 500, title = "Internal Server Error")
        @ApiError(status = 404, detail = "No such order {id}", description = "d", args = @Arg(name = "id", type = int.class))
        @FieldBody(value = "message", members = {
          @Member(name = "doc_url", constant = "https://example.com/docs/errors", varies = true),
          @Member(name = "request_id", constant = "", varies = true)})
        @SuppressWarnings("error-contract:status-answer-added")
        interface VaryErrors {}
        """);
    ErrorDecoder vary = decoder(compiled, "vary.VaryDecoder");
    CatalogException sent = (CatalogException) compiled.load("vary.VaryException$NoSuchOrder").getConstructor(int.class)
        .newInstance(7);
    assertEquals("{\"message\":\"No such order 7\",\"doc_url\":\"https://example.com/docs/errors\",\"request_id\":\"\"}",
        new String(sent.body().toByteArray(), UTF_8));
    CatalogException decoded = vary.decode(404, JSON, bytes(
        "{\"request_id\":\"req_81x\",\"message\":\"No such order 7\",\"doc_url\":\"https://example.com/v2/orders#404\"}"));
    assertSame(sent.getClass(), decoded.getClass());
    assertArrayEquals(sent.body().toByteArray(), decoded.body().toByteArray());
    // Any value of the same kind: a number or null where a string is declared is not.
    assertThrows(UndocumentedAnswerException.class, () -> vary.decode(404, JSON,
        bytes("{\"message\":\"No such order 7\",\"doc_url\":7,\"request_id\":\"r\"}")));
    assertThrows(UndocumentedAnswerException.class, () -> vary.decode(404, JSON,
        bytes("{\"message\":\"No such order 7\",\"doc_url\":null,\"request_id\":\"r\"}")));
    // Still present: varying is not optional.
    assertThrows(UndocumentedAnswerException.class, () -> vary.decode(404, JSON,
        bytes("{\"message\":\"No such order 7\",\"request_id\":\"r\"}")));
    // The detail does not vary.
    assertThrows(UndocumentedAnswerException.class, () -> vary.decode(404, JSON,
        bytes("{\"message\":\"No such order 8x\",\"doc_url\":\"u\",\"request_id\":\"r\"}")));
  }

  /** {@code @Bind(varies = true)} does for a record component what {@code @Member(varies = true)} does. */
  @Test
  void aVaryingRecordComponentTakesAnyValueOfItsKind() throws Exception {
    Compiled compiled = Compiled.compile("varyrec.VaryErrors", """
        package varyrec;

        import dev.errorcontract.catalog.*;

        /** A page whose error objects carry a request id. */
        @ErrorCatalog("Vary")
        @Status(code = 400, title = "Bad Request")
        @Status(code = 404, title = "Not Found")
        @Status(code = 500, title = "Internal Server Error")
        @ApiError(status = 404, detail = "No such order {id}", description = "d", args = @Arg(name = "id", type = int.class))
        @RecordBody(record.shape.VaryBody.class)
        @SuppressWarnings("error-contract:status-answer-added")
        interface VaryErrors {}
        """, "record.shape.VaryBody", """
        package record.shape;

        import dev.errorcontract.catalog.*;

        public record VaryBody(@Bind(CatalogValue.DETAIL) String message,
            @Bind(constant = "req_0", varies = true) String requestId,
            @Bind(constant = "lookup") String category) {}
        """);
    ErrorDecoder vary = decoder(compiled, "varyrec.VaryDecoder");
    CatalogException sent = (CatalogException) compiled.load("varyrec.VaryException$NoSuchOrder")
        .getConstructor(int.class).newInstance(7);
    assertEquals("{\"message\":\"No such order 7\",\"requestId\":\"req_0\",\"category\":\"lookup\"}",
        new String(sent.body().toByteArray(), UTF_8));
    CatalogException decoded = vary.decode(404, JSON, bytes(
        "{\"category\":\"lookup\",\"requestId\":\"req_81x\",\"message\":\"No such order 7\"}"));
    assertSame(sent.getClass(), decoded.getClass());
    assertArrayEquals(sent.body().toByteArray(), decoded.body().toByteArray());
    assertThrows(UndocumentedAnswerException.class, () -> vary.decode(404, JSON,
        bytes("{\"message\":\"No such order 7\",\"requestId\":7,\"category\":\"lookup\"}")));
    // A component that does not vary is still compared.
    assertThrows(UndocumentedAnswerException.class, () -> vary.decode(404, JSON,
        bytes("{\"message\":\"No such order 7\",\"requestId\":\"r\",\"category\":\"billing\"}")));
  }

  /**
   * A client-only catalog: no JAX-RS glue, and its decoder reads only the rows the page lists; the answer
   * the library would add for a status with no row ({"message":"Forbidden"}) is undocumented.
   */
  @Test
  void aClientOnlyCatalogDecodesOnlyThePage() {
    String source = """
        package other;

        import dev.errorcontract.catalog.*;

        /** Someone else's API. */
        @ErrorCatalog(value = "Other"%s)
        @Status(code = 400, title = "Bad Request")
        @Status(code = 403, title = "Forbidden")
        @Status(code = 500, title = "Internal Server Error")
        @ApiError(status = 400, detail = "Invalid nonce", description = "d")
        @FieldBody("message")
        @SuppressWarnings("error-contract:status-answer-added")
        interface OtherErrors {}
        """;
    Compiled server = Compiled.compile("other.OtherErrors", String.format(source, ""));
    Compiled client = Compiled.compile("other.OtherErrors", String.format(source, ", clientOnly = true"));
    byte[] forbidden = bytes("{\"message\":\"Forbidden\"}");
    assertEquals("other.OtherException$Forbidden",
        decoder(server, "other.OtherDecoder").decode(403, JSON, forbidden).getClass().getName());
    ErrorDecoder clientOnly = decoder(client, "other.OtherDecoder");
    UndocumentedAnswerException e = assertThrows(UndocumentedAnswerException.class,
        () -> clientOnly.decode(403, JSON, forbidden));
    assertSame(Reason.UNDOCUMENTED_STATUS, e.reason());
    assertThrows(UndocumentedAnswerException.class, () -> clientOnly.decode(400, JSON, bytes("{\"message\":\"Bad Request\"}")));
    assertEquals("other.OtherException$InvalidNonce",
        clientOnly.decode(400, JSON, bytes("{ \"message\" : \"Invalid nonce\" }")).getClass().getName());
  }

  /** {@link ErrorDecoder#strict()}: a member the catalog does not declare makes the body undocumented. */
  @Test
  void strictRefusesUndeclaredMembers() {
    byte[] extra = bytes("{\"message\":\"No such route.\",\"order\":null,\"code\":null,\"trace\":\"x\"}");
    assertEquals("field.ShopException$NoSuchRoute", SHOP.decode(404, JSON, extra).getClass().getName());
    assertThrows(UndocumentedAnswerException.class, () -> SHOP.strict().decode(404, JSON, extra));
    assertTrue(SHOP.strict().isStrict());
    assertEquals("field.ShopException$NoSuchRoute", SHOP.strict()
        .decode(404, JSON, bytes("{\"code\":null, \"order\":null, \"message\":\"No such route.\"}")).getClass().getName());
  }

  @Test
  void aProblemKeepsItsInstance() {
    CatalogException forbidden = BILLING.decode(403, "application/problem+json;charset=UTF-8", bytes(
        "{\"type\":\"https://example.com/probs/out-of-credit\",\"title\":\"You do not have enough credit.\",\"status\":403,"
            + "\"detail\":\"Your current balance is 30, but that costs 50.\",\"instance\":\"/accounts/12\",\"balance\":\"30\"}"));
    assertEquals("/accounts/12", forbidden.instance());
    assertEquals("problem.BillingException$YourCurrentBalanceIs30ButThatCosts50", forbidden.getClass().getName());
  }

  @Test
  void undocumentedStatusesMediaTypesAndBodies() {
    byte[] constant = bytes("{\"message\":\"No such route.\",\"order\":null,\"code\":null}");
    assertEquals("field.ShopException$NoSuchRoute", SHOP.decode(404, JSON, constant).getClass().getName());
    assertEquals("field.ShopException$NoSuchRoute", SHOP.decode(404, null, constant).getClass().getName());
    // The type and subtype ignore case, parameters are not compared.
    assertEquals("field.ShopException$NoSuchRoute",
        SHOP.decode(404, "Application/JSON; charset=utf-8", constant).getClass().getName());
    assertUndocumented(Reason.OTHER_MEDIA_TYPE, 404, "application/jsonx", constant);
    assertUndocumented(Reason.UNDOCUMENTED_STATUS, 418, JSON, constant);
    assertUndocumented(Reason.UNDOCUMENTED_STATUS, 200, JSON, constant);
    assertUndocumented(Reason.UNDOCUMENTED_STATUS, -1, JSON, constant);
    assertUndocumented(Reason.UNDOCUMENTED_STATUS, 70_000, JSON, constant);
    assertUndocumented(Reason.UNDOCUMENTED_BODY, 400, JSON, constant);
    byte[] html = bytes("<html><body><h1>502 Bad Gateway</h1></body></html>");
    UndocumentedAnswerException proxy = assertUndocumented(Reason.OTHER_MEDIA_TYPE, 404, "text/html", html);
    assertEquals(404, proxy.status());
    assertEquals("text/html", proxy.mediaType());
    assertArrayEquals(html, proxy.bodyPrefix());
    assertTrue(proxy.getMessage().contains("502 Bad Gateway"), proxy.getMessage());
    assertUndocumented(Reason.UNDOCUMENTED_BODY, 404, null, html);
    assertUndocumented(Reason.UNDOCUMENTED_BODY, 404, JSON, new byte[0]);
    assertUndocumented(Reason.UNDOCUMENTED_BODY, 404, JSON, null);
    // Pretty-printed JSON means the same answer; a member written twice, or a value of another kind, does not.
    assertEquals("field.ShopException$NoSuchRoute", SHOP.decode(404, JSON,
        bytes("{ \"message\": \"No such route.\", \"order\": null, \"code\": null }\n")).getClass().getName());
    assertUndocumented(Reason.UNDOCUMENTED_BODY, 404, JSON,
        bytes("{\"message\":\"No such route.\",\"order\":null,\"code\":null,\"code\":null}"));
    assertUndocumented(Reason.UNDOCUMENTED_BODY, 404, JSON,
        bytes("{\"message\":\"No such route.\",\"order\":0,\"code\":null}"));
    assertUndocumented(Reason.UNDOCUMENTED_BODY, 404, JSON,
        bytes("{\"message\":\"No such route.\",\"code\":null}"));
    // Invalid UTF-8 in a template's detail, and an overlong encoding of '/'.
    for (byte[] bad : new byte[][] {{(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xFF}}) {
      byte[] body = concat(bytes("{\"message\":\"Order 7 of "), bad,
          bytes(" not found\",\"category\":\"lookup\",\"order\":7,\"code\":\"order_not_found\"}"));
      assertUndocumented(Reason.UNDOCUMENTED_BODY, 404, JSON, body);
    }
  }

  @Test
  void everyTruncationAndMutationOfADocumentedBodyIsUndocumentedOrExact() {
    SplittableRandom random = new SplittableRandom(15);
    byte[][] documented = {
      bytes("{\"message\":\"Order 7 of \\\"Ann\\\" \\u0001\u00e9 not found\",\"category\":\"lookup\",\"order\":7,\"code\":\"order_not_found\"}"),
      bytes("{\"message\":\"Invalid limit: 12\",\"category\":\"client\",\"order\":null,\"code\":\"invalid_limit\"}"),
    };
    int[] statuses = {404, 400};
    for (int d = 0; d < documented.length; d++) {
      byte[] body = documented[d];
      SHOP.decode(statuses[d], JSON, body); // documented as it is
      for (int cut = 0; cut < body.length; cut++) {
        assertUndocumented(Reason.UNDOCUMENTED_BODY, statuses[d], JSON, Arrays.copyOf(body, cut));
      }
      for (int k = 0; k < 20_000; k++) {
        byte[] mutated = body.clone();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
          mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
        }
        RuntimeException answer = SHOP.exceptionFor(statuses[d], JSON, mutated, mutated.length);
        if (answer instanceof CatalogException decoded) {
          // Decoded: the body means what the exception sends (Jackson, reading strictly, agrees).
          assertEquals(Meaning.of(decoded.body().toByteArray()), Meaning.of(mutated).withoutMembersAbsentFrom(
              Meaning.of(decoded.body().toByteArray())), new String(mutated, UTF_8));
        } else {
          assertInstanceOf(UndocumentedAnswerException.class, answer);
        }
      }
    }
  }

  @Test
  void aHugeBodyIsNotReadPastTheLimit() {
    byte[] huge = new byte[20 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'x');
    UndocumentedAnswerException array = assertUndocumented(Reason.BODY_TOO_LARGE, 404, JSON, huge);
    assertEquals(UndocumentedAnswerException.PREFIX_LIMIT, array.bodyPrefix().length);
    CountingStream stream = new CountingStream(huge.length);
    UndocumentedAnswerException streamed = assertThrows(UndocumentedAnswerException.class,
        () -> SHOP.decode(404, JSON, stream));
    assertSame(Reason.BODY_TOO_LARGE, streamed.reason());
    assertTrue(stream.read <= ErrorDecoder.BODY_LIMIT + 1024, "read " + stream.read);
  }

  @Test
  void aFailingStreamIsUnreadable() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    UndocumentedAnswerException e = assertThrows(UndocumentedAnswerException.class, () -> SHOP.decode(500, JSON, failing));
    assertSame(Reason.UNREADABLE_BODY, e.reason());
    assertEquals("connection reset", e.getCause().getMessage());
  }

  @Test
  void aConstantBodyAllocatesLittleMoreThanTheException() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    byte[] constant = bytes("{\"message\":\"No such route.\",\"order\":null,\"code\":null}");
    for (int i = 0; i < 50_000; i++) {
      SHOP.decode(404, JSON, constant);
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      SHOP.decode(404, JSON, constant);
    }
    long perDecode = (threads.getCurrentThreadAllocatedBytes() - before) / n;
    // The floor: making the exception itself, the same way.
    Class<?> type = FIELD.load("field.ShopException$NoSuchRoute");
    java.lang.reflect.Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
      for (int i = 0; i < 50_000; i++) {
        constructor.newInstance();
      }
      before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < n; i++) {
        constructor.newInstance();
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    long perException = (threads.getCurrentThreadAllocatedBytes() - before) / n;
    assertTrue(perDecode <= perException, perDecode + " bytes per decode, " + perException + " per exception");
  }

  private static UndocumentedAnswerException assertUndocumented(Reason reason, int status, String mediaType, byte[] body) {
    UndocumentedAnswerException e = assertThrows(UndocumentedAnswerException.class,
        () -> SHOP.decode(status, mediaType, body));
    assertSame(reason, e.reason(), e::getMessage);
    assertEquals(status, e.status());
    assertTrue(e.bodyPrefix().length <= UndocumentedAnswerException.PREFIX_LIMIT);
    return e;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    byte[] all = new byte[0];
    for (byte[] part : parts) {
      int at = all.length;
      all = Arrays.copyOf(all, at + part.length);
      System.arraycopy(part, 0, all, at, part.length);
    }
    return all;
  }

  private static ErrorDecoder decoder(Compiled compiled, String name) {
    try {
      return (ErrorDecoder) compiled.load(name).getMethod("decoder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** An endless-looking body that counts what is read of it. */
  private static final class CountingStream extends InputStream {

    private final long size;
    long read;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return read < size ? (int) (read++ & 0) + 'x' : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      Arrays.fill(b, off, off + n, (byte) 'x');
      read += n;
      return n;
    }
  }
}
