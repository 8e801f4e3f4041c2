package dev.errorcontract.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of issue 24's rule the differ decides from the contract alone: whether a body carries a
 * value, whether a renamed argument reaches the wire through a member, whether an added row's answers
 * were sent before. error-processor's {@code OldDecoderRuleTest} checks every kind against the old
 * decoder; these are the edges its corpus does not reach.
 */
class DifferRuleTest {

  /** A format 3 contract: one 400 status without an added answer, one templated error, the given members. */
  private static Contract contract(String statusTitle, String detail, String argName, String members)
      throws BadContract {
    String json = """
        {
          "format": 3, "name": "Shop", "mediaType": "application/json", "instance": "NONE", "attributes": [],
          "body": {"kind": "field", "field": "detail", "members": [%s]},
          "statuses": [
            {"code": 400, "codes": [400], "range": null, "title": "%s", "description": "",
             "constant": "BAD_REQUEST", "attributes": {}, "headers": []}
          ],
          "errors": [
            {"status": 400, "statusRow": "400", "detail": "%s", "title": "%s", "description": "",
             "code": null, "attributes": {}, "template": true,
             "args": [{"name": "%s", "type": "int", "json": "NUMBER"}], "answers": [],
             "constant": "INVALID_LIMIT", "exception": "InvalidLimit", "addedByLibrary": false,
             "recordsStackTrace": false}
          ],
          "conditions": {}
        }
        """.formatted(members, statusTitle, detail, statusTitle, argName);
    return Contract.parse(json, "shop.json");
  }

  private static List<String> keys(Contract before, Contract after) {
    return Differ.compare(before, after).stream()
        .map(c -> c.kind().key() + (c.breaking() ? " (breaking)" : " (compatible)")).toList();
  }

  @Test
  void anArgumentOnlyTheDetailNamesIsRenamedCompatibly() throws BadContract {
    assertEquals(List.of("error-argument-renamed (compatible)"), keys(
        contract("Bad Request", "Invalid limit: {max}", "max", ""),
        contract("Bad Request", "Invalid limit: {maximum}", "maximum", "")));
  }

  @Test
  void anArgumentAMemberNamesIsNotARename() throws BadContract {
    // The member "max" would be left out of the new answers: the detail reads alike, the body does not.
    String member = "{\"name\": \"max\", \"argument\": \"max\", \"omitWhenAbsent\": true}";
    assertEquals(List.of("error-detail-changed (breaking)", "error-argument-removed (breaking)",
            "error-argument-added (breaking)"),
        keys(contract("Bad Request", "Invalid limit: {max}", "max", member),
            contract("Bad Request", "Invalid limit: {maximum}", "maximum", member)));
  }

  @Test
  void aRenameThatAlsoRewordsIsADetailChange() throws BadContract {
    assertEquals(List.of("error-detail-changed (breaking)", "error-argument-removed (breaking)",
            "error-argument-added (breaking)"),
        keys(contract("Bad Request", "Invalid limit: {max}", "max", ""),
            contract("Bad Request", "Limit too high: {maximum}", "maximum", "")));
  }

  @Test
  void aStatusTitleNoAnswerCarriesIsAnUnsentValue() throws BadContract {
    // No added answer for the status (as in a client-only catalog) and no title member.
    assertEquals(List.of("unsent-value-changed (compatible)", "unsent-value-changed (compatible)"),
        keys(contract("Bad Request", "Invalid limit: {max}", "max", ""),
            contract("Invalid Request", "Invalid limit: {max}", "max", "")));
  }

  @Test
  void aStatusTitleATitleMemberCarriesBreaks() throws BadContract {
    String member = "{\"name\": \"title\", \"value\": \"TITLE\", \"omitWhenAbsent\": false}";
    assertEquals(List.of("status-title-changed (breaking)", "error-title-changed (breaking)"),
        keys(contract("Bad Request", "Invalid limit: {max}", "max", member),
            contract("Invalid Request", "Invalid limit: {max}", "max", member)));
  }

  @Test
  void aMemberNoAnswerWroteIsRemovedCompatibly() throws BadContract {
    String never = "{\"name\": \"doc\", \"attribute\": \"doc_url\", \"omitWhenAbsent\": true}";
    String written = "{\"name\": \"doc\", \"attribute\": \"doc_url\", \"omitWhenAbsent\": false}";
    assertEquals(List.of("unsent-value-changed (compatible)"),
        keys(contract("Bad Request", "x {max}", "max", never), contract("Bad Request", "x {max}", "max", "")));
    assertEquals(List.of("body-member-removed (breaking)"),
        keys(contract("Bad Request", "x {max}", "max", written), contract("Bad Request", "x {max}", "max", "")));
  }
}
