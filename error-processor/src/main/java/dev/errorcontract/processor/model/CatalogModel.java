package dev.errorcontract.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A valid catalog, ready to generate from: nothing here needs checking any more.
 *
 * @param declaringType the type carrying {@code @ErrorCatalog}; every generated file originates from it
 * @param packageName the package of the generated types
 * @param name the catalog name, prefix of the generated types
 * @param statuses every documented status, in declaration order
 * @param errors every error the server may answer with: declared rows in declaration order, then one
 *     per documented error status whose title is not already a row's detail
 * @param body the body shape
 * @param clientFallback the documented status undocumented 4xx statuses answer as
 * @param serverFallback the documented status undocumented 5xx statuses answer as
 */
public record CatalogModel(
    TypeElement declaringType,
    String packageName,
    String name,
    List<StatusModel> statuses,
    List<ErrorModel> errors,
    BodyModel body,
    int clientFallback,
    int serverFallback) {

  /** The documented status with this code. */
  public StatusModel status(int code) {
    return statuses.stream()
        .filter(s -> s.code() == code)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("undocumented status " + code));
  }

  /** The error that answers a documented error status with its title. */
  public ErrorModel statusError(int code) {
    return errors.stream()
        .filter(e -> e.status() == code && e.answersStatus())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no error answers status " + code));
  }

  /** The declared rows of the published error table, in declaration order. */
  public List<ErrorModel> declaredErrors() {
    return errors.stream().filter(ErrorModel::declared).toList();
  }

  /** {@code PassportStatus}. */
  public String statusEnumName() {
    return name + "Status";
  }

  /** {@code PassportError}. */
  public String errorEnumName() {
    return name + "Error";
  }

  /** {@code PassportException}. */
  public String exceptionName() {
    return name + "Exception";
  }

  /** {@code PassportFeature}. */
  public String featureName() {
    return name + "Feature";
  }
}
