package dev.errorcontract.jaxrs.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Catalog (d) over HTTP: rows under bare statuses, and the answers the library adds for them. */
class BareHttpTest extends AcceptanceServer {

  private static final String JSON = "application/json";

  @Override
  Set<Class<?>> classes() {
    return Set.of(BareFeature.class, BareResources.class);
  }

  @Test
  void everyRow() throws Exception {
    assertAnswer(400, JSON, "{\"error\":\"Invalid email address\",\"code\":\"invalid_email\"}",
        get("/bare/email"));
    assertAnswer(404, JSON, "{\"error\":\"User not found\",\"code\":\"user_not_found\"}",
        get("/bare/user"));
    assertAnswer(409, JSON, "{\"error\":\"Email already registered\",\"code\":\"email_taken\"}",
        get("/bare/taken"));
  }

  @Test
  void theStandardReasonPhraseIsTheTitleOfEachStatusAnswer() throws Exception {
    assertAnswer(400, JSON, "{\"error\":\"Bad Request\",\"code\":null}", get("/probe/raised/400"));
    assertAnswer(404, JSON, "{\"error\":\"Not Found\",\"code\":null}", get("/unknown"));
    assertAnswer(404, JSON, "{\"error\":\"Not Found\",\"code\":null}", get("/probe/gone"));
    assertAnswer(409, JSON, "{\"error\":\"Conflict\",\"code\":null}", get("/probe/built/409"));
    assertAnswer(500, JSON, "{\"error\":\"Internal Server Error\",\"code\":null}", get("/probe/boom"));
    assertAnswer(400, JSON, "{\"error\":\"Bad Request\",\"code\":null}",
        send("DELETE", "/probe/json", null));
  }

  @Test
  void theTableSaysTheLibraryAddedThem() {
    assertEquals("Conflict", BareStatus.CONFLICT.title());
    assertEquals(true, BareError.CONFLICT.addedByLibrary());
    assertEquals(false, BareError.EMAIL_ALREADY_REGISTERED.addedByLibrary());
  }
}
