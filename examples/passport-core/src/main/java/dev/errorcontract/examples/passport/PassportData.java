package dev.errorcontract.examples.passport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The example's in-memory data, seeded at start: accounts with their API keys and scorers, the stamps
 * each address holds, and the scores submitted so far. Thread-safe.
 *
 * <p>Seed: API key {@code demo-api-key} (account 1) owns scorer {@code 1}; API key {@code
 * other-api-key} (account 2) owns scorer {@code 2}.
 */
public final class PassportData {

  /** The API key of the demo account, owner of scorer 1. */
  public static final String DEMO_API_KEY = "demo-api-key";

  /** The API key of another account, owner of scorer 2. */
  public static final String OTHER_API_KEY = "other-api-key";

  /** An address with seeded stamps: the one of the well-known demo key used in the README. */
  public static final String DEMO_ADDRESS = "0x2c7536e3605d9c16a7a3d7b1898e529396a65c23";

  private final Map<String, Integer> accountByKey = Map.of(DEMO_API_KEY, 1, OTHER_API_KEY, 2);
  private final Map<String, Integer> accountByScorer = Map.of("1", 1, "2", 2);
  private final Map<String, List<Stamp>> stamps = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, ConcurrentSkipListMap<String, Score>> scores =
      new ConcurrentHashMap<>();

  /** The seeded data. */
  public PassportData() {
    Instant issued = Instant.parse("2025-01-10T12:00:00Z");
    Instant expires = Instant.parse("2026-04-10T12:00:00Z");
    stamps.put(
        DEMO_ADDRESS,
        List.of(
            new Stamp("Github", new BigDecimal("2.5"), issued, expires),
            new Stamp("Google", new BigDecimal("1.0"), issued, expires),
            new Stamp("Ens", new BigDecimal("2.2"), issued, expires)));
    String seeded = "0x1111111111111111111111111111111111111111";
    stamps.put(seeded, List.of(new Stamp("Discord", new BigDecimal("0.7"), issued, expires)));
    store("1", score(seeded, issued));
  }

  /** The account an API key belongs to, if the key is known. */
  public Optional<Integer> account(String apiKey) {
    return Optional.ofNullable(apiKey == null ? null : accountByKey.get(apiKey));
  }

  /** Whether the account holding {@code apiKey} owns scorer {@code scorerId}. */
  public boolean owns(String apiKey, String scorerId) {
    Integer account = apiKey == null ? null : accountByKey.get(apiKey);
    return account != null && scorerId != null && account.equals(accountByScorer.get(scorerId));
  }

  /** The stamps {@code address} holds, in a stable order; empty for an unknown address. */
  public List<Stamp> stamps(String address) {
    return stamps.getOrDefault(address.toLowerCase(Locale.ROOT), List.of());
  }

  /** Scores {@code address} from its stamps now, and records the score under the scorer. */
  public Score submit(String scorerId, String address, Instant now) {
    Score score = score(address.toLowerCase(Locale.ROOT), now);
    store(scorerId, score);
    return score;
  }

  /** The latest score of {@code address} under the scorer, if one was submitted. */
  public Optional<Score> score(String scorerId, String address) {
    Map<String, Score> byAddress = scores.get(scorerId);
    return Optional.ofNullable(
        byAddress == null ? null : byAddress.get(address.toLowerCase(Locale.ROOT)));
  }

  /** All scores of the scorer ordered by address: the total and one page of them. */
  public Page<Score> scores(String scorerId, int limit, int offset) {
    Map<String, Score> byAddress = scores.getOrDefault(scorerId, new ConcurrentSkipListMap<>());
    List<Score> all = new ArrayList<>(byAddress.values());
    int from = Math.min(offset, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return new Page<>(all.size(), Collections.unmodifiableList(all.subList(from, to)));
  }

  private Score score(String address, Instant now) {
    Map<String, BigDecimal> byProvider = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Stamp s : stamps(address)) {
      byProvider.put(s.provider(), s.weight());
      total = total.add(s.weight());
    }
    return new Score(address, total, now, Collections.unmodifiableMap(byProvider));
  }

  private void store(String scorerId, Score score) {
    scores.computeIfAbsent(scorerId, k -> new ConcurrentSkipListMap<>()).put(score.address(), score);
  }

  /**
   * A stamp: a credential from a provider, worth a weight.
   *
   * @param provider the issuing provider
   * @param weight what it adds to a score
   * @param issued when it was issued
   * @param expires when it stops counting
   */
  public record Stamp(String provider, BigDecimal weight, Instant issued, Instant expires) {}

  /**
   * A submitted score.
   *
   * @param address the scored address, lower-case
   * @param score the sum of the stamp weights
   * @param at when it was computed
   * @param stampScores the weight of each stamp, by provider
   */
  public record Score(
      String address, BigDecimal score, Instant at, Map<String, BigDecimal> stampScores) {}

  /**
   * One page of a list.
   *
   * @param count how many items there are in all
   * @param items the items of this page
   * @param <T> the item type
   */
  public record Page<T>(int count, List<T> items) {}
}
