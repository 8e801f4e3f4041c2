package dev.errorcontract.processor.operations.derive;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.processor.derive.Description;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.operations.derive.CatalogErrors.CatalogType;
import dev.errorcontract.processor.spi.HandlerMethod;
import dev.errorcontract.processor.spi.HandlerMethod.Raised;
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
   * its {@code throws} clause declares ({@code declared}), then those the framework raises for it (as its
   * adapter read them), then the unexpected failure.
   */
  public static Operation of(TypeElement resource, HandlerMethod method, String framework, Description catalog,
      List<CatalogType> declared, CatalogErrors catalogs) {
    Map<ErrorModel, String> errors = new LinkedHashMap<>();
    for (CatalogType type : declared) {
      for (ErrorModel error : catalogs.errors(catalog, type)) {
        errors.putIfAbsent(error, error.description().isEmpty() ? OperationError.DECLARED : error.description());
      }
    }
    // A client-only catalog describes someone else's API: nothing of it answers what the framework raises.
    if (!catalog.clientOnly()) {
      for (Raised raised : method.raised()) {
        add(errors, raised.condition() == null
            ? statusAnswer(catalog, raised.status())
            : catalog.conditions().get(raised.condition()), raised.when());
      }
      add(errors, catalog.conditions().get(Condition.UNEXPECTED_FAILURE), "an unexpected failure, such as a bug");
    }
    List<OperationError> list = new ArrayList<>();
    errors.forEach((error, when) -> list.add(new OperationError(error, when)));
    return new Operation(resource.getQualifiedName().toString(), method.method().getSimpleName().toString(),
        method.httpMethod(), method.path(), method.parameters(), framework, catalog, List.copyOf(list));
  }

  private static void add(Map<ErrorModel, String> errors, ErrorModel error, String when) {
    if (error != null) {
      errors.merge(error, when, (was, added) -> was + "; " + added);
    }
  }

  /** As the runtime's {@code AnswerTable.answerFor(code)}: the status's answer, else the undocumented 4xx or 5xx. */
  private static ErrorModel statusAnswer(Description catalog, int code) {
    return catalog.statuses().stream().anyMatch(s -> s.covers(code))
        ? catalog.statusAnswer(catalog.status(code))
        : catalog.conditions().get(code < 500 ? Condition.UNDOCUMENTED_CLIENT_ERROR : Condition.UNDOCUMENTED_SERVER_ERROR);
  }
}
