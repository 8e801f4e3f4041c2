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
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.ErrorTable;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs the generated code of each body shape and checks what a client would receive. */
class GeneratedBehaviourTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  // ---- A flat field body: the Shop catalog of the golden files.

  private static final Compiled SHOP = Compiled.compile("shop.ShopErrors", GoldenFilesTest.CATALOG);

  @Test
  void everyConstantErrorHasItsBodyEncodedOnce() {
    Map<String, String> expected = Map.of(
        "CAFE_COULDNT_BREW", "{\"message\":\"Caf\u00e9 couldn\u2019t \\\"brew\\\"\"}",
        "BAD_REQUEST", "{\"message\":\"Bad Request\"}",
        "UNAUTHORIZED", "{\"message\":\"Unauthorized\"}",
        "NOT_FOUND", "{\"message\":\"Not Found\"}",
        "INTERNAL_SERVER_ERROR", "{\"message\":\"Internal Server Error\"}");
    for (DocumentedError error : errors(SHOP, "shop.ShopError")) {
      String name = ((Enum<?>) error).name();
      if (error.arguments().isEmpty()) {
        assertArrayEquals(expected.get(name).getBytes(UTF_8), error.body().toByteArray(), name);
        assertSame(error.body(), error.body(), "encoded once");
      } else {
        assertNull(error.body(), name + " is a template");
      }
      assertEquals("application/json", error.mediaType());
    }
    assertEquals(
        List.of("INVALID_LIMIT", "CAFE_COULDNT_BREW", "ORDER_OF_NOT_FOUND", "BAD_REQUEST", "UNAUTHORIZED",
            "NOT_FOUND", "INTERNAL_SERVER_ERROR"),
        errors(SHOP, "shop.ShopError").stream().map(e -> ((Enum<?>) e).name()).toList());
  }

  @Test
  void templateExceptionsRenderTheirArgumentsIntoTheBody() {
    CatalogException limit = exception(SHOP, "shop.ShopException$InvalidLimit", new Class<?>[] {int.class}, 1001);
    assertEquals(400, limit.status());
    assertEquals("Invalid limit: 1001", limit.getMessage());
    assertEquals("{\"message\":\"Invalid limit: 1001\"}", limit.body().toString());
    assertEquals("invalid_limit", limit.error().code());

    CatalogException order = exception(
        SHOP, "shop.ShopException$OrderOfNotFound", new Class<?>[] {long.class, String.class}, 7L, "Ann \"A\"");
    assertEquals(404, order.status());
    assertEquals("{\"message\":\"Order 7 of Ann \\\"A\\\" not found\"}", order.body().toString());
  }

  @Test
  void constantExceptionsShareTheirErrorsBody() {
    CatalogException first = exception(SHOP, "shop.ShopException$NotFound", new Class<?>[0]);
    CatalogException second = exception(SHOP, "shop.ShopException$NotFound", new Class<?>[0]);
    assertSame(first.body(), second.body());
    assertEquals("Not Found", first.getMessage());
  }

  @Test
  void clientErrorsSkipTheStackTraceServerErrorsKeepItAndAnErrorMayOverride() {
    assertEquals(0, exception(SHOP, "shop.ShopException$NotFound", new Class<?>[0]).getStackTrace().length);
    assertTrue(exception(SHOP, "shop.ShopException$InternalServerError", new Class<?>[0]).getStackTrace().length > 0);
    // Declared with stackTrace = ALWAYS.
    assertTrue(exception(SHOP, "shop.ShopException$OrderOfNotFound", new Class<?>[] {long.class, String.class}, 1L, "x")
        .getStackTrace().length > 0);
  }

  @Test
  void theCauseIsKeptButNeverRendered() {
    IllegalStateException cause = new IllegalStateException("secret");
    CatalogException e = exception(SHOP, "shop.ShopException$InternalServerError", new Class<?>[] {Throwable.class}, cause);
    assertSame(cause, e.getCause());
    assertEquals("{\"message\":\"Internal Server Error\"}", e.body().toString());
  }

  @Test
  void everyStatusAnswersWithItsOwnErrorAndUndocumentedOnesFollowTheRule() {
    ErrorTable table = table(SHOP, "shop.ShopError");
    assertEquals("Shop", table.name());
    assertEquals(404, table.forStatus(404).status().code());
    assertEquals("Not Found", table.forStatus(404).detail());
    assertEquals("Bad Request", table.forStatus(418).detail());
    assertEquals(400, table.forStatus(418).status().code());
    assertEquals("Internal Server Error", table.forStatus(503).detail());
    assertThrows(IllegalArgumentException.class, () -> table.forStatus(302));
    assertThrows(IllegalArgumentException.class, () -> table.forStatus(600));
    assertEquals("INVALID_LIMIT", ((Enum<?>) table.byCode("invalid_limit").orElseThrow()).name());
    assertEquals(Optional.empty(), table.byCode("nope"));
    assertEquals(Optional.empty(), table.byCode(null));
    assertEquals(Map.of("WWW-Authenticate", "ApiKey realm=\"shop\""), table.status(401).orElseThrow().headers());
    assertEquals(Map.of(), table.status(404).orElseThrow().headers());
    assertEquals(Optional.empty(), table.status(418));
    assertEquals(List.of(200, 400, 401, 404, 500), table.statuses().stream().map(DocumentedStatus::code).toList());
  }

  @Test
  void theExceptionHierarchyIsClosed() {
    Class<?> base = SHOP.load("shop.ShopException");
    assertTrue(base.isSealed());
    assertEquals(7, base.getPermittedSubclasses().length);
    assertTrue(Arrays.stream(base.getPermittedSubclasses()).allMatch(c -> java.lang.reflect.Modifier.isFinal(c.getModifiers())));
  }

  // ---- RFC 9457 problem details.

  private static final String PROBLEM_CATALOG = """
      package billing;

      import dev.errorcontract.catalog.*;

      @ErrorCatalog(
          name = "Billing",
          statuses = {
            @Status(code = 204, title = "No Content", description = "Nothing to return."),
            @Status(code = 402, title = "Payment Required", description = "Pay first."),
            @Status(code = 422, title = "Unprocessable Content", description = "Invalid input."),
            @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
          },
          undocumentedClientErrors = 422,
          errors = @ErrorDetail(status = 402, detail = "Card {last4} declined", code = "card_declined",
              description = "The card was declined.", args = @Arg(name = "last4", type = String.class)))
      @ProblemBody(type = "https://example.com/problems/billing", instance = true,
          extensions = {@Extension(name = "code", value = CatalogValue.CODE), @Extension(name = "api", constant = "v1")})
      interface BillingErrors {}
      """;

  @Test
  void problemDetailsBodies() {
    Compiled billing = Compiled.compile("billing.BillingErrors", PROBLEM_CATALOG);
    ErrorTable table = table(billing, "billing.BillingError");
    DocumentedError unprocessable = table.forStatus(422);
    assertEquals("application/problem+json", unprocessable.mediaType());
    assertEquals(
        "{\"type\":\"https://example.com/problems/billing\",\"title\":\"Unprocessable Content\",\"status\":422,"
            + "\"detail\":\"Unprocessable Content\",\"code\":null,\"api\":\"v1\"}",
        unprocessable.body().toString());
    assertSame(unprocessable, table.forStatus(409), "undocumented 4xx answer as 422");

    CatalogException declined = exception(billing, "billing.BillingException$CardDeclined", new Class<?>[] {String.class}, "4242");
    assertEquals(
        "{\"type\":\"https://example.com/problems/billing\",\"title\":\"Payment Required\",\"status\":402,"
            + "\"detail\":\"Card 4242 declined\",\"code\":\"card_declined\",\"api\":\"v1\"}",
        declined.body().toString());
    declined.withInstance("/payments/7");
    assertEquals(
        "{\"type\":\"https://example.com/problems/billing\",\"title\":\"Payment Required\",\"status\":402,"
            + "\"detail\":\"Card 4242 declined\",\"instance\":\"/payments/7\",\"code\":\"card_declined\",\"api\":\"v1\"}",
        declined.body().toString());

    DocumentedStatus noContent = table.status(204).orElseThrow();
    assertFalse(noContent.allowsBody());
    assertFalse(noContent.isError());
    assertEquals(List.of("CARD_DECLINED", "PAYMENT_REQUIRED", "UNPROCESSABLE_CONTENT", "INTERNAL_SERVER_ERROR"),
        table.errors().stream().map(e -> ((Enum<?>) e).name()).toList());
  }

  // ---- A user record shape with a nested object, read and written by Jackson the same way.

  private static final String RECORD_CATALOG = """
      package acme;

      import dev.errorcontract.catalog.*;

      @ErrorCatalog(
          name = "Acme",
          statuses = {
            @Status(code = 400, title = "Bad Request", description = "Invalid."),
            @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
          },
          errors = @ErrorDetail(status = 400, detail = "Quota of {quota} exceeded", code = "quota",
              description = "Too much.", args = @Arg(name = "quota", type = long.class)))
      @RecordBody(AcmeErrors.Envelope.class)
      interface AcmeErrors {
        record Envelope(
            @com.fasterxml.jackson.annotation.JsonProperty("error") Problem problem,
            @Bind(CatalogValue.STATUS) int status,
            @Bind(constant = "2") @com.fasterxml.jackson.annotation.JsonProperty("api_version") long apiVersion,
            @Bind(constant = "true") boolean retryable) {}

        record Problem(
            @Bind(CatalogValue.DETAIL) String message,
            @Bind(CatalogValue.CODE) String code,
            @Bind(CatalogValue.TITLE) String title,
            @Bind(constant = "see docs") String help) {}
      }
      """;

  @Test
  void nestedRecordShapeIsWrittenExactlyAsJacksonWritesTheRecord() throws Exception {
    Compiled acme = Compiled.compile("acme.AcmeErrors", RECORD_CATALOG);
    CatalogException quota = exception(acme, "acme.AcmeException$QuotaOfExceeded", new Class<?>[] {long.class}, 5L);
    byte[] body = quota.body().toByteArray();
    assertEquals(
        "{\"error\":{\"message\":\"Quota of 5 exceeded\",\"code\":\"quota\",\"title\":\"Bad Request\","
            + "\"help\":\"see docs\"},\"status\":400,\"api_version\":2,\"retryable\":true}",
        new String(body, UTF_8));

    // Jackson reads the very body into the user's record, and writes that record back to the same bytes.
    Class<?> envelope = acme.load("acme.AcmeErrors$Envelope");
    Object read = JACKSON.readValue(body, envelope);
    assertArrayEquals(body, JACKSON.writeValueAsBytes(read));

    DocumentedError server = table(acme, "acme.AcmeError").forStatus(500);
    assertEquals(
        "{\"error\":{\"message\":\"Internal Server Error\",\"code\":null,\"title\":\"Internal Server Error\","
            + "\"help\":\"see docs\"},\"status\":500,\"api_version\":2,\"retryable\":true}",
        server.body().toString());
    assertArrayEquals(server.body().toByteArray(), JACKSON.writeValueAsBytes(JACKSON.readValue(server.body().toByteArray(), envelope)));
  }

  // ---- Helpers: the generated types are only known at run time here.

  @SuppressWarnings("unchecked")
  private static List<DocumentedError> errors(Compiled compiled, String enumName) {
    return (List<DocumentedError>) (List<?>) List.of(compiled.load(enumName).getEnumConstants());
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
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
