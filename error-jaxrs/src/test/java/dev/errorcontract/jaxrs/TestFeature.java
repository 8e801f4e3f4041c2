package dev.errorcontract.jaxrs;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * What the processor generates per catalog ({@code PassportFeature}): a provider class that an
 * application lists in {@code getClasses()}, delegating to {@link ErrorContractFeature}.
 */
@Provider
public final class TestFeature implements Feature {

  private static final ErrorContractFeature FEATURE = ErrorContractFeature.of(TestCatalog.TABLE);

  /** The feature as an instance, for APIs that register instances. */
  public static ErrorContractFeature feature() {
    return FEATURE;
  }

  @Override
  public boolean configure(FeatureContext context) {
    return FEATURE.configure(context);
  }
}
