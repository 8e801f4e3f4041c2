package dev.errorcontract.examples.passport;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The success bodies of the registry endpoints, as Jackson writes them, shared by both servers so that
 * their 200 answers are the same bytes. Error bodies are never written here: they are the catalog's.
 */
public final class RegistryBodies {

  private RegistryBodies() {}

  /** {@code GET /registry/signing-message}: a message to sign and its single-use nonce. */
  public record SigningMessage(String message, String nonce) {

    /** The body of an issued nonce. */
    public static SigningMessage of(NonceStore.Issued issued) {
      return new SigningMessage(issued.message(), issued.nonce());
    }
  }

  /** One address's score. */
  public record ScoreBody(
      String address,
      String score,
      String status,
      @JsonProperty("last_score_timestamp") String lastScoreTimestamp,
      @JsonProperty("stamp_scores") Map<String, String> stampScores) {

    /** The body of a stored score. */
    public static ScoreBody of(PassportData.Score s) {
      Map<String, String> stamps = new LinkedHashMap<>();
      s.stampScores().forEach((provider, weight) -> stamps.put(provider, weight.toPlainString()));
      return new ScoreBody(
          s.address(), s.score().toPlainString(), "DONE", s.at().toString(), stamps);
    }
  }

  /** One page of a scorer's scores, and how many there are in all. */
  public record ScorePage(int count, List<ScoreBody> items) {

    /** The body of a page of scores. */
    public static ScorePage of(PassportData.Page<PassportData.Score> page) {
      return new ScorePage(page.count(), page.items().stream().map(ScoreBody::of).toList());
    }
  }

  /** One stamp an address holds. */
  public record StampBody(
      String provider,
      String weight,
      @JsonProperty("issuance_date") String issuanceDate,
      @JsonProperty("expiration_date") String expirationDate) {

    /** The body of a stamp. */
    public static StampBody of(PassportData.Stamp s) {
      return new StampBody(
          s.provider(), s.weight().toPlainString(), s.issued().toString(), s.expires().toString());
    }
  }

  /** The stamps an address holds. */
  public record StampPage(List<StampBody> items) {}
}
