package dev.errorcontract.catalog.internal.answering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.InstanceSupplier;
import dev.errorcontract.catalog.internal.GuardedInstanceSupplier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: the two new instance sources on the path every adapter shares. {@link
 * Instance#CORRELATION_UUID} is the bare id of the header and the log line; {@link Instance#SUPPLIED}
 * asks the application's supplier with the answer, minting the id only when the supplier asks for it,
 * and a supplier that throws, returns null or cannot be created gives no instance, logged once.
 */
class InstanceSourcesTest {

  private static final String LOGGER = "dev.errorcontract.test.instances";
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
  /** Held so that the levels set on them stay (JUL keeps loggers weakly). */
  private static final Logger JUL = Logger.getLogger(LOGGER);
  private static final Logger SUPPLIER_JUL = Logger.getLogger(GuardedInstanceSupplier.LOGGER);

  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final Correlation correlation =
      Correlation.of(LOGGER, "Unexpected failure", Correlation.DEFAULT_HEADER);
  private final DocumentedError notFound = error("NOT_FOUND");

  @BeforeEach
  void capture() {
    for (Logger logger : List.of(JUL, SUPPLIER_JUL)) {
      logger.setUseParentHandlers(false);
      logger.addHandler(capture);
      logger.setLevel(Level.INFO);
    }
  }

  @AfterEach
  void release() {
    JUL.removeHandler(capture);
    SUPPLIER_JUL.removeHandler(capture);
  }

  /** A documented error that only names itself. */
  private static DocumentedError error(String name) {
    return (DocumentedError) Proxy.newProxyInstance(
        DocumentedError.class.getClassLoader(), new Class<?>[] {DocumentedError.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "toString" -> name;
          case "hashCode" -> name.hashCode();
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  /** A table whose instances come from {@code instance}, with {@code supplier}. */
  private static ErrorTable table(Instance instance, InstanceSupplier supplier) {
    return (ErrorTable) Proxy.newProxyInstance(
        ErrorTable.class.getClassLoader(), new Class<?>[] {ErrorTable.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "instance" -> instance;
          case "instanceSupplier" -> supplier;
          case "toString" -> "table";
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void everySourceButNoneAndExceptionIsOnEveryAnswer() {
    assertFalse(Correlation.onEveryAnswer(Instance.NONE));
    assertFalse(Correlation.onEveryAnswer(Instance.EXCEPTION));
    assertTrue(Correlation.onEveryAnswer(Instance.REQUEST_PATH));
    assertTrue(Correlation.onEveryAnswer(Instance.CORRELATION_URN));
    assertTrue(Correlation.onEveryAnswer(Instance.CORRELATION_UUID));
    assertTrue(Correlation.onEveryAnswer(Instance.SUPPLIED));
  }

  @Test
  void aBareUuidIsTheIdOfTheHeaderAndTheLogLine() {
    String instance = correlation.instance(
        table(Instance.CORRELATION_UUID, null), notFound, null, 404, "GET", "/no/such", headers::put);
    assertTrue(UUID.matcher(instance).matches(), instance);
    assertEquals(Map.of("X-Correlation-Id", instance), headers);
    assertEquals(1, records.size(), records::toString);
    assertEquals(Level.INFO, records.get(0).getLevel());
    assertEquals("Answered 404 GET /no/such; correlation id " + instance, records.get(0).getMessage());
  }

  @Test
  void aBareUuidOfAnAnswerLoggedAlreadyIsItsId() {
    String id = "0b6c8a52-6d1f-4b7e-9a51-3c0e7f2d4a18";
    assertEquals(id, correlation.instance(
        table(Instance.CORRELATION_UUID, null), notFound, id, 500, "GET", "/x", headers::put));
    assertEquals(id, correlation.instance(Instance.CORRELATION_UUID, id, 500, "GET", "/x", headers::put));
    assertTrue(headers.isEmpty(), headers::toString);
    assertTrue(records.isEmpty(), records::toString);
  }

  @Test
  void theSupplierSeesTheAnswerAndMakesNoIdItDoesNotAskFor() {
    List<InstanceSupplier.Answer> seen = new ArrayList<>();
    InstanceSupplier supplier = answer -> {
      seen.add(answer);
      return "ref:" + answer.status() + ":" + answer.method() + ":" + answer.path() + ":" + answer.error();
    };
    assertEquals("ref:404:DELETE:/a%20b:NOT_FOUND", correlation.instance(
        table(Instance.SUPPLIED, supplier), notFound, null, 404, "DELETE", "/a%20b", headers::put));
    assertEquals(1, seen.size());
    assertSame(notFound, seen.get(0).error());
    assertTrue(headers.isEmpty(), headers::toString);
    assertTrue(records.isEmpty(), records::toString);
  }

  @Test
  void anIdTheSupplierAsksForIsMintedOnceLoggedAndSent() {
    InstanceSupplier supplier = answer -> answer.correlationId() + "/" + answer.correlationId();
    String instance = correlation.instance(
        table(Instance.SUPPLIED, supplier), notFound, null, 404, "GET", "/x", headers::put);
    String id = headers.get("X-Correlation-Id");
    assertTrue(UUID.matcher(id).matches(), id);
    assertEquals(id + "/" + id, instance);
    assertEquals(1, headers.size());
    assertEquals(1, records.size(), records::toString);
    assertEquals("Answered 404 GET /x; correlation id " + id, records.get(0).getMessage());
  }

  @Test
  void anIdLoggedAlreadyIsTheOneTheSupplierGets() {
    InstanceSupplier supplier = InstanceSupplier.Answer::correlationId;
    assertEquals("abc", correlation.instance(
        table(Instance.SUPPLIED, supplier), notFound, "abc", 500, "GET", "/x", headers::put));
    assertTrue(headers.isEmpty(), headers::toString);
    assertTrue(records.isEmpty(), records::toString);
  }

  @Test
  void theOldSignatureGivesNoSuppliedInstance() {
    assertNull(correlation.instance(Instance.SUPPLIED, null, 404, "GET", "/x", headers::put));
  }

  // The guard the generated table puts around the application's supplier.

  private List<LogRecord> supplierRecords() {
    return records.stream().filter(r -> r.getLoggerName().equals(GuardedInstanceSupplier.LOGGER)).toList();
  }

  private static InstanceSupplier.Answer answer() {
    return InstanceSupplier.Answer.of("GET", "/x", 404, error("NOT_FOUND"), () -> "id");
  }

  @Test
  void theApplicationsSupplierIsCreatedOnceWhenFirstAsked() {
    AtomicInteger created = new AtomicInteger();
    GuardedInstanceSupplier guarded = GuardedInstanceSupplier.of("Shop", "test.Refs", () -> {
      created.incrementAndGet();
      return answer -> "ref-" + answer.status();
    });
    assertEquals(0, created.get());
    assertEquals("ref-404", guarded.instance(answer()));
    assertEquals("ref-404", guarded.instance(answer()));
    assertEquals(1, created.get());
    assertTrue(records.isEmpty(), records::toString);
  }

  @Test
  void aSupplierThatThrowsGivesNoInstanceLoggedOnce() {
    IllegalStateException failure = new IllegalStateException("database down");
    GuardedInstanceSupplier guarded = GuardedInstanceSupplier.of("Shop", "test.Refs", () -> answer -> {
      throw failure;
    });
    assertNull(guarded.instance(answer()));
    assertNull(guarded.instance(answer()));
    List<LogRecord> logged = supplierRecords();
    assertEquals(1, logged.size(), logged::toString);
    assertEquals(Level.WARNING, logged.get(0).getLevel());
    assertSame(failure, logged.get(0).getThrown());
    assertEquals("The instance supplier test.Refs of the catalog Shop threw for Answer[404 GET /x, NOT_FOUND];"
        + " answers go without an instance when it fails (logged once)", logged.get(0).getMessage());
  }

  @Test
  void aSupplierThatReturnsNullGivesNoInstanceLoggedOnce() {
    GuardedInstanceSupplier guarded = GuardedInstanceSupplier.of("Shop", "test.Refs", () -> answer -> null);
    assertNull(guarded.instance(answer()));
    assertNull(guarded.instance(answer()));
    List<LogRecord> logged = supplierRecords();
    assertEquals(1, logged.size(), logged::toString);
    assertEquals(Level.WARNING, logged.get(0).getLevel());
    assertEquals("The instance supplier test.Refs of the catalog Shop returned null for Answer[404 GET /x,"
        + " NOT_FOUND]; answers go without an instance when it does (logged once)", logged.get(0).getMessage());
  }

  @Test
  void aSupplierThatCannotBeCreatedGivesNoInstanceLoggedOnceAndIsNotTriedAgain() {
    AtomicInteger tried = new AtomicInteger();
    IllegalStateException failure = new IllegalStateException("no configuration");
    GuardedInstanceSupplier guarded = GuardedInstanceSupplier.of("Shop", "test.Refs", () -> {
      tried.incrementAndGet();
      throw failure;
    });
    assertNull(guarded.instance(answer()));
    assertNull(guarded.instance(answer()));
    assertEquals(1, tried.get());
    List<LogRecord> logged = supplierRecords();
    assertEquals(1, logged.size(), logged::toString);
    assertSame(failure, logged.get(0).getThrown());
    assertEquals("The instance supplier test.Refs of the catalog Shop could not be created; answers go without"
        + " an instance (logged once)", logged.get(0).getMessage());
  }

  @Test
  void anErrorOfTheVirtualMachineIsNoSuppliersFailure() {
    GuardedInstanceSupplier guarded = GuardedInstanceSupplier.of("Shop", "test.Refs", () -> answer -> {
      throw new StackOverflowError();
    });
    org.junit.jupiter.api.Assertions.assertThrows(StackOverflowError.class, () -> guarded.instance(answer()));
  }
}
