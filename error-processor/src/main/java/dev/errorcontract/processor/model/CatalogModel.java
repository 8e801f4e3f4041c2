package dev.errorcontract.processor.model;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.processor.derive.BodyModel;
import dev.errorcontract.processor.derive.ColumnModel;
import dev.errorcontract.processor.derive.Description;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.derive.StatusModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * A valid catalog, ready to generate from: what it means ({@link Description}, derived once and already
 * read by the checks) with what only generation adds, the names of the generated types. Nothing here
 * needs checking any more.
 *
 * @param description what the catalog means
 */
public record CatalogModel(Description description) {

  /**
   * The model of a catalog the server answers with, made of these parts: the documents of a subset of a
   * catalog's errors are rendered from one.
   */
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
    this(new Description(declaringType, packageName, name, attributes, statuses, errors, conditions, body,
        statusColumns, errorColumns));
  }

  /** The type carrying {@code @ErrorCatalog}; every generated file originates from it. */
  public TypeElement declaringType() {
    return description.declaringType();
  }

  /** The package of the generated types. */
  public String packageName() {
    return description.packageName();
  }

  /** The catalog name, prefix of the generated types. */
  public String name() {
    return description.name();
  }

  /** The catalog's attribute names, in declaration order. */
  public List<String> attributes() {
    return description.attributes();
  }

  /** Per attribute, the descriptions of its described values, in the order first given. */
  public Map<String, Map<String, String>> valueDescriptions() {
    return description.valueDescriptions();
  }

  /** Every status row, in declaration order. */
  public List<StatusModel> statuses() {
    return description.statuses();
  }

  /** Every error the server may answer with: declared rows, then the answers the library adds. */
  public List<ErrorModel> errors() {
    return description.errors();
  }

  /** The error answering each condition other than {@link Condition#STATUS}. */
  public Map<Condition, ErrorModel> conditions() {
    return description.conditions();
  }

  /** The body shape. */
  public BodyModel body() {
    return description.body();
  }

  /** The columns of the documentation's status table. */
  public List<ColumnModel> statusColumns() {
    return description.statusColumns();
  }

  /** The columns of the documentation's error table. */
  public List<ColumnModel> errorColumns() {
    return description.errorColumns();
  }

  /** The release the catalog acknowledges breaking changes outside its rows in, else null. */
  public String breaks() {
    return description.breaks();
  }

  /** Whether the catalog describes someone else's API ({@code @ErrorCatalog(clientOnly = true)}). */
  public boolean clientOnly() {
    return description.clientOnly();
  }

  /**
   * The application's {@code InstanceSupplier} where the instance is {@code SUPPLIED} and the catalog has
   * a server, else null.
   */
  public javax.lang.model.element.TypeElement instanceSupplier() {
    return description.instanceSupplier();
  }

  /** The status row covering {@code code}. */
  public StatusModel status(int code) {
    return description.status(code);
  }

  /** The error answering a status row when nothing more specific answers ({@link Condition#STATUS}). */
  public ErrorModel statusAnswer(StatusModel status) {
    return description.statusAnswer(status);
  }

  /** The declared rows of the published error table, in declaration order. */
  public List<ErrorModel> declaredErrors() {
    return description.declaredErrors();
  }

  /** {@code PassportStatus}. */
  public String statusEnumName() {
    return name() + "Status";
  }

  /** {@code PassportError}. */
  public String errorEnumName() {
    return name() + "Error";
  }

  /** {@code PassportException}. */
  public String exceptionName() {
    return name() + "Exception";
  }
}
