package dev.errorcontract.jaxrs.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code errorcontract.operations=log}: an operation answering an error it does not declare is logged
 * with the operation and the error, and answered as documented.
 */
class OperationsLogHttpTest extends AcceptanceServer {

  private static final String JSON = "application/json";

  private static final Logger LOGGER = Logger.getLogger("dev.errorcontract.jaxrs.operations");
  private static final List<String> LOGGED = new CopyOnWriteArrayList<>();
  private static final Handler HANDLER = new Handler() {
    @Override
    public void publish(LogRecord record) {
      LOGGED.add(record.getLevel() + " " + record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  static {
    System.setProperty("errorcontract.operations", "log");
    LOGGER.addHandler(HANDLER);
  }

  @AfterAll
  void clear() {
    System.clearProperty("errorcontract.operations");
    LOGGER.removeHandler(HANDLER);
  }

  @Override
  Set<Class<?>> classes() {
    return Set.of(BareFeature.class, OperationsResources.class);
  }

  @Test
  void anUndeclaredErrorIsLoggedAndAnsweredAsDocumented() throws Exception {
    LOGGED.clear();
    assertAnswer(409, JSON, "{\"error\":\"Email already registered\",\"code\":\"email_taken\"}",
        get("/operations/undeclared"));
    assertAnswer(404, JSON, "{\"error\":\"User not found\",\"code\":\"user_not_found\"}", get("/operations/declared"));
    assertEquals(List.of("WARNING The operation OperationsResources.undeclared answered"
        + " BareError.EMAIL_ALREADY_REGISTERED (409), which its throws clause does not declare"), LOGGED);
  }
}
