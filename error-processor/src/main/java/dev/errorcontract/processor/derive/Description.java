package dev.errorcontract.processor.derive;

import dev.errorcontract.catalog.Condition;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * What a valid catalog means, complete: every row with its derived names, templates, titles and
 * attributes, the answers the library adds, which answer each condition gets, and the body. Built once
 * per catalog by {@link Describer} from the declaration and its {@link Meaning}, after the declaration
 * validated cleanly; the checks that need it (ambiguity, the baseline comparison) and the model the
 * generators read ({@code model.CatalogModel}) both read this one object.
 *
 * @param declaringType the type carrying {@code @ErrorCatalog}; every generated file originates from it
 * @param packageName the package of the generated types
 * @param name the catalog name, prefix of the generated types
 * @param attributes the catalog's attribute names, in declaration order
 * @param statuses every status row, in declaration order
 * @param errors every error the server may answer with: declared rows in declaration order, then the
 *     answers the library adds, in status order (none in a client-only catalog)
 * @param conditions the error answering each condition other than {@link Condition#STATUS}, every one
 *     of them present; empty in a client-only catalog, where nothing answers a condition
 * @param body the body shape
 * @param statusColumns the columns of the documentation's status table
 * @param errorColumns the columns of the documentation's error table
 * @param breaks the release the catalog acknowledges breaking changes outside its rows in ({@code
 *     @ErrorCatalog(breaks)}), else null
 * @param clientOnly whether the catalog says {@code @ErrorCatalog(clientOnly = true)}: it describes
 *     someone else's API, so no server glue is generated, the library adds no answer, nothing answers a
 *     status or condition, and its decoder reads only the rows the page lists
 * @param valueDescriptions per attribute, the descriptions of its values ({@code @Attribute(description)}),
 *     in the order the values are first given; only described values
 * @param instanceSupplier the application's {@code InstanceSupplier} ({@code
 *     @ErrorCatalog(instanceSupplier)}) where the instance is {@code SUPPLIED} and the catalog has a
 *     server, else null
 */
public record Description(
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
    String breaks,
    boolean clientOnly,
    Map<String, Map<String, String>> valueDescriptions,
    TypeElement instanceSupplier) {

  /** A catalog without an instance supplier of the application's. */
  public Description(
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
      String breaks,
      boolean clientOnly,
      Map<String, Map<String, String>> valueDescriptions) {
    this(declaringType, packageName, name, attributes, statuses, errors, conditions, body, statusColumns,
        errorColumns, breaks, clientOnly, valueDescriptions, null);
  }

  /** A catalog whose attribute values have no descriptions. */
  public Description(
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
      String breaks,
      boolean clientOnly) {
    this(declaringType, packageName, name, attributes, statuses, errors, conditions, body, statusColumns,
        errorColumns, breaks, clientOnly, Map.of());
  }

  /** A catalog the server answers with, acknowledging no breaking change outside its rows. */
  public Description(
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
        errorColumns, null, false);
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
}
