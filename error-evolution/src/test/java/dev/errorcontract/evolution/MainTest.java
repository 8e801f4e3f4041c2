package dev.errorcontract.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on hand-written documents: the exact changelog, the exit statuses, and bad input
 * reported in one line, never a stack trace. (The corpus of every kind of change runs in error-processor,
 * on documents the processor wrote.)
 */
class MainTest {

  @TempDir Path dir;

  /** A minimal format 3 document: one status, one error, a field body. */
  static String document(int format, String detail, String extra) {
    return """
        {
          "format": %d,
          "name": "Shop",
          "mediaType": "application/json",
          "instance": "NONE",
          "attributes": [],
          "body": {"kind": "field", "field": "detail", "members": []},
          "statuses": [
            {"code": 400, "codes": [400], "range": null, "title": "Bad Request", "description": "",
             "constant": "BAD_REQUEST", "attributes": {}, "headers": []}
          ],
          "errors": [
            {"status": 400, "statusRow": "400", "detail": "%s", "title": "Bad Request", "description": "",
             "code": "bad_nonce", "attributes": {}, "template": false, "args": [], "answers": ["STATUS"],
             "constant": "INVALID_NONCE", "exception": "InvalidNonce", "addedByLibrary": false,
             "recordsStackTrace": false%s}
          ],
          "conditions": {"UNDOCUMENTED_CLIENT_ERROR": "INVALID_NONCE"}
        }
        """.formatted(format, detail, extra);
  }

  private record Run(int status, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private String file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
  }

  @Test
  void aRewordedDetailIsABreakingChange() throws IOException {
    Run run = run(file("old.json", document(2, "Invalid nonce", "")), file("new.json", document(3, "Nonce | bad", "")));
    assertEquals(Main.BREAKING, run.status());
    assertEquals("", run.err());
    assertEquals("""
        # Shop error contract: changes

        1 breaking change (0 acknowledged), 0 compatible changes.

        ## Breaking changes

        | Key | Change | Acknowledged |
        |---|---|---|
        | `error-detail-changed` | The detail "Invalid nonce" changed to "Nonce \\| bad" | no |
        """, run.out());
  }

  @Test
  void anAcknowledgedBreakStillExitsWithOne() throws IOException {
    Run run = run(file("old.json", document(3, "Invalid nonce", "")),
        file("new.json", document(3, "Nonce invalid", ", \"breaks\": \"2.0\"")));
    assertEquals(Main.BREAKING, run.status());
    assertTrue(run.out().contains("| `error-detail-changed` | The detail \"Invalid nonce\" changed to \"Nonce invalid\""
        + " | breaks = \"2.0\" |"), run.out());
  }

  @Test
  void aDeprecationIsCompatibleAndExitsWithZero() throws IOException {
    Run run = run(file("old.json", document(3, "Invalid nonce", "")),
        file("new.json", document(3, "Invalid nonce", ", \"deprecated\": \"use the token\"")));
    assertEquals(Main.OK, run.status());
    assertTrue(run.out().contains("## Compatible changes"), run.out());
    assertTrue(run.out().contains("| `error-deprecated` | The error 400 \"Invalid nonce\" is deprecated: use the token |"),
        run.out());
  }

  @Test
  void noChangeSaysSo() throws IOException {
    String same = file("same.json", document(3, "Invalid nonce", ""));
    Run run = run(same, same);
    assertEquals(Main.OK, run.status());
    assertEquals("""
        # Shop error contract: changes

        No change: a client of the old contract reads every answer of the new one alike.
        """, run.out());
  }

  @Test
  void badInputExitsWithTwoAndOneLine() throws IOException {
    String good = file("good.json", document(3, "Invalid nonce", ""));
    assertBad(run(good), "usage: java -jar error-evolution.jar OLD.catalog.json NEW.catalog.json");
    assertBad(run(good, dir.resolve("missing.json").toString()), "cannot be read: java.nio.file.NoSuchFileException");
    assertBad(run(good, file("broken.json", "{\"format\": 3,\n \"name\": }")),
        "broken.json is not JSON: line 2, column 10: unexpected character '}'");
    assertBad(run(good, file("old-format.json", "{\"format\": 1}")), "old-format.json has format 1; only formats 2 to 3");
    assertBad(run(good, file("future.json", "{\"format\": 4}")), "future.json has format 4, newer than this reader knows");
    assertBad(run(good, file("partial.json", "{\"format\": 3, \"statuses\": [], \"errors\": [{}]}")),
        "partial.json: errors[0] has no member \"args\"");
    assertBad(run(good, file("typed.json", document(3, "x", "").replace("\"status\": 400,", "\"status\": \"400\","))),
        "typed.json: errors[0].status is not an integer");
  }

  /** Issue 24: two different catalogs are not compared (it printed a rename changelog and exit 1). */
  @Test
  void twoDifferentCatalogsAreRefused() throws IOException {
    Run run = run(file("shop.json", document(3, "Invalid nonce", "")),
        file("other.json", document(3, "Invalid nonce", "").replace("\"name\": \"Shop\"", "\"name\": \"Other\"")));
    assertBad(run, "shop.json is the contract of the catalog \"Shop\" and ");
    assertTrue(run.err().endsWith("of \"Other\": two versions of one catalog are compared, not two catalogs\n"),
        run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  /** Issue 24: a 50 MB input ended in OutOfMemoryError, a stack trace and exit 1; now one line, exit 2. */
  @Test
  void anInputOverTheBoundIsRefusedUnread() throws IOException {
    Path huge = dir.resolve("huge.json");
    try (var out = Files.newOutputStream(huge)) {
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 50; i++) {
        out.write(spaces);
      }
    }
    String good = file("good.json", document(3, "Invalid nonce", ""));
    Run run = run(good, huge.toString());
    assertBad(run, "huge.json is larger than 8 MiB, more than any contract takes; it is not compared");
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(!run.err().contains("Exception") && !run.err().contains("Error"), run.err());
    // Exactly at the bound it is read (and then is no contract).
    Path edge = dir.resolve("edge.json");
    Files.write(edge, new byte[(int) Main.MAX_INPUT_BYTES]);
    assertTrue(!run(good, edge.toString()).err().contains("larger than"));
  }

  private static void assertBad(Run run, String message) {
    assertEquals(Main.BAD_INPUT, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().contains(message), run.err());
    assertTrue(!run.err().contains("\tat "), run.err());
  }
}
