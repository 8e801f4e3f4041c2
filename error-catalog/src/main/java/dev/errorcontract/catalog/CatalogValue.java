package dev.errorcontract.catalog;

/** A value of a catalog entry that a body member can be bound to. */
public enum CatalogValue {
  /** The HTTP status code answered with, written as a JSON number. */
  STATUS,
  /** The row's title ({@link ApiError#title()}), by default its status's documented title. */
  TITLE,
  /** The error detail, with template arguments filled in. */
  DETAIL,
  /** The error's machine code; absent when the error declares none. */
  CODE,
  /** The documented description of the error. */
  DESCRIPTION,
  /** The RFC 9457 problem type of the row ({@link ApiError#type()}, else the catalog's). */
  TYPE,
  /** The occurrence's {@code instance}: absent unless the catalog gives it a source. */
  INSTANCE,
  /**
   * A constant, an attribute or a template argument given with the binding ({@link Member}, {@link
   * Bind}).
   */
  CONSTANT
}
