package dev.errorcontract.jaxrs;

import dev.errorcontract.integration.contract.ContractCatalog;
import dev.errorcontract.integration.contract.ContractError;
import dev.errorcontract.integration.contract.ContractException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * What only JAX-RS has, served beside the contract suite's resource for {@link ErrorContractHttpTest}'s
 * own cases: a request filter aborting with the feature's answer, and filters throwing an {@code Error}.
 */
@Path("/")
public class JaxrsOwnResources {

  /** The feature the test application registers: the catalog's glue, as a Java SE application has it. */
  static final ErrorContractFeature FEATURE = ErrorContractFeature.of(ContractError.table());

  /** The feature as a class the implementation instantiates, as the generated {@code <Name>Feature} is. */
  public static final class ContractFeature implements jakarta.ws.rs.core.Feature {
    @Override
    public boolean configure(jakarta.ws.rs.core.FeatureContext context) {
      return FEATURE.configure(context);
    }
  }

  /**
   * Answers {@code aborted/limit/N} and {@code aborted/retry} from a request filter, through {@link
   * ErrorContractFeature#toResponse} and {@code abortWith}: no exception is thrown.
   */
  @Provider
  @PreMatching
  public static class AbortingFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      String path = request.getUriInfo().getPath();
      if (path.startsWith("/")) {
        path = path.substring(1);
      }
      if (path.startsWith("aborted/limit/")) {
        int limit = Integer.parseInt(path.substring("aborted/limit/".length()));
        request.abortWith(FEATURE.toResponse(new ContractException.InvalidLimit(limit)));
      } else if (path.equals("aborted/retry")) {
        request.abortWith(FEATURE.toResponse(new ContractException.SlowDown().retryAfter(7)));
      }
    }
  }

  /**
   * Throws an {@code Error} holding the suite's secret from a request filter for {@code
   * failing/request-filter}, and from a response filter on the resource's answer to {@code
   * failing/response-filter} (once per request, as a filter failing on the answer does). No
   * implementation hands an {@code Error} from a filter to its exception mappers.
   */
  @Provider
  public static class FailingFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String THROWN = FailingFilter.class.getName() + ".thrown";

    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getUriInfo().getPath().endsWith("failing/request-filter")) {
        throw new AssertionError("request filter failed with " + ContractCatalog.SECRET);
      }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (request.getUriInfo().getPath().endsWith("failing/response-filter")
          && request.getProperty(THROWN) == null) {
        request.setProperty(THROWN, Boolean.TRUE);
        throw new AssertionError("response filter failed with " + ContractCatalog.SECRET);
      }
    }
  }

  /** What the failing filters let through. */
  @GET
  @Path("failing/{site}")
  public String failingFilter() {
    return "the filter lets this through";
  }
}
