package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.internal.answering.Correlation;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.ReaderInterceptor;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one runtime the generated providers of a catalog delegate to: the same mappers, filter, writer
 * and interceptor {@code ErrorContractFeature} registers, built once per catalog and shared by every
 * generated provider instance (implementations may create several, one per application or per
 * injection). The generated classes only add what the JAX-RS implementation needs to find and
 * instantiate them: {@code @Provider}, a priority, a public no-argument constructor, and the {@code
 * ResourceInfo} the implementation injects into the instance it created, passed here per call because
 * the shared mappers below are not the instances the implementation injects.
 *
 * <p>The correlation id of a logged failure is sent in {@value Correlation#DEFAULT_HEADER}; a
 * different header needs the feature, registered explicitly. Every line the JAX-RS glue logs with an
 * id goes to logger {@value #LOGGER} ({@link #correlation(String)}).
 *
 * <p>Internal: public so that generated providers can use it; the feature, the Vert.x routes and
 * the Jersey adapter, in other packages of the library, use it too. Not an API.
 */
public final class ProviderRuntime {

  /** The priority of every generated provider: the one {@code ErrorContractFeature} registers with. */
  public static final int PRIORITY = 100;

  /** The logger of every line the JAX-RS glue, its Vert.x routes included, logs with an id. */
  static final String LOGGER = "dev.errorcontract.jaxrs";

  private static final Map<ErrorTable, ProviderRuntime> RUNTIMES = new ConcurrentHashMap<>();
  private static final ErrorBodyWriter BODY_WRITER = new ErrorBodyWriter();
  private static final UnreadableBodyInterceptor READER_INTERCEPTOR = new UnreadableBodyInterceptor();

  private final CatalogExceptionMapper catalog;
  private final WebApplicationExceptionMapper web;
  private final ThrowableMapper throwable;
  private final ErrorResponseFilter filter;
  private final Contract contract;
  private final Correlation correlation;

  private ProviderRuntime(ErrorTable table) {
    Contract contract = new Contract(table);
    Correlation correlation = correlation(Correlation.DEFAULT_HEADER);
    this.contract = contract;
    this.correlation = correlation;
    this.catalog = new CatalogExceptionMapper(contract, correlation);
    this.web = new WebApplicationExceptionMapper(contract);
    this.throwable = new ThrowableMapper(contract, catalog, web, correlation);
    this.filter = new ErrorResponseFilter(contract, correlation);
  }

  /**
   * How the JAX-RS glue logs and sends correlation ids: logger {@value #LOGGER}, unexpected failures
   * logged as {@code "Unexpected failure answered as documented; correlation id <id>"}.
   *
   * @param header the header the id is sent in, or {@code null} for none
   */
  public static Correlation correlation(String header) {
    return Correlation.of(LOGGER, "Unexpected failure", header);
  }

  /**
   * The runtime of {@code table}, built on first use: call it from a provider's constructor, once the
   * JAX-RS implementation is loaded (the contract asks it for status lines and media types).
   */
  public static ProviderRuntime of(ErrorTable table) {
    Objects.requireNonNull(table, "table");
    ProviderRuntime runtime = RUNTIMES.get(table);
    return runtime != null ? runtime : RUNTIMES.computeIfAbsent(table, ProviderRuntime::new);
  }

  /** The catalog's resolved answers, shared with the answers written outside JAX-RS. */
  public Contract contract() {
    return contract;
  }

  /** How these providers log and send correlation ids, shared with the answers written outside JAX-RS. */
  public Correlation correlation() {
    return correlation;
  }

  /** The documented response to a catalog exception, its cause logged (never sent). */
  public Response toResponse(CatalogException exception) {
    return catalog.toResponse(exception, null);
  }

  /**
   * The documented response to a catalog exception, with the request's resource information for the
   * opt-in operations check; {@code resourceInfo} may be null.
   */
  public Response toResponse(CatalogException exception, ResourceInfo resourceInfo) {
    return catalog.toResponse(exception, resourceInfo);
  }

  /** The documented response to a web application exception; {@code resourceInfo} may be null. */
  public Response toResponse(WebApplicationException exception, ResourceInfo resourceInfo) {
    return web.toResponse(exception, resourceInfo);
  }

  /** The documented response to any other throwable; {@code resourceInfo} may be null. */
  public Response toResponse(Throwable thrown, ResourceInfo resourceInfo) {
    return throwable.toResponse(thrown, resourceInfo);
  }

  /** Finishes or replaces an error response, as {@link ErrorResponseFilter} does. */
  public void filter(
      ContainerRequestContext request, ContainerResponseContext response,
      ResourceInfo resourceInfo) {
    filter.filter(request, response, resourceInfo);
  }

  /** The writer of the catalog's bodies; stateless, shared by every catalog. */
  public static MessageBodyWriter<ErrorBody> bodyWriter() {
    return BODY_WRITER;
  }

  /** The interceptor making an unreadable request body the documented 400; stateless, shared. */
  public static ReaderInterceptor readerInterceptor() {
    return READER_INTERCEPTOR;
  }
}
