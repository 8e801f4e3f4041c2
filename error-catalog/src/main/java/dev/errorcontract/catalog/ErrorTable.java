package dev.errorcontract.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A whole catalog as one object: what framework glue (such as error-jaxrs) needs to answer any status
 * and any condition with a documented error. Each generated {@code ...Error} enum returns its table from
 * a static {@code table()} method. A client-only catalog ({@link ErrorCatalog#clientOnly()}) has no
 * server, so it answers nothing: its {@link #errors()} are only the rows of its page, and {@link
 * #forStatus} and {@link #forCondition} throw {@link UnsupportedOperationException}.
 */
public interface ErrorTable {

  /** The catalog's name, such as {@code "Passport"}. */
  String name();

  /** Every status row, in declaration order. */
  List<? extends DocumentedStatus> statuses();

  /**
   * Every error the server may answer with, in the generated enum's order: the page's rows, then the
   * answers the library adds for error statuses no row answers (none in a client-only catalog).
   */
  List<? extends DocumentedError> errors();

  /** Where the {@code instance} of an answer comes from ({@link Instance#NONE}: bodies carry none). */
  Instance instance();

  /**
   * The application's supplier of instances where {@link #instance()} is {@link Instance#SUPPLIED}, else
   * {@code null}. The generated table creates it once, the first time it is asked for, and returns it
   * guarded: it never throws, and a failure of the application's class (it throws, returns {@code null}
   * or cannot be created) gives {@code null}, logged once.
   */
  default InstanceSupplier instanceSupplier() {
    return null;
  }

  /**
   * The error answering an error status (400 to 599) raised without a row of its own: the {@link
   * Condition#STATUS} answer of the row covering it, else the answer of {@link
   * Condition#UNDOCUMENTED_CLIENT_ERROR} or {@link Condition#UNDOCUMENTED_SERVER_ERROR}. Answer with
   * {@link DocumentedError#statusFor statusFor(status)}.
   *
   * @throws IllegalArgumentException if {@code status} is not from 400 to 599
   * @throws UnsupportedOperationException for a client-only catalog ({@link ErrorCatalog#clientOnly()}):
   *     it describes someone else's API, and none of its errors answers a status of this server
   */
  DocumentedError forStatus(int status);

  /**
   * The error answering a condition the framework raises, as the catalog declares it.
   *
   * @throws IllegalArgumentException for {@link Condition#STATUS}, which depends on the status: use
   *     {@link #forStatus}
   * @throws UnsupportedOperationException for a client-only catalog ({@link ErrorCatalog#clientOnly()}),
   *     whatever the condition
   */
  DocumentedError forCondition(Condition condition);

  /** The status row covering this code, if the catalog documents it. */
  Optional<? extends DocumentedStatus> status(int code);

  /** The error with this machine code, if any. */
  Optional<? extends DocumentedError> byCode(String code);
}
