package dev.errorcontract.evolution;

/** A document that is not a {@code .catalog.json} this module can read; the message says why and where. */
public final class BadContract extends Exception {

  public BadContract(String message) {
    super(message);
  }
}
