package dev.errorcontract.catalog;

import java.nio.charset.StandardCharsets;

/**
 * Test-only bridge to {@link ErrorBody}'s package-private factory, standing in for the JSON runtime
 * ({@code JsonShape}) until it is merged: the test catalog's bodies are written out by hand.
 */
public final class TestBodies {

  private TestBodies() {}

  /** The body holding exactly these JSON bytes. */
  public static ErrorBody json(String json) {
    return ErrorBody.own(json.getBytes(StandardCharsets.UTF_8));
  }
}
