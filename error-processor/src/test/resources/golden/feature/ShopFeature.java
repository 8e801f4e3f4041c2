package shop;

import dev.errorcontract.jaxrs.ErrorContractFeature;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import javax.annotation.processing.Generated;

/**
 * Makes every error response of a JAX-RS application a documented one of the Shop catalog.
 *
 * <p>In Java SE: {@code register(ShopFeature.feature())}. Where providers are found by scanning (a Jakarta EE
 * server, Quarkus) the generated providers are, and nothing needs registering; this feature is not a
 * {@code @Provider}, so that scanning does not register them twice.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from shop.ShopErrors"
)
public final class ShopFeature implements Feature {
  /**
   * The one feature of the catalog, answering with {@link ShopError#table()}.
   */
  private static final ErrorContractFeature FEATURE = ErrorContractFeature.of(ShopError.table());

  /**
   * For discovery by scanning; applications call {@link #feature()}.
   */
  public ShopFeature() {
  }

  /**
   * The feature to register, also for answering from a request filter with {@code toResponse}.
   *
   * @return the catalog's feature; its {@code with...} options return changed copies
   */
  public static ErrorContractFeature feature() {
    return FEATURE;
  }

  @Override
  public boolean configure(FeatureContext context) {
    return FEATURE.configure(context);
  }
}
