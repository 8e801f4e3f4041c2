package dev.errorcontract.jaxrs.internal.jersey;

import dev.errorcontract.jaxrs.internal.ThrowableMapper;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.spi.ResponseErrorMapper;

/**
 * Jersey only: answers what Jersey hands to no exception mapper. Jersey wraps what a filter throws
 * for its mappers only when it is an {@link Exception} ({@code ContainerFilteringStage}); an {@link
 * Error} from a request or response filter leaves {@code ServerRuntime.Responder.mapException}
 * unmapped, and the container would answer its own empty 500. Before giving it to the container,
 * {@code Responder.processResponseError} asks the {@link ResponseErrorMapper}s, when {@value
 * ServerProperties#PROCESSING_RESPONSE_ERRORS_ENABLED} is on, and runs the answer through the
 * response filters and writers like any other: this one answers with the contract's {@link
 * ThrowableMapper}.
 *
 * <p>Registered by {@link JerseyAdapter}, on Jersey only.
 *
 * <p>Internal: not an API.
 */
public final class JerseyUnmappedThrowables implements ResponseErrorMapper {

  private final ThrowableMapper mapper;

  JerseyUnmappedThrowables(ThrowableMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Response toResponse(Throwable thrown) {
    return mapper.toResponse(thrown);
  }
}
