package dev.errorcontract.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A whole catalog as one object: what framework glue (such as error-jaxrs) needs to answer any status
 * with a documented error. Each generated {@code ...Error} enum returns its table from a static {@code
 * table()} method.
 */
public interface ErrorTable {

  /** The catalog's name, such as {@code "Passport"}. */
  String name();

  /** Every documented status, in declaration order. */
  List<? extends DocumentedStatus> statuses();

  /** Every error the server may answer with, in the generated enum's order. */
  List<? extends DocumentedError> errors();

  /**
   * The error that answers an error status (400 to 599): the documented status's own error (its title
   * as the detail, or the error row whose detail is that title), or, for an undocumented status, the
   * error of the documented status the catalog's rule names. The result's {@link
   * DocumentedError#status()} is the status to send.
   *
   * @throws IllegalArgumentException if {@code status} is not from 400 to 599
   */
  DocumentedError forStatus(int status);

  /** The documented status with this code, if the catalog documents it. */
  Optional<? extends DocumentedStatus> status(int code);

  /** The error with this machine code, if any. */
  Optional<? extends DocumentedError> byCode(String code);
}
