package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.internal.answering.Correlation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sees every answer, on every implementation (exception mappers, aborted requests and responses the
 * application built alike), and does the two things only it can:
 *
 * <ul>
 *   <li>finishes a {@link PendingAnswer} with the instance the request gives ({@link
 *       Correlation#instance}): the raw request path, or {@code urn:uuid:} and a correlation id that
 *       is also sent in the correlation header and logged;
 *   <li>replaces any error response (status 400 and up) that is not a documented one with the
 *       documented answer for its status. Such responses never meet a mapper: a {@code
 *       WebApplicationException} whose response already has an entity is sent as is by the
 *       specification, and a resource may return {@code Response.status(409).entity("oops")} itself.
 *       Each replacement is logged at {@code WARNING} once per resource method and status (at most
 *       {@value #MAX_WARNINGS} distinct ones), since it is a bug to fix in the application, not an
 *       event per request.
 * </ul>
 *
 * <p>A documented response is recognised in two comparisons: its entity is an {@link ErrorBody} and
 * a status row covers its status. Internal: public because the feature ({@code
 * dev.errorcontract.jaxrs}) registers it; not an API.
 */
public final class ErrorResponseFilter implements ContainerResponseFilter {

  private static final System.Logger LOG = System.getLogger("dev.errorcontract.jaxrs");
  private static final int MAX_WARNINGS = 256;
  /** The request property marking a response this filter, in any instance, has finished. */
  private static final String ANSWERED = "dev.errorcontract.jaxrs.answered";
  /** Headers that described the replaced entity and would lie about the documented one. */
  private static final List<String> ENTITY_HEADERS =
      List.of("Content-Length", "Content-Language", "Content-Location", "Content-Disposition");

  private final Contract contract;
  /** How an instance's correlation id is made, logged and sent. */
  private final Correlation correlation;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /** Injected by the implementation as a per-request proxy: names the culprit, finds unknown paths. */
  @Context private ResourceInfo resourceInfo;

  public ErrorResponseFilter(Contract contract, Correlation correlation) {
    this.contract = contract;
    this.correlation = correlation;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    filter(request, response, resourceInfo);
  }

  /**
   * Filters with the resource information of the request: a generated provider passes what the
   * implementation injected into it.
   */
  public void filter(
      ContainerRequestContext request, ContainerResponseContext response,
      ResourceInfo resourceInfo) {
    int status = response.getStatus();
    if (status < 400) {
      return;
    }
    if (request.getProperty(ANSWERED) != null) {
      // Another instance answered already: the generated filter and the feature's may both be
      // registered where the implementation does not show the feature what scanning registered.
      return;
    }
    request.setProperty(ANSWERED, Boolean.TRUE);
    Object entity = response.getEntity();
    if (entity instanceof PendingAnswer) {
      PendingAnswer pending = (PendingAnswer) entity;
      String instance =
          instance(request, response, pending.error(), status, pending.correlationId());
      response.setEntity(pending.body(instance), response.getEntityAnnotations(), pending.mediaType());
      return;
    }
    if (entity instanceof ErrorBody && contract.isDocumented(status)) {
      return;
    }
    Method method = ResourceMethods.of(resourceInfo);
    Answer answer =
        status == 404 && method == null
            ? contract.answerFor(Condition.UNKNOWN_PATH)
            : contract.answerFor(status);
    warnOnce(status, entity, method);
    if (answer.status() != status) {
      response.setStatusInfo(answer.statusType());
    }
    String instance =
        contract.instanceOnEveryAnswer()
            ? instance(request, response, answer.error(), answer.status(), null)
            : null;
    ErrorBody body = answer.body(instance);
    if (body != null) {
      response.setEntity(body, response.getEntityAnnotations(), answer.mediaType());
    } else {
      response.setEntity(null);
    }
    // Read only now: Quarkus REST's setStatusInfo and setEntity build a new Response from a copy of
    // the headers, so a map read before them is the discarded response's (Jersey, RESTEasy and CXF
    // keep one map).
    MultivaluedMap<String, Object> headers = response.getHeaders();
    for (String name : ENTITY_HEADERS) {
      headers.remove(name);
    }
    if (body == null) {
      headers.remove(HttpHeaders.CONTENT_TYPE);
    }
    Map<String, String> declared = answer.error().status().headers();
    declared.forEach(headers::putSingle);
  }

  /** The instance this answer carries, as {@link Correlation#instance} makes it. */
  private String instance(
      ContainerRequestContext request, ContainerResponseContext response, DocumentedError error,
      int status, String correlationId) {
    return correlation.instance(
        contract.table(), error, correlationId, status, request.getMethod(),
        request.getUriInfo().getRequestUri().getRawPath(), response.getHeaders()::putSingle);
  }

  private void warnOnce(int status, Object entity, Method method) {
    String culprit =
        method == null
            ? "no resource method"
            : method.getDeclaringClass().getName() + "#" + method.getName();
    String key = status + " " + culprit;
    if (warned.size() >= MAX_WARNINGS || !warned.add(key)) {
      return;
    }
    LOG.log(
        System.Logger.Level.WARNING,
        () ->
            "Undocumented "
                + status
                + " response from "
                + culprit
                + " (entity "
                + (entity == null ? "none" : entity.getClass().getName())
                + ") replaced by the documented answer; further ones from there are not logged"
                + (warned.size() >= MAX_WARNINGS ? ", nor from any new place" : ""));
  }
}
