package dev.errorcontract.examples.signzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignzyOptionsTest {

  @Test
  void noArgumentsGiveTheDefaults() throws Exception {
    assertEquals(
        new SignzyOptions("127.0.0.1", 8080, 120, null, Duration.ofMillis(2000), false),
        SignzyOptions.parse(List.of()));
  }

  @Test
  void everyFlagIsRead() throws Exception {
    assertEquals(
        new SignzyOptions(
            "::1", 0, 7, URI.create("http://registry.example:9000/v1"), Duration.ofMillis(250),
            true),
        SignzyOptions.parse(
            List.of(
                "--host=::1", "--port", "0", "--request-limit", "7", "--upstream",
                "http://registry.example:9000/v1", "--upstream-timeout-ms", "250",
                "--fault-injection")));
  }

  @Test
  void helpIsNotAnError() throws Exception {
    assertNull(SignzyOptions.parse(List.of("--help")));
  }

  @Test
  void badFlagsSayWhatIsWrong() {
    assertMessage("unknown option: --limit", "--limit", "3");
    assertMessage("--upstream needs a value", "--upstream");
    assertMessage("--upstream needs an http or https URL, not 'ftp://x/'", "--upstream", "ftp://x/");
    assertMessage("--upstream needs an http or https URL, not 'localhost:80'", "--upstream",
        "localhost:80");
    assertMessage("--upstream-timeout-ms needs a whole number, not '2s'", "--upstream-timeout-ms",
        "2s");
    assertMessage("--request-limit must be from 1 to 2147483647, not -1", "--request-limit", "-1");
    assertMessage("--port needs a value", "--port", "--help");
  }

  private static void assertMessage(String expected, String... args) {
    var e =
        assertThrows(SignzyOptions.UsageException.class, () -> SignzyOptions.parse(List.of(args)));
    assertEquals(expected, e.getMessage());
  }
}
