package dev.errorcontract.processor.operations.derive;

import dev.errorcontract.processor.derive.Description;
import dev.errorcontract.processor.spi.HandlerMethod.Parameter;
import java.util.List;

/**
 * One handler method as an API operation: how it is called, and the documented errors it answers with.
 *
 * @param resource the qualified name of the type declaring the method (an interface for a contract
 *     implemented elsewhere)
 * @param method the method's simple name
 * @param httpMethod {@code GET}, {@code POST}, ...
 * @param path the path, class and method {@code @Path} joined, regular expressions of templates removed
 * @param parameters the path parameters, then the query parameters, in declaration order
 * @param framework the framework whose adapter read it, as documents name it ({@code JAX-RS})
 * @param catalog the catalog whose errors it answers with
 * @param errors the errors, declared ones first (in declaration order), then those the framework raises,
 *     each error once
 */
public record Operation(
    String resource,
    String method,
    String httpMethod,
    String path,
    List<Parameter> parameters,
    String framework,
    Description catalog,
    List<OperationError> errors) {

  /** {@code RegistryResource.score}: unique within a compilation, readable in documents. */
  public String operationId() {
    return resource.substring(resource.lastIndexOf('.') + 1) + "." + method;
  }
}
