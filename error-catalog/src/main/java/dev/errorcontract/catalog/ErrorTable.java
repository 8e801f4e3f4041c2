package dev.errorcontract.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A whole catalog as one object: what framework glue (such as error-jaxrs) needs to answer any status
 * and any condition with a documented error. Each generated {@code ...Error} enum returns its table from
 * a static {@code table()} method.
 */
public interface ErrorTable {

  /** The catalog's name, such as {@code "Passport"}. */
  String name();

  /** Every status row, in declaration order. */
  List<? extends DocumentedStatus> statuses();

  /** Every error the server may answer with, in the generated enum's order. */
  List<? extends DocumentedError> errors();

  /** Where the {@code instance} of an answer comes from ({@link Instance#NONE}: bodies carry none). */
  Instance instance();

  /**
   * The error answering an error status (400 to 599) raised without a row of its own: the {@link
   * Condition#STATUS} answer of the row covering it, else the answer of {@link
   * Condition#UNDOCUMENTED_CLIENT_ERROR} or {@link Condition#UNDOCUMENTED_SERVER_ERROR}. Answer with
   * {@link DocumentedError#statusFor statusFor(status)}.
   *
   * @throws IllegalArgumentException if {@code status} is not from 400 to 599
   */
  DocumentedError forStatus(int status);

  /**
   * The error answering a condition the framework raises, as the catalog declares it.
   *
   * @throws IllegalArgumentException for {@link Condition#STATUS}, which depends on the status: use
   *     {@link #forStatus}
   */
  DocumentedError forCondition(Condition condition);

  /** The status row covering this code, if the catalog documents it. */
  Optional<? extends DocumentedStatus> status(int code);

  /** The error with this machine code, if any. */
  Optional<? extends DocumentedError> byCode(String code);
}
