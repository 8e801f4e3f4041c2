package dev.errorcontract.processor.operations.model;

import dev.errorcontract.processor.model.ErrorModel;

/**
 * A documented error an operation answers with, and when.
 *
 * @param error the catalog's error, as its model says
 * @param when why this operation answers with it: declared in its {@code throws} clause, or a
 *     condition the framework raises for the operation's annotations
 */
public record OperationError(ErrorModel error, String when) {

  /** Why the error is there, for the documents. */
  public static final String DECLARED = "declared by the operation";
}
