package dev.errorcontract.jaxrs;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.internal.answering.Correlation;
import dev.errorcontract.jaxrs.internal.BeanValidation;
import dev.errorcontract.jaxrs.internal.CatalogExceptionMapper;
import dev.errorcontract.jaxrs.internal.Contract;
import dev.errorcontract.jaxrs.internal.ErrorBodyWriter;
import dev.errorcontract.jaxrs.internal.ErrorResponseFilter;
import dev.errorcontract.jaxrs.internal.GeneratedRoles;
import dev.errorcontract.jaxrs.internal.PendingAnswerWriter;
import dev.errorcontract.jaxrs.internal.ProviderRuntime;
import dev.errorcontract.jaxrs.internal.RuntimeAdapters;
import dev.errorcontract.jaxrs.internal.ThrowableMapper;
import dev.errorcontract.jaxrs.internal.UnreadableBodyInterceptor;
import dev.errorcontract.jaxrs.internal.WebApplicationExceptionMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.ReaderInterceptor;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Makes every error response of a Jakarta REST application a documented one of an {@link
 * ErrorTable}, on any implementation (tested on Jersey, RESTEasy and Apache CXF):
 *
 * <pre>{@code
 * Application app = new Application() {
 *   public Set<Object> getSingletons() { return Set.of(new Api(), PassportFeature.feature()); }
 * };
 * }</pre>
 *
 * <p>Which documented error answers each thing the framework raises is the table's decision ({@link
 * ErrorTable#forCondition}): an unknown path, a method not allowed, a representation not acceptable, an
 * unsupported media type, a request body that cannot be read, an undocumented 4xx or 5xx status, an
 * unexpected failure. Every other error status answers with {@link ErrorTable#forStatus}. An answer is
 * sent with the very code raised when its status row covers it (a row of 500, 502, 503 and 504
 * answers a 502 with 502), and with the catalog's media type spelled exactly as declared.
 *
 * <p>It registers, as instances with explicit priorities so that no service-file discovery is needed:
 *
 * <ul>
 *   <li>a mapper for catalog exceptions: their status, body, media type and headers;
 *   <li>a mapper for {@link WebApplicationException}: the documented answer for the response's status
 *       (redirects and other non-errors pass untouched), keeping {@code Allow} on 405, {@code
 *       WWW-Authenticate} on 401 and {@code Retry-After} on 429/503;
 *   <li>where Bean Validation is on the class path, a mapper for {@code
 *       jakarta.validation.ValidationException}: a request's input failing its constraints answers
 *       {@link dev.errorcontract.catalog.Condition#INVALID_INPUT} with the violations (path and
 *       message, sorted) handed to the row; a violated return value is an unexpected failure;
 *   <li>a mapper for every other {@link Throwable}: the documented answer to an unexpected failure,
 *       the cause logged with a correlation id sent in a header, never in the body;
 *   <li>a response filter that sees every answer: it replaces any remaining undocumented error
 *       response (an entity the application set itself) with the documented answer for its status,
 *       and, when the catalog's {@link dev.errorcontract.catalog.Instance} is {@code REQUEST_PATH} or
 *       {@code CORRELATION_URN}, puts the request's instance in every answer, framework-made ones
 *       included (an exception's own {@code withInstance} wins);
 *   <li>a {@link ReaderInterceptor} that makes a request body the reader cannot read (malformed
 *       JSON, say) the documented answer to an unreadable body, whichever JSON provider is installed;
 *   <li>{@link MessageBodyWriter}s for the catalog's bodies, so that the bytes sent are the catalog's
 *       whatever JSON provider is installed.
 * </ul>
 *
 * <p>Its mappers are registered with priority {@value #PRIORITY}, ahead of the default ({@code
 * Priorities.USER}), so that they win over other mappers of the same exception types; that is the
 * point of a contract. Immutable and thread-safe; one instance may be registered in many applications.
 */
public final class ErrorContractFeature implements Feature {

  /**
   * The default header carrying the correlation id of a logged failure (and of every answer of a
   * catalog whose instance is {@code CORRELATION_URN}).
   */
  public static final String DEFAULT_CORRELATION_HEADER = Correlation.DEFAULT_HEADER;

  /**
   * The priority of the registered providers. Lower wins for mappers of one type; for response filters
   * lower runs later, so the contract's filter sees the final response.
   */
  static final int PRIORITY = ProviderRuntime.PRIORITY;

  private final ErrorTable table;
  private final String correlationHeader;
  /** How failures are logged and their ids sent in {@link #correlationHeader}. */
  private final Correlation correlation;
  /**
   * Built on first use, not in {@link #of}: it asks the JAX-RS implementation for status types and
   * media types, and a feature may be created before any implementation is loaded. Immutable, so a
   * race builds an equal one.
   */
  private volatile Contract contract;

  private ErrorContractFeature(ErrorTable table, String correlationHeader) {
    this.table = table;
    this.correlationHeader = correlationHeader;
    this.correlation = ProviderRuntime.correlation(correlationHeader);
  }

  /**
   * The feature answering with {@code table}'s documented errors, with the correlation id in {@value
   * #DEFAULT_CORRELATION_HEADER}.
   *
   * @param table the catalog, such as {@code PassportError.table()}
   * @return the feature, to register with an application
   */
  public static ErrorContractFeature of(ErrorTable table) {
    return new ErrorContractFeature(Objects.requireNonNull(table, "table"), DEFAULT_CORRELATION_HEADER);
  }

  /**
   * This feature with the correlation id of a logged server error sent in header {@code name}.
   *
   * @param name an HTTP header name (an RFC 9110 token), such as {@code X-Request-Id}
   * @return a new feature; this one is unchanged
   * @throws IllegalArgumentException if {@code name} is not a valid header name
   */
  public ErrorContractFeature withCorrelationHeader(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || !name.chars().allMatch(ErrorContractFeature::isTokenChar)) {
      throw new IllegalArgumentException("Not an HTTP header name: \"" + name + "\"");
    }
    return new ErrorContractFeature(table, name);
  }

  /**
   * This feature sending no correlation id: server errors are still logged with one, so log lines of
   * one failure can be told apart, but clients never see it.
   *
   * @return a new feature; this one is unchanged
   */
  public ErrorContractFeature withoutCorrelationHeader() {
    return new ErrorContractFeature(table, null);
  }

  /**
   * The catalog this feature answers with.
   *
   * @return the table given to {@link #of}
   */
  public ErrorTable table() {
    return table;
  }

  /**
   * The header carrying the correlation id.
   *
   * @return its name, or {@code null} when the feature sends none
   */
  public String correlationHeader() {
    return correlationHeader;
  }

  /**
   * The documented response to {@code e}, exactly what this feature's mapper answers it with: for code
   * that answers without throwing, typically a {@code ContainerRequestFilter} calling {@code
   * abortWith}. Throwing from a filter works too, but makes the implementation look up and run the
   * exception mapper; on Jersey that path costs about a tenth of the error responses a server can send
   * per second (see the benchmarks), which matters for the errors sent most, such as 401 and 429.
   *
   * <pre>{@code
   * if (key == null) {
   *   request.abortWith(PassportFeature.feature().toResponse(new PassportException.Unauthorized()));
   * }
   * }</pre>
   *
   * @param e the catalog exception to answer; it need not be thrown
   * @return a new response: its status, the encoded body and media type, the headers its status
   *     declares and those the exception adds. For a catalog whose instance comes from the request,
   *     the feature's response filter adds it to the body (it runs on aborted requests too).
   */
  public Response toResponse(CatalogException e) {
    return CatalogExceptionMapper.respond(
        contract(), Objects.requireNonNull(e, "e"), correlation);
  }

  private Contract contract() {
    Contract built = contract;
    if (built == null) {
      built = new Contract(table);
      contract = built;
    }
    return built;
  }

  /**
   * Registers the mappers, the filter, the reader interceptor and the body writers; each call builds
   * its own instances, all stateless but the filter's bounded set of already-logged places.
   *
   * @param context the application's configuration
   * @return {@code true}: the feature is always enabled
   */
  @Override
  public boolean configure(FeatureContext context) {
    Contract contract = contract();
    // What the catalog's generated providers do already (found by scanning) is not registered twice.
    Set<GeneratedRoles> generated = GeneratedRoles.registered(context, table);
    CatalogExceptionMapper catalog = new CatalogExceptionMapper(contract, correlation);
    WebApplicationExceptionMapper web = new WebApplicationExceptionMapper(contract);
    if (!generated.contains(GeneratedRoles.CATALOG_EXCEPTION_MAPPER)) {
      register(context, catalog, ExceptionMapper.class);
    }
    if (!generated.contains(GeneratedRoles.WEB_APPLICATION_EXCEPTION_MAPPER)) {
      register(context, web, ExceptionMapper.class);
    }
    ThrowableMapper throwables = new ThrowableMapper(contract, catalog, web, correlation);
    if (!generated.contains(GeneratedRoles.THROWABLE_MAPPER)) {
      register(context, throwables, ExceptionMapper.class);
    }
    // Bean Validation failures, ahead of the implementation's own mapper; only where the API is present.
    ExceptionMapper<?> validation = BeanValidation.mapper(contract, throwables);
    if (validation != null) {
      register(context, validation, ExceptionMapper.class);
    }
    // What this implementation hands to no exception mapper (Jersey: an Error from a filter).
    RuntimeAdapters.register(context);
    if (!generated.contains(GeneratedRoles.RESPONSE_FILTER)) {
      register(
          context, new ErrorResponseFilter(contract, correlation), ContainerResponseFilter.class);
    }
    if (!generated.contains(GeneratedRoles.BODY_WRITER)) {
      register(context, new ErrorBodyWriter(), MessageBodyWriter.class);
    }
    register(context, new PendingAnswerWriter(), MessageBodyWriter.class);
    if (!generated.contains(GeneratedRoles.READER_INTERCEPTOR)) {
      register(context, new UnreadableBodyInterceptor(), ReaderInterceptor.class);
    }
    return true;
  }

  /**
   * Registers {@code component} for {@code contract} with the contract's priority; where the context
   * rejects a map of contracts (Quarkus REST's does), with the priority alone.
   */
  private static void register(FeatureContext context, Object component, Class<?> contract) {
    try {
      context.register(component, Map.of(contract, PRIORITY));
    } catch (UnsupportedOperationException contractsRejected) {
      context.register(component, PRIORITY);
    }
  }

  private static boolean isTokenChar(int c) {
    return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }

  /** Names the catalog and the header, for diagnostics. */
  @Override
  public String toString() {
    return "ErrorContractFeature[" + table.name() + ", correlation header " + correlationHeader + "]";
  }
}
