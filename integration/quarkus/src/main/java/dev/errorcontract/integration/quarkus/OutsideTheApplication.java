package dev.errorcontract.integration.quarkus;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;

/**
 * What a Quarkus application adds for the answers Vert.x, not Quarkus REST, writes (error-jaxrs's
 * README says why the library cannot install it by itself: Quarkus runs observers of indexed classes
 * only). Two routes on Quarkus's Vert.x router, answering from the catalog's public API, byte for byte
 * as the providers answer inside the REST application:
 *
 * <ul>
 *   <li>a last route, which only requests no other route took reach: a path outside the REST
 *       application ({@code quarkus.rest.path} or {@code @ApplicationPath} other than {@code /})
 *       gets the catalog's unknown-path answer instead of Vert.x's HTML "Resource not found";
 *   <li>a first failure handler: what fails past Quarkus REST (a response filter failing again on
 *       the error answer) gets the catalog's unexpected-failure answer, the cause logged with a
 *       correlation id sent in {@code X-Correlation-Id}, instead of Quarkus's error page, which holds
 *       the exception's message (and, in dev and test mode, its stack).
 * </ul>
 */
@ApplicationScoped
public class OutsideTheApplication {

  private static final System.Logger LOG = System.getLogger(OutsideTheApplication.class.getName());
  private static final ErrorTable TABLE = ShopError.table();

  void answerOutsideTheApplication(@Observes Router router) {
    DocumentedError unknownPath = TABLE.forCondition(Condition.UNKNOWN_PATH);
    router.route().last().handler(context -> answer(context, unknownPath, unknownPath.status().code()));
    router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
      if (context.response().headWritten()) {
        context.response().close();
        return;
      }
      int code = context.statusCode();
      DocumentedError error =
          code >= 400 && code < 500
              ? TABLE.forStatus(code)
              : TABLE.forCondition(Condition.UNEXPECTED_FAILURE);
      if (context.failure() != null) {
        String id = UUID.randomUUID().toString();
        context.response().putHeader("X-Correlation-Id", id);
        LOG.log(System.Logger.Level.ERROR, "Unexpected failure; correlation id " + id,
            context.failure());
      }
      answer(context, error, error.statusFor(code < 400 ? 500 : code));
    });
  }

  private static void answer(RoutingContext context, DocumentedError error, int status) {
    String target = context.request().uri();
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    ErrorBody body = error.body(status, TABLE.instance() == Instance.REQUEST_PATH ? path : null);
    HttpServerResponse response = context.response().setStatusCode(status);
    error.status().headers().forEach(response::putHeader);
    response.putHeader("Content-Type", error.mediaType());
    if (context.request().method() == HttpMethod.HEAD) {
      response.putHeader("Content-Length", Integer.toString(body.length())).end();
    } else {
      response.end(Buffer.buffer(body.toByteArray()));
    }
  }
}
