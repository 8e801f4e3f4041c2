package dev.errorcontract.examples.signzy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcontract.catalog.CatalogException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated Signzy catalog against the published page (seed 001): every status row verbatim, every
 * error status sent with its title as {@code message}, and 204 without a body.
 */
class SignzyCatalogTest {

  @Test
  void everyPublishedStatusRowIsDeclaredVerbatim() {
    assertEquals(
        List.of(
            "200|OK|The request was successful.",
            "204|Not Modified|There was no new data to return.",
            "400|Bad Request|The request was invalid or cannot be otherwise served. This may happen due to invalid"
                + " Parameters passed.",
            "401|Authorization Required|Missing or incorrect authentication credentials.",
            "403|Access Forbidden|The request is understood, but it has been refused or access is not allowed. An"
                + " accompanying error message will explain why. This code is used when requests are being denied"
                + " due to request limits.",
            "404|Not Found|The URI requested is invalid or the resource requested is not available.",
            "422|Un-processable Entity|Missing Inputs or the JSON body of a request is badly-formed.",
            "500|Internal Server Error|Something is broken. This is usually a temporary error, for example in a"
                + " high load situation or if an endpoint is temporarily having issues.Try again later.",
            "502|Bad gateway/Internal Server Error|Signzy service is down or the service is getting upgraded.",
            "504|Gateway Timeout|The Signzy servers are up, but the request couldn\u2019t be serviced due to some"
                + " failure within the internal stack. Try again later."),
        Arrays.stream(SignzyStatus.values())
            .map(s -> s.code() + "|" + s.title() + "|" + s.description())
            .toList());
  }

  @Test
  void everyErrorStatusIsSentWithItsTitleAsMessage() {
    assertSent(new SignzyException.BadRequest(), 400, "{\"message\":\"Bad Request\"}");
    assertSent(new SignzyException.AuthorizationRequired(), 401, "{\"message\":\"Authorization Required\"}");
    assertSent(new SignzyException.AccessForbidden(), 403, "{\"message\":\"Access Forbidden\"}");
    assertSent(new SignzyException.NotFound(), 404, "{\"message\":\"Not Found\"}");
    assertSent(new SignzyException.UnProcessableEntity(), 422, "{\"message\":\"Un-processable Entity\"}");
    assertSent(new SignzyException.InternalServerError(), 500, "{\"message\":\"Internal Server Error\"}");
    assertSent(new SignzyException.BadGatewayInternalServerError(), 502,
        "{\"message\":\"Bad gateway/Internal Server Error\"}");
    assertSent(new SignzyException.GatewayTimeout(), 504, "{\"message\":\"Gateway Timeout\"}");
    assertEquals(8, SignzyError.values().length, "every error is asserted above");
  }

  @Test
  void noContentIsDocumentedButNeverCarriesABody() {
    SignzyStatus notModified = SignzyStatus.of(204).orElseThrow();
    assertEquals("Not Modified", notModified.title());
    assertFalse(notModified.allowsBody());
    assertFalse(notModified.isError());
    assertThrows(IllegalArgumentException.class, () -> SignzyError.table().forStatus(204));
    assertFalse(Arrays.stream(SignzyError.values()).anyMatch(e -> e.status().code() == 204));
  }

  private static void assertSent(CatalogException e, int status, String body) {
    assertEquals(status, e.status());
    assertEquals("application/json", e.mediaType());
    assertArrayEquals(body.getBytes(UTF_8), e.body().toByteArray(), body);
  }
}
