package dev.errorcontract.examples.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassportOptionsTest {

  @Test
  void noArgumentsGiveTheDefaults() throws Exception {
    assertEquals(
        new PassportOptions("127.0.0.1", 8080, 120, Duration.ofSeconds(300), false),
        PassportOptions.parse(List.of()));
  }

  @Test
  void everyFlagIsRead() throws Exception {
    assertEquals(
        new PassportOptions("0.0.0.0", 0, 5, Duration.ofSeconds(2), true),
        PassportOptions.parse(
            List.of(
                "--host", "0.0.0.0", "--port=0", "--rate-limit", "5", "--nonce-ttl-seconds", "2",
                "--fault-injection")));
  }

  @Test
  void helpIsNotAnError() throws Exception {
    assertNull(PassportOptions.parse(List.of("--port", "1", "--help")));
  }

  @Test
  void badFlagsSayWhatIsWrong() {
    assertMessage("unknown option: --prot", "--prot", "1");
    assertMessage("--port needs a value", "--port");
    assertMessage("--port needs a value", "--port", "--fault-injection");
    assertMessage("--port needs a whole number, not 'http'", "--port", "http");
    assertMessage("--port must be from 0 to 65535, not 70000", "--port", "70000");
    assertMessage("--rate-limit must be from 1 to 2147483647, not 0", "--rate-limit", "0");
    assertMessage("--fault-injection takes no value", "--fault-injection=yes");
    assertMessage("--host must not be empty", "--host=");
  }

  @Test
  void aBadFlagExitsWithStatus2AndTheUsage() throws Exception {
    var err = new java.io.ByteArrayOutputStream();
    var out = new java.io.ByteArrayOutputStream();
    int status =
        PassportServer.run(
            new String[] {"--port", "x"},
            new java.io.PrintStream(out, true, "UTF-8"),
            new java.io.PrintStream(err, true, "UTF-8"));
    assertEquals(2, status);
    assertEquals("", out.toString("UTF-8"));
    assertTrue(err.toString("UTF-8").startsWith("passport-api: --port needs a whole number"));
    assertTrue(err.toString("UTF-8").contains("usage: java -jar passport-api.jar"));
  }

  private static void assertMessage(String expected, String... args) {
    var e =
        assertThrows(
            PassportOptions.UsageException.class, () -> PassportOptions.parse(List.of(args)));
    assertEquals(expected, e.getMessage());
  }
}
