package dev.errorcontract.processor.model;

import dev.errorcontract.catalog.Condition;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * A valid catalog, ready to generate from: nothing here needs checking any more, and everything a
 * generator needs to know about what the catalog means (names, templates, which row answers what) is
 * derived already.
 *
 * @param declaringType the type carrying {@code @ErrorCatalog}; every generated file originates from it
 * @param packageName the package of the generated types
 * @param name the catalog name, prefix of the generated types
 * @param attributes the catalog's attribute names, in declaration order
 * @param statuses every status row, in declaration order
 * @param errors every error the server may answer with: declared rows in declaration order, then the
 *     answers the library adds, in status order
 * @param conditions the error answering each condition other than {@link Condition#STATUS}, every one
 *     of them present
 * @param body the body shape
 * @param statusColumns the columns of the documentation's status table
 * @param errorColumns the columns of the documentation's error table
 * @param breaks the release the catalog acknowledges breaking changes outside its rows in ({@code
 *     @ErrorCatalog(breaks)}), else null
 */
public record CatalogModel(
    TypeElement declaringType,
    String packageName,
    String name,
    List<String> attributes,
    List<StatusModel> statuses,
    List<ErrorModel> errors,
    Map<Condition, ErrorModel> conditions,
    BodyModel body,
    List<ColumnModel> statusColumns,
    List<ColumnModel> errorColumns,
    String breaks) {

  /** A catalog acknowledging no breaking change outside its rows. */
  public CatalogModel(
      TypeElement declaringType,
      String packageName,
      String name,
      List<String> attributes,
      List<StatusModel> statuses,
      List<ErrorModel> errors,
      Map<Condition, ErrorModel> conditions,
      BodyModel body,
      List<ColumnModel> statusColumns,
      List<ColumnModel> errorColumns) {
    this(declaringType, packageName, name, attributes, statuses, errors, conditions, body, statusColumns,
        errorColumns, null);
  }

  /**
   * Whether the catalog says {@code @ErrorCatalog(clientOnly = true)}: it describes someone else's API,
   * so no server glue is generated and its decoder reads only the rows the page lists.
   */
  public boolean clientOnly() {
    for (javax.lang.model.element.AnnotationMirror annotation : declaringType.getAnnotationMirrors()) {
      if (((javax.lang.model.element.TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals("dev.errorcontract.catalog.ErrorCatalog")) {
        for (var entry : annotation.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("clientOnly")) {
            return Boolean.TRUE.equals(entry.getValue().getValue());
          }
        }
      }
    }
    return false;
  }

  /** The status row covering {@code code}. */
  public StatusModel status(int code) {
    return statuses.stream()
        .filter(s -> s.covers(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("undocumented status " + code));
  }

  /** The error answering a status row when nothing more specific answers ({@link Condition#STATUS}). */
  public ErrorModel statusAnswer(StatusModel status) {
    return errors.stream()
        .filter(e -> e.status().equals(status) && e.answersStatus())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no error answers status " + status.codeCell()));
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
