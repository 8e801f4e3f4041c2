package dev.errorcontract.processor.operations.derive;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.processor.derive.Description;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.operations.collect.JaxrsMethod;
import dev.errorcontract.processor.operations.derive.CatalogErrors.CatalogType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/** Makes an operation: which documented errors a resource method answers with, and when. */
public final class Operations {

  private Operations() {}

  /**
   * The operation of {@code method} of {@code resource}, answering with the errors of {@code catalog}
   * its {@code throws} clause declares ({@code declared}), then those the framework raises for its
   * annotations.
   */
  public static Operation of(TypeElement resource, JaxrsMethod method, Description catalog,
      List<CatalogType> declared, CatalogErrors catalogs) {
    Map<ErrorModel, String> errors = new LinkedHashMap<>();
    for (CatalogType type : declared) {
      for (ErrorModel error : catalogs.errors(catalog, type)) {
        errors.putIfAbsent(error, error.description().isEmpty() ? OperationError.DECLARED : error.description());
      }
    }
    // A client-only catalog describes someone else's API: nothing of it answers what the framework raises.
    if (!catalog.clientOnly()) {
      if (method.hasConvertedParameter()) {
        add(errors, statusAnswer(catalog, 404), "a path or query parameter does not convert to its type (JAX-RS answers 404)");
      }
      if (method.produces()) {
        add(errors, catalog.conditions().get(Condition.NOT_ACCEPTABLE), "the request's Accept matches none of @Produces");
      }
      if (method.consumes() || method.takesEntity()) {
        add(errors, catalog.conditions().get(Condition.UNSUPPORTED_MEDIA_TYPE), "the request's Content-Type is not one it consumes");
      }
      if (method.takesEntity()) {
        add(errors, catalog.conditions().get(Condition.UNREADABLE_BODY), "the request body cannot be read");
      }
      add(errors, catalog.conditions().get(Condition.UNEXPECTED_FAILURE), "an unexpected failure, such as a bug");
    }
    List<OperationError> list = new ArrayList<>();
    errors.forEach((error, when) -> list.add(new OperationError(error, when)));
    return new Operation(resource.getQualifiedName().toString(), method.method().getSimpleName().toString(),
        method.httpMethod(), method.path(), method.parameters(), catalog, List.copyOf(list));
  }

  private static void add(Map<ErrorModel, String> errors, ErrorModel error, String when) {
    if (error != null) {
      errors.merge(error, when, (was, added) -> was + "; " + added);
    }
  }

  private static ErrorModel statusAnswer(Description catalog, int code) {
    return catalog.statuses().stream().anyMatch(s -> s.covers(code))
        ? catalog.statusAnswer(catalog.status(code))
        : catalog.conditions().get(Condition.UNDOCUMENTED_CLIENT_ERROR);
  }
}
