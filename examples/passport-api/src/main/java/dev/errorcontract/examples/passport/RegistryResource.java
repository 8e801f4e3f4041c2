package dev.errorcontract.examples.passport;

import dev.errorcontract.examples.passport.RegistryBodies.ScoreBody;
import dev.errorcontract.examples.passport.RegistryBodies.ScorePage;
import dev.errorcontract.examples.passport.RegistryBodies.SigningMessage;
import dev.errorcontract.examples.passport.RegistryBodies.StampBody;
import dev.errorcontract.examples.passport.RegistryBodies.StampPage;
import dev.errorcontract.examples.support.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
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
    return Json.ok(SigningMessage.of(nonces.issue(apiKey)));
  }

  /** Scores an address whose owner signed the signing message of a nonce issued to this key. */
  @POST
  @Path("/submit-passport")
  public Response submitPassport(@HeaderParam(ApiKeyFilter.HEADER) String apiKey, byte[] body)
      throws PassportException.BadRequest, PassportException.UnableToGetScoreForProvidedScorerId,
          PassportException.InvalidNonce, PassportException.AddressDoesNotMatchSignature {
    Submission submission = Submission.read(body);
    if (submission == null) {
      throw new PassportException.BadRequest();
    }
    String scorerId = submission.scorerId();
    String address = submission.address();
    if (!data.owns(apiKey, scorerId)) {
      throw new PassportException.UnableToGetScoreForProvidedScorerId();
    }
    String message =
        nonces.consume(apiKey, submission.nonce()).orElseThrow(PassportException.InvalidNonce::new);
    if (!SignatureVerifier.isSignedBy(message, submission.signature(), address)) {
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
    return Json.ok(ScorePage.of(data.scores(scorerId, limit(limit), offset(offset))));
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
}
