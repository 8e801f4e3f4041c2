package dev.errorcontract.jaxrs;

import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last line: replaces any error response (status 400 and up) that is not a documented one with
 * the documented answer for its status. Such responses never meet a mapper: a {@code
 * WebApplicationException} whose response already has an entity is sent as is by the specification,
 * and a resource may return {@code Response.status(409).entity("oops")} itself.
 *
 * <p>A documented response is recognised in two comparisons: its entity is an {@link ErrorBody} and
 * its status is one the catalog documents. Each replacement is logged at {@code WARNING} once per
 * resource method and status (at most {@value #MAX_WARNINGS} distinct ones), since it is a bug to fix
 * in the application, not an event per request.
 */
final class UndocumentedResponseFilter implements ContainerResponseFilter {

  private static final System.Logger LOG = System.getLogger("dev.errorcontract.jaxrs");
  private static final int MAX_WARNINGS = 256;
  /** Headers that described the replaced entity and would lie about the documented one. */
  private static final List<String> ENTITY_HEADERS =
      List.of("Content-Length", "Content-Language", "Content-Location", "Content-Disposition");

  private final Contract contract;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /** Injected by the implementation as a per-request proxy; used only to name the culprit. */
  @Context private ResourceInfo resourceInfo;

  UndocumentedResponseFilter(Contract contract) {
    this.contract = contract;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if (status < 400) {
      return;
    }
    Object entity = response.getEntity();
    if (entity instanceof ErrorBody && contract.isDocumented(status)) {
      return;
    }
    DocumentedError error = contract.answerFor(status);
    if (entity == null && error.body() == null && error.status().code() == status) {
      return; // documented as bodiless: nothing to replace
    }
    warnOnce(status, entity, request);
    MultivaluedMap<String, Object> headers = response.getHeaders();
    for (String name : ENTITY_HEADERS) {
      headers.remove(name);
    }
    int answered = error.status().code();
    if (answered != status) {
      response.setStatusInfo(contract.statusType(answered));
    }
    ErrorBody body = error.body();
    if (body != null && error.status().allowsBody()) {
      response.setEntity(body, response.getEntityAnnotations(), contract.mediaType(error.mediaType()));
    } else {
      response.setEntity(null);
      headers.remove("Content-Type");
    }
    Map<String, String> declared = error.status().headers();
    declared.forEach(headers::putSingle);
  }

  private void warnOnce(int status, Object entity, ContainerRequestContext request) {
    String culprit = culprit();
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

  private String culprit() {
    try {
      ResourceInfo info = resourceInfo;
      Method method = info == null ? null : info.getResourceMethod();
      if (method != null) {
        return method.getDeclaringClass().getName() + "#" + method.getName();
      }
    } catch (RuntimeException outsideRequest) {
      // Some implementations' proxies fail when nothing matched: treat as no resource method.
    }
    return "no resource method";
  }
}
