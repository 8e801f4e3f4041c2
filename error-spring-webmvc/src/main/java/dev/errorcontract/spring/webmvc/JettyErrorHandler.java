package dev.errorcontract.spring.webmvc;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.internal.answering.Correlation;
import dev.errorcontract.catalog.internal.answering.ResolvedAnswer;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Embedded Jetty's own error page, the HTML it writes (with the parser's message in it) for a request
 * it rejects before any application sees it, replaced by the documented answer: the server's error
 * handler. A 404 is {@link Condition#UNKNOWN_PATH}, any other code the catalog's status rule (the
 * parser's exception comes with the status it chose, 400, 414, 431 or 505: answered by the status), an
 * exception with a plain 500 the documented unexpected failure (logged with a correlation id). Errors inside the
 * application are answered by the filter on the error dispatch and never reach it. Loaded only where
 * Jetty is.
 */
final class JettyErrorHandler implements Request.Handler {

  private final WebMvcErrorContract contract;

  private JettyErrorHandler(WebMvcErrorContract contract) {
    this.contract = contract;
  }

  static void install(Server server, WebMvcErrorContract contract) {
    JettyErrorHandler handler = new JettyErrorHandler(contract);
    server.setErrorHandler(handler);
    // The servlet context answers a protected target (/WEB-INF/, /META-INF/) with a 404 through its own
    // error handler, Boot's error-page handler, whose error dispatch needs a servlet request that such a
    // request never becomes: it ends in Jetty's 500. Those 404s are this handler's; everything else
    // (sendError and the error dispatch to the filter) stays the context's. Wrapped when each context
    // has started, before the connectors open: Boot sets that error handler while the context starts
    // (a web application Configuration), after every server customizer has run.
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        for (ContextHandler context : server.getDescendants(ContextHandler.class)) {
          context.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarted(LifeCycle started) {
              if (!(context.getErrorHandler() instanceof ProtectedTargets)) {
                context.setErrorHandler(new ProtectedTargets(context.getErrorHandler(), handler));
              }
            }
          });
        }
      }
    });
  }

  /** A context's error handler, with the rejections of its protected targets answered as documented. */
  private static final class ProtectedTargets implements Request.Handler {
    private final Request.Handler context;
    private final JettyErrorHandler documented;

    ProtectedTargets(Request.Handler context, JettyErrorHandler documented) {
      this.context = context;
      this.documented = documented;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      ContextHandler handler = ContextHandler.getContextHandler(request);
      if (context == null
          || (handler != null && handler.isProtectedTarget(Request.getPathInContext(request)))) {
        return documented.handle(request, response, callback);
      }
      return context.handle(request, response, callback);
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object code = request.getAttribute(ErrorHandler.ERROR_STATUS);
    Object thrown = request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
    int status = code instanceof Integer ? (Integer) code : response.getStatus();
    Correlation correlation = contract.containerCorrelation();
    String id = null;
    ResolvedAnswer answer;
    // Jetty's parser hands its exception along with the status it chose (400, 414, 431, 505): answered
    // by that status. Only an exception with a plain 500 is a failure.
    if (thrown instanceof Throwable && (status == 500 || status < 400)) {
      id = correlation.unexpectedFailure((Throwable) thrown);
      answer = contract.answerFor(Condition.UNEXPECTED_FAILURE);
    } else if (status < 400) {
      response.setStatus(status);
      response.getHeaders().put("Content-Length", "0");
      callback.succeeded();
      return true;
    } else {
      answer = status == 404 ? contract.answerFor(Condition.UNKNOWN_PATH) : contract.answerFor(status);
    }
    DocumentedError error = answer.error();
    HttpFields.Mutable headers = response.getHeaders();
    response.setStatus(answer.status());
    error.status().headers().forEach(headers::put);
    String correlationId = id;
    correlation.send(correlationId, headers::put);
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    ErrorBody body = answer.body(correlation.instance(
        contract.table(), error, correlationId, answer.status(), request.getMethod(), path,
        headers::put));
    if (body == null) {
      headers.put("Content-Length", "0");
      response.write(true, null, callback);
      return true;
    }
    byte[] bytes = body.toByteArray();
    headers.put("Content-Type", error.mediaType());
    headers.put("Content-Length", Integer.toString(bytes.length));
    response.write(true, ByteBuffer.wrap(bytes), callback);
    return true;
  }
}
