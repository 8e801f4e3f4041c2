package dev.errorcontract.jaxrs.internal.jersey;

import dev.errorcontract.jaxrs.internal.GeneratedProvider;
import dev.errorcontract.jaxrs.internal.ThrowableMapper;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.spi.ResponseErrorMapper;

/**
 * Jersey only: answers what Jersey hands to no exception mapper. Jersey wraps what a filter throws
 * for its mappers only when it is an {@link Exception} ({@code ContainerFilteringStage}); an {@link
 * Error} from a request or response filter leaves {@code ServerRuntime.Responder.mapException}
 * unmapped, and the container would answer its own empty 500. Before giving it to the container,
 * {@code Responder.processResponseError} asks the {@link ResponseErrorMapper}s, when {@value
 * ServerProperties#PROCESSING_RESPONSE_ERRORS_ENABLED} is on, and runs the answer through the
 * response filters and writers like any other.
 *
 * <p>This one hands the throwable to the application's exception mapper for it when that mapper is
 * the contract's ({@link ThrowableMapper}, registered by the feature, or a catalog's generated
 * provider, found by scanning), as Jersey does for an {@code Exception}. Any other mapper, or none,
 * leaves Jersey's own handling as it was: an application that has the library on its class path
 * without a catalog on the server notices nothing.
 *
 * <p>Registered by {@link JerseyAdapter}, on Jersey only. Jersey hands it {@code Providers} through
 * its constructor, the one place a build-time scanner of another runtime does not look: the class has
 * no annotated field or method (Quarkus REST makes any class with a {@code @Context} field or method
 * a bean of all its types, and its build fails on Jersey's types, which are not there when the
 * library is indexed) and no constructor a CDI container can call (no argument-less one, none with
 * {@code @Inject}), so no container makes it a bean. {@code QuarkusIndexedLibraryTest} builds a
 * Quarkus application with this library indexed. Internal: not an API.
 */
public final class JerseyUnmappedThrowables implements ResponseErrorMapper {

  private final Providers providers;

  /** Called by Jersey, which injects the application's providers. */
  public JerseyUnmappedThrowables(@Context Providers providers) {
    this.providers = providers;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(Throwable thrown) {
    if (providers == null || thrown == null) {
      return null;
    }
    ExceptionMapper mapper = providers.getExceptionMapper(thrown.getClass());
    if (mapper instanceof ThrowableMapper || mapper instanceof GeneratedProvider) {
      return mapper.toResponse(thrown);
    }
    return null;
  }
}
