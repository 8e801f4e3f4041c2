package dev.errorcontract.examples.passport;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.errorcontract.examples.support.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Passport API's v1 registry endpoints. Each failure is thrown as the catalog exception of its
 * published row; nothing here writes an error body itself.
 */
@Path("/registry")
public final class RegistryResource {

  /** The largest page a client may ask for, as the published "Invalid limit" row says. */
  static final int MAX_LIMIT = 1000;

  private static final int DEFAULT_LIMIT = 50;
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final PassportData data;
  private final NonceStore nonces;
  private final Clock clock;

  RegistryResource(PassportData data, NonceStore nonces, Clock clock) {
    this.data = data;
    this.nonces = nonces;
    this.clock = clock;
  }

  /** A message to sign, and its single-use nonce. */
  @GET
  @Path("/signing-message")
  public Response signingMessage(@HeaderParam(ApiKeyFilter.HEADER) String apiKey) {
    NonceStore.Issued issued = nonces.issue(apiKey);
    return Json.ok(new SigningMessage(issued.message(), issued.nonce()));
  }

  /** Scores an address whose owner signed the signing message of a nonce issued to this key. */
  @POST
  @Path("/submit-passport")
  public Response submitPassport(@HeaderParam(ApiKeyFilter.HEADER) String apiKey, byte[] body)
      throws PassportException.BadRequest, PassportException.UnableToGetScoreForProvidedScorerId,
          PassportException.InvalidNonce, PassportException.AddressDoesNotMatchSignature {
    JsonNode json = Json.object(body);
    if (json == null) {
      throw new PassportException.BadRequest();
    }
    String address = text(json, "address");
    String scorerId = id(json, "scorer_id");
    String signature = text(json, "signature");
    String nonce = text(json, "nonce");
    if (address == null || scorerId == null || signature == null || nonce == null
        || !SignatureVerifier.isAddress(address)) {
      throw new PassportException.BadRequest();
    }
    if (!data.owns(apiKey, scorerId)) {
      throw new PassportException.UnableToGetScoreForProvidedScorerId();
    }
    String message =
        nonces.consume(apiKey, nonce).orElseThrow(PassportException.InvalidNonce::new);
    if (!SignatureVerifier.isSignedBy(message, signature, address)) {
      throw new PassportException.AddressDoesNotMatchSignature();
    }
    return Json.ok(ScoreBody.of(data.submit(scorerId, address, clock.instant())));
  }

  /** The latest score of one address. */
  @GET
  @Path("/score/{scorer_id}/{address}")
  public Response score(
      @HeaderParam(ApiKeyFilter.HEADER) String apiKey,
      @PathParam("scorer_id") String scorerId,
      @PathParam("address") String address)
      throws PassportException.UnableToGetScoreForProvidedScorerId, PassportException.BadRequest,
          PassportException.NotFound {
    if (!data.owns(apiKey, scorerId)) {
      throw new PassportException.UnableToGetScoreForProvidedScorerId();
    }
    if (!SignatureVerifier.isAddress(address)) {
      throw new PassportException.BadRequest();
    }
    return Json.ok(
        ScoreBody.of(data.score(scorerId, address).orElseThrow(PassportException.NotFound::new)));
  }

  /** One page of the scorer's scores. */
  @GET
  @Path("/score/{scorer_id}")
  public Response scores(
      @HeaderParam(ApiKeyFilter.HEADER) String apiKey,
      @PathParam("scorer_id") String scorerId,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset)
      throws PassportException.UnableToGetScoreForProvidedScorerId, PassportException.BadRequest,
          PassportException.InvalidLimit {
    if (!data.owns(apiKey, scorerId)) {
      throw new PassportException.UnableToGetScoreForProvidedScorerId();
    }
    PassportData.Page<PassportData.Score> page =
        data.scores(scorerId, limit(limit), offset(offset));
    return Json.ok(
        new ScorePage(page.count(), page.items().stream().map(ScoreBody::of).toList()));
  }

  /** The stamps an address holds. */
  @GET
  @Path("/stamps/{address}")
  public Response stamps(@PathParam("address") String address, @QueryParam("limit") String limit)
      throws PassportException.BadRequest, PassportException.InvalidLimit {
    int max = limit(limit);
    if (!SignatureVerifier.isAddress(address)) {
      throw new PassportException.BadRequest();
    }
    List<StampBody> items =
        data.stamps(address).stream().limit(max).map(StampBody::of).toList();
    return Json.ok(new StampPage(items));
  }

  // Query parameters are taken as text and checked here: JAX-RS turns a parameter it cannot convert
  // into a 404, which would tell the client the resource does not exist.

  private static int limit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    if (!DIGITS.matcher(text).matches()) {
      throw new PassportException.BadRequest();
    }
    if (text.length() > 9 || Integer.parseInt(text) > MAX_LIMIT) {
      throw new PassportException.InvalidLimit();
    }
    int limit = Integer.parseInt(text);
    if (limit < 1) {
      throw new PassportException.BadRequest();
    }
    return limit;
  }

  private static int offset(String text) {
    if (text == null) {
      return 0;
    }
    if (!DIGITS.matcher(text).matches() || text.length() > 9) {
      throw new PassportException.BadRequest();
    }
    return Integer.parseInt(text);
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.get(field);
    return node != null && node.isTextual() ? node.asText() : null;
  }

  /** A scorer id, sent as a JSON string or a whole number. */
  private static String id(JsonNode json, String field) {
    JsonNode node = json.get(field);
    if (node != null && node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    return node != null && node.isTextual() ? node.asText() : null;
  }

  record SigningMessage(String message, String nonce) {}

  record ScoreBody(
      String address,
      String score,
      String status,
      @JsonProperty("last_score_timestamp") String lastScoreTimestamp,
      @JsonProperty("stamp_scores") Map<String, String> stampScores) {

    static ScoreBody of(PassportData.Score s) {
      Map<String, String> stamps = new LinkedHashMap<>();
      s.stampScores().forEach((provider, weight) -> stamps.put(provider, weight.toPlainString()));
      return new ScoreBody(
          s.address(), s.score().toPlainString(), "DONE", s.at().toString(), stamps);
    }
  }

  record ScorePage(int count, List<ScoreBody> items) {}

  record StampBody(
      String provider,
      String weight,
      @JsonProperty("issuance_date") String issuanceDate,
      @JsonProperty("expiration_date") String expirationDate) {

    static StampBody of(PassportData.Stamp s) {
      return new StampBody(
          s.provider(), s.weight().toPlainString(), s.issued().toString(), s.expires().toString());
    }
  }

  record StampPage(List<StampBody> items) {}
}
