package dev.errorcontract.processor.operations.derive;

import dev.errorcontract.processor.derive.ErrorModel;

/**
 * A documented error an operation answers with, and when.
 *
 * @param error the catalog's error, as its description says
 * @param when why this operation answers with it: for an error its {@code throws} clause declares, the
 *     row's description; for a condition the framework raises for the operation's annotations, that
 *     condition; both, joined with "; ", when both hold
 */
public record OperationError(ErrorModel error, String when) {

  /** Why a declared error is there when its row has no description, for the documents. */
  public static final String DECLARED = "thrown by the operation";
}
