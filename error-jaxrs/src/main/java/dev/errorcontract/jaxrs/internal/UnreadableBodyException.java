package dev.errorcontract.jaxrs.internal;

import jakarta.ws.rs.BadRequestException;

/**
 * A request body the reader could not read, raised by {@link UnreadableBodyInterceptor} so that the
 * mapper answers it as {@link dev.errorcontract.catalog.Condition#UNREADABLE_BODY}, not as a 400 the
 * application raised.
 */
final class UnreadableBodyException extends BadRequestException {

  private static final long serialVersionUID = 1L;

  UnreadableBodyException(Throwable cause) {
    super(cause);
  }
}
