package dev.errorcontract.integration.corpus;

/** A checked exception of the application's own, as a data-access layer declares one. */
public final class CorpusCheckedException extends Exception {
  private static final long serialVersionUID = 1L;

  public CorpusCheckedException(String message) {
    super(message);
  }
}
