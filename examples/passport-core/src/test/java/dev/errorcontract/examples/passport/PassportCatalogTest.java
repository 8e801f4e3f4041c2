package dev.errorcontract.examples.passport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.Condition;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated Passport catalog against the published page (seed 000): every status row verbatim, and
 * every error the server can send with its exact status and body bytes.
 */
class PassportCatalogTest {

  @Test
  void everyPublishedStatusRowIsDeclaredVerbatim() {
    assertEquals(
        List.of(
            "200|OK|The request was successful.",
            "400|Bad request|Bad request",
            "401|Unauthorized|Your API key is invalid.",
            "404|Not found|The resource does not exist.",
            "429|Too Many Requests|The rate limit was exceeded.",
            "500|Internal Server Error|An error occurred with our API."),
        Arrays.stream(PassportStatus.values())
            .map(s -> s.code() + "|" + s.title() + "|" + s.description())
            .toList());
  }

  @Test
  void everyPublishedErrorRowIsDeclaredVerbatim() {
    assertEquals(
        List.of(
            "Invalid nonce|The `nonce` used in the submit Passport API request could not be verified",
            "Address does not match signature|The signer could not be verified",
            "Invalid limit|The page limit of the Passport API request is greater than 1000",
            "Unable to get score for provided Scorer ID|Unable to validate that the Scorer ID belongs to the"
                + " account holding the API key",
            "Unauthorized|`X-API-Key` was not specified in the header or an invalid API key was provided",
            "Internal Server Error|Something went wrong on our end"),
        Arrays.stream(PassportError.values())
            .limit(6)
            .map(e -> e.detail() + "|" + e.description())
            .toList());
  }

  @Test
  void everyErrorIsSentWithItsStatusAndExactBytes() {
    assertSent(new PassportException.InvalidNonce(), 400, "{\"detail\":\"Invalid nonce\"}");
    assertSent(new PassportException.AddressDoesNotMatchSignature(), 400,
        "{\"detail\":\"Address does not match signature\"}");
    assertSent(new PassportException.InvalidLimit(), 400, "{\"detail\":\"Invalid limit\"}");
    assertSent(new PassportException.UnableToGetScoreForProvidedScorerId(), 400,
        "{\"detail\":\"Unable to get score for provided Scorer ID\"}");
    assertSent(new PassportException.BadRequest(), 400, "{\"detail\":\"Bad request\"}");
    assertSent(new PassportException.Unauthorized(), 401, "{\"detail\":\"Unauthorized\"}");
    assertSent(new PassportException.NotFound(), 404, "{\"detail\":\"Not found\"}");
    assertSent(new PassportException.TooManyRequests(), 429, "{\"detail\":\"Too Many Requests\"}");
    assertSent(new PassportException.InternalServerError(), 500, "{\"detail\":\"Internal Server Error\"}");
    assertEquals(9, PassportError.values().length, "every error is asserted above");
  }

  @Test
  void statusesWithoutARowOfTheirOwnAnswerWithTheirTitle() {
    assertSame(PassportError.NOT_FOUND, PassportError.table().forStatus(404));
    assertSame(PassportError.TOO_MANY_REQUESTS, PassportError.table().forStatus(429));
    assertSame(PassportError.BAD_REQUEST, PassportError.table().forStatus(400));
    assertSame(PassportError.UNAUTHORIZED, PassportError.table().forStatus(401), "the row is the title");
    assertSame(PassportError.BAD_REQUEST, PassportError.table().forStatus(405), "undocumented 4xx answer as 400");
    assertSame(PassportError.INTERNAL_SERVER_ERROR, PassportError.table().forStatus(503), "undocumented 5xx as 500");
  }

  @Test
  void frameworkConditionsAnswerAsTheirStatusesAndOnlyTitleAnswersAreAddedByTheLibrary() {
    var table = PassportError.table();
    assertSame(PassportError.NOT_FOUND, table.forCondition(Condition.UNKNOWN_PATH));
    assertSame(PassportError.BAD_REQUEST, table.forCondition(Condition.METHOD_NOT_ALLOWED), "405 is undocumented");
    assertSame(PassportError.BAD_REQUEST, table.forCondition(Condition.UNREADABLE_BODY));
    assertSame(PassportError.INTERNAL_SERVER_ERROR, table.forCondition(Condition.UNEXPECTED_FAILURE));
    assertEquals(
        List.of(PassportError.BAD_REQUEST, PassportError.NOT_FOUND, PassportError.TOO_MANY_REQUESTS),
        Arrays.stream(PassportError.values()).filter(PassportError::addedByLibrary).toList());
  }

  private static void assertSent(CatalogException e, int status, String body) {
    assertEquals(status, e.status());
    assertEquals("application/json", e.mediaType());
    assertArrayEquals(body.getBytes(UTF_8), e.body().toByteArray(), body);
  }
}
