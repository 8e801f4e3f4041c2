package dev.errorcontract.jaxrs.acceptance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.errorcontract.jaxrs.internal.Contract;
import dev.errorcontract.jaxrs.internal.ErrorBodyWriter;
import dev.errorcontract.jaxrs.internal.ExactMediaType;
import dev.errorcontract.jaxrs.internal.PendingAnswer;
import dev.errorcontract.jaxrs.internal.PendingAnswerWriter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

/** The body writers alone: the declared Content-Type, and a pending answer no filter finished. */
class BodyWritersTest {

  private static final Annotation[] NONE = new Annotation[0];

  @Test
  void theDeclaredSpellingReplacesTheImplementationsBeforeTheFirstByte() throws Exception {
    Contract contract = new Contract(ProblemError.table());
    ExactMediaType type = contract.mediaType(ProblemError.BAD_ACCOUNT.mediaType());
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    headers.putSingle("Content-Type", MediaType.valueOf("application/problem+json;charset=utf-8"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ErrorBodyWriter().writeTo(ProblemError.BAD_ACCOUNT.body(), null, null, NONE, type, headers, out);
    assertEquals("application/problem+json; charset=utf-8", headers.getFirst("Content-Type"));
    assertEquals(ProblemError.BAD_ACCOUNT.body().toString(), out.toString(UTF_8));
  }

  @Test
  void aParameterlessMediaTypeIsLeftAlone() throws Exception {
    Contract contract = new Contract(StripeError.table());
    ExactMediaType type = contract.mediaType("application/json");
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    new ErrorBodyWriter().writeTo(StripeError.CARD_DECLINED.body(), null, null, NONE, type, headers,
        new ByteArrayOutputStream());
    assertNull(headers.getFirst("Content-Type"));
  }

  @Test
  void aPendingAnswerNoFilterFinishedIsWrittenWithoutAnInstance() throws Exception {
    // The problem's instance member is left out when absent, as RFC 9457 allows.
    Contract contract = new Contract(ProblemError.table());
    PendingAnswer pending = PendingAnswer.of(new ProblemException.BadAccount(),
        contract.mediaType(ProblemError.BAD_ACCOUNT.mediaType()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PendingAnswerWriter writer = new PendingAnswerWriter();
    writer.writeTo(pending, null, null, NONE, pending.mediaType(), new MultivaluedHashMap<>(), out);
    String expected = "{\"type\":\"https://example.com/probs/bad-account\",\"title\":\"Invalid account\","
        + "\"status\":400,\"detail\":\"The account number is not valid.\"}";
    assertEquals(expected, out.toString(UTF_8));
    assertEquals(expected.length(), writer.getSize(pending, null, null, NONE, pending.mediaType()));
  }
}
