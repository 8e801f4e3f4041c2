package dev.errorcontract.jaxrs.internal.jersey;

import dev.errorcontract.jaxrs.internal.ProviderRuntime;
import dev.errorcontract.jaxrs.internal.ThrowableMapper;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
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
 * <p>Loaded only on Jersey: {@code ErrorContractFeature} calls {@link #register} after checking the
 * runtime, so that the library links without Jersey on the class path.
 *
 * <p>Internal: not an API.
 */
public final class JerseyUnmappedThrowables implements ResponseErrorMapper {

  private final ThrowableMapper mapper;

  private JerseyUnmappedThrowables(ThrowableMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Turns on Jersey's response-error mapping and registers the mapper answering with {@code mapper}.
   * The property also lets a failure to find a body writer reach this mapper instead of the {@code
   * WebApplicationException} mapper; both answer it as the same documented 500.
   */
  public static void register(FeatureContext context, ThrowableMapper mapper) {
    context.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, Boolean.TRUE);
    context.register(
        new JerseyUnmappedThrowables(mapper),
        Map.of(ResponseErrorMapper.class, ProviderRuntime.PRIORITY));
  }

  @Override
  public Response toResponse(Throwable thrown) {
    return mapper.toResponse(thrown);
  }
}
