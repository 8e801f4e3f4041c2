package dev.errorcontract.jaxrs.internal.vertx;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.internal.answering.Correlation;
import dev.errorcontract.jaxrs.internal.Answer;
import dev.errorcontract.jaxrs.internal.Contract;
import dev.errorcontract.jaxrs.internal.ProviderRuntime;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;

/**
 * Two routes on a Vert.x Web router (Quarkus's), for the answers Vert.x, not Quarkus REST, writes,
 * byte for byte as the catalog's providers answer inside the REST application:
 *
 * <ul>
 *   <li>a last route, which only requests no other route took reach: a path outside the REST
 *       application ({@code quarkus.rest.path} or {@code @ApplicationPath} other than {@code /}) gets
 *       the catalog's unknown-path answer instead of Vert.x's HTML "Resource not found";
 *   <li>a first failure handler: what fails past Quarkus REST (a response filter failing again on the
 *       error answer) gets the catalog's unexpected-failure answer, the cause logged with a
 *       correlation id sent in {@value Correlation#DEFAULT_HEADER}, instead of
 *       Quarkus's error page, which holds the exception's message (and, in dev and test mode, its
 *       stack); a failure carrying a 4xx code gets the catalog's answer to that code.
 * </ul>
 *
 * <p>The answers come from the catalog's {@link ProviderRuntime}: the same resolution of codes and
 * conditions, the same {@link Correlation} (logging and correlation header). Quarkus runs observers of indexed classes
 * only, so the class calling {@link #install} is generated into the application's package, which
 * Quarkus always indexes.
 *
 * <p>Internal: public only so that generated classes can use it; not an API.
 */
public final class VertxRoutes {

  private final ErrorTable table;
  /** Resolved on the first request: the contract asks the JAX-RS implementation for media types. */
  private volatile ProviderRuntime runtime;

  private VertxRoutes(ErrorTable table) {
    this.table = table;
  }

  /** Installs the last route and the first failure handler answering from {@code table}. */
  public static void install(Router router, ErrorTable table) {
    Objects.requireNonNull(router, "router");
    VertxRoutes routes = new VertxRoutes(Objects.requireNonNull(table, "table"));
    router.route().last().handler(routes::unknownPath);
    router.route().order(Integer.MIN_VALUE).failureHandler(routes::failure);
  }

  private ProviderRuntime runtime() {
    ProviderRuntime resolved = runtime;
    if (resolved == null) {
      resolved = ProviderRuntime.of(table);
      runtime = resolved;
    }
    return resolved;
  }

  private void unknownPath(RoutingContext context) {
    answer(context, runtime().contract().answerFor(Condition.UNKNOWN_PATH), null);
  }

  private void failure(RoutingContext context) {
    if (context.response().headWritten()) {
      // Too late for any answer: the client must not take a cut-off body for a whole one.
      context.request().connection().close();
      return;
    }
    ProviderRuntime runtime = runtime();
    Contract contract = runtime.contract();
    int code = context.statusCode();
    if (code >= 400 && code < 500 || code >= 500 && context.failure() == null) {
      answer(context, contract.answerFor(code), null);
      return;
    }
    HttpServerResponse response = context.response();
    String id = runtime.correlation().unexpectedFailure(context.failure());
    runtime.correlation().send(id, response::putHeader);
    answer(context, contract.answerFor(Condition.UNEXPECTED_FAILURE), id);
  }

  /** Sends {@code answer}; {@code correlationId} is the one already logged and sent, or null. */
  private void answer(RoutingContext context, Answer answer, String correlationId) {
    String target = context.request().uri();
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    HttpServerResponse response = context.response().setStatusCode(answer.status());
    ErrorBody body =
        answer.body(
            runtime().correlation().instance(
                runtime().contract().table(), answer.error(), correlationId, answer.status(),
                context.request().method().name(), path, response::putHeader));
    answer.error().status().headers().forEach(response::putHeader);
    if (body == null) {
      response.end();
      return;
    }
    response.putHeader("Content-Type", answer.error().mediaType());
    if (context.request().method() == HttpMethod.HEAD) {
      response.putHeader("Content-Length", Integer.toString(body.length())).end();
    } else {
      response.end(Buffer.buffer().appendBytes(body.toByteArray()));
    }
  }
}
