package field;

import dev.errorcontract.jaxrs.internal.vertx.VertxRoutes;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import javax.annotation.processing.Generated;

/**
 * Installs, on Quarkus's Vert.x router, the Shop catalog's answers to what Quarkus REST
 * never sees: a path outside the REST application gets the documented unknown-path answer
 * instead of Vert.x's HTML page, and a failure past Quarkus REST the documented unexpected
 * failure, logged with a correlation id sent in {@code X-Correlation-Id}, instead of Quarkus's
 * error page.
 *
 * <p>Found by Quarkus's build-time index of the application's classes: nothing to register.
 * Thin: it delegates to error-jaxrs.
 */
@Dependent
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from field.ShopErrors"
)
public final class ShopVertxRoutes {
  /**
   * Called by the CDI container.
   */
  public ShopVertxRoutes() {
  }

  /**
   * Adds the routes when Quarkus has built its router.
   *
   * @param router the router Quarkus serves HTTP with
   */
  void install(@Observes Router router) {
    VertxRoutes.install(router, ShopError.table());
  }
}
