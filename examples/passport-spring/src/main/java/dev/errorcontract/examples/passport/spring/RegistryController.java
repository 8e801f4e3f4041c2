package dev.errorcontract.examples.passport.spring;

import dev.errorcontract.examples.passport.NonceStore;
import dev.errorcontract.examples.passport.PassportData;
import dev.errorcontract.examples.passport.PassportException;
import dev.errorcontract.examples.passport.RegistryBodies.ScoreBody;
import dev.errorcontract.examples.passport.RegistryBodies.ScorePage;
import dev.errorcontract.examples.passport.RegistryBodies.SigningMessage;
import dev.errorcontract.examples.passport.RegistryBodies.StampBody;
import dev.errorcontract.examples.passport.RegistryBodies.StampPage;
import dev.errorcontract.examples.passport.SignatureVerifier;
import dev.errorcontract.examples.passport.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Passport API's v1 registry endpoints on Spring MVC, answering as passport-api's {@code
 * RegistryResource} does (the shared HTTP cases hold both to the same bytes). Each failure is thrown as
 * the catalog exception of its published row; nothing here writes an error body itself. The data,
 * nonces, signature check, submission reading and success bodies are passport-core's; the parameter
 * checks are each handler's own, so each handler creates every error its {@code throws} clause names.
 */
@RestController
@RequestMapping("/registry")
class RegistryController {

  /** The largest page a client may ask for, as the published "Invalid limit" row says. */
  static final int MAX_LIMIT = 1000;

  /** The largest body read, as the Jersey server's: the bodies are JSON objects of a few hundred bytes. */
  static final int MAX_BODY = 64 * 1024;

  /** How much of a larger body is read and dropped before the answer, so that the client reads it. */
  private static final long MAX_DRAINED = 16L * 1024 * 1024;

  private static final int DEFAULT_LIMIT = 50;
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final PassportData data;
  private final NonceStore nonces;
  private final Clock clock;

  RegistryController(PassportData data, NonceStore nonces, Clock clock) {
    this.data = data;
    this.nonces = nonces;
    this.clock = clock;
  }

  /** A message to sign, and its single-use nonce. */
  @GetMapping("/signing-message")
  SigningMessage signingMessage(@RequestHeader(ApiKeyInterceptor.HEADER) String apiKey) {
    return SigningMessage.of(nonces.issue(apiKey));
  }

  /** Scores an address whose owner signed the signing message of a nonce issued to this key. */
  @PostMapping("/submit-passport")
  ScoreBody submitPassport(@RequestHeader(ApiKeyInterceptor.HEADER) String apiKey, InputStream body)
      throws PassportException.BadRequest, PassportException.UnableToGetScoreForProvidedScorerId,
          PassportException.InvalidNonce, PassportException.AddressDoesNotMatchSignature {
    byte[] bytes = read(body);
    Submission submission = bytes == null ? null : Submission.read(bytes);
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
    return ScoreBody.of(data.submit(scorerId, address, clock.instant()));
  }

  /** The latest score of one address. */
  @GetMapping("/score/{scorer_id}/{address}")
  ScoreBody score(
      @RequestHeader(ApiKeyInterceptor.HEADER) String apiKey,
      @PathVariable("scorer_id") String scorerId,
      @PathVariable("address") String address)
      throws PassportException.UnableToGetScoreForProvidedScorerId, PassportException.BadRequest,
          PassportException.NotFound {
    if (!data.owns(apiKey, scorerId)) {
      throw new PassportException.UnableToGetScoreForProvidedScorerId();
    }
    if (!SignatureVerifier.isAddress(address)) {
      throw new PassportException.BadRequest();
    }
    return ScoreBody.of(data.score(scorerId, address).orElseThrow(PassportException.NotFound::new));
  }

  /** One page of the scorer's scores. */
  @GetMapping("/score/{scorer_id}")
  ScorePage scores(
      @RequestHeader(ApiKeyInterceptor.HEADER) String apiKey,
      @PathVariable("scorer_id") String scorerId,
      @RequestParam(name = "limit", required = false) String limit,
      @RequestParam(name = "offset", required = false) String offset)
      throws PassportException.UnableToGetScoreForProvidedScorerId, PassportException.BadRequest,
          PassportException.InvalidLimit {
    if (!data.owns(apiKey, scorerId)) {
      throw new PassportException.UnableToGetScoreForProvidedScorerId();
    }
    return ScorePage.of(data.scores(scorerId, limit(limit), offset(offset)));
  }

  /** The stamps an address holds. */
  @GetMapping("/stamps/{address}")
  StampPage stamps(
      @PathVariable("address") String address,
      @RequestParam(name = "limit", required = false) String limit)
      throws PassportException.BadRequest, PassportException.InvalidLimit {
    int max = limit(limit);
    if (!SignatureVerifier.isAddress(address)) {
      throw new PassportException.BadRequest();
    }
    List<StampBody> items = data.stamps(address).stream().limit(max).map(StampBody::of).toList();
    return new StampPage(items);
  }

  /**
   * The body, or {@code null} when it is larger than {@link #MAX_BODY}: then the rest is read and
   * dropped (up to {@link #MAX_DRAINED} bytes) before the answer, as the Jersey server's body limit
   * does, so that a client still sending reads the answer instead of a reset connection. A body that
   * fails to read (a broken chunk, a short body) is no submission either.
   */
  private static byte[] read(InputStream body) throws PassportException.BadRequest {
    try {
      byte[] bytes = body.readNBytes(MAX_BODY + 1);
      if (bytes.length <= MAX_BODY) {
        return bytes;
      }
      long drained = bytes.length;
      byte[] buffer = new byte[8192];
      for (int n; drained < MAX_DRAINED && (n = body.read(buffer)) >= 0; ) {
        drained += n;
      }
      return null;
    } catch (IOException e) {
      throw new PassportException.BadRequest();
    }
  }

  // Query parameters are taken as text and checked here, as the Jersey resource does: a parameter
  // Spring cannot convert would be its 400 "Bad request" too, but "Invalid limit" needs the text.

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
