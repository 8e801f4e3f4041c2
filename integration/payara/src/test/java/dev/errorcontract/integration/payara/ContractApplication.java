package dev.errorcontract.integration.payara;

import dev.errorcontract.integration.contract.ContractError;
import dev.errorcontract.integration.contract.jaxrs.ContractResource;
import dev.errorcontract.jaxrs.ErrorContractFeature;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The application of {@code contract.war}, the HTTP contract suite's WAR that {@link PayaraHttpIT}
 * builds and deploys beside the module's own: the suite's resource and its catalog's feature, listed
 * as a Jakarta EE application lists them (the suite's catalog is compiled without JAX-RS providers to
 * scan). Copied into the WAR's {@code WEB-INF/classes} from the test classes.
 */
@ApplicationPath("/")
public class ContractApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(ContractResource.class);
  }

  @Override
  public Set<Object> getSingletons() {
    return Set.of(ErrorContractFeature.of(ContractError.table()));
  }
}
