package dev.errorcontract.catalog;

/** A value of a catalog entry that a body member can be bound to. */
public enum CatalogValue {
  /** The HTTP status code, written as a JSON number. */
  STATUS,
  /** The documented title of the status. */
  TITLE,
  /** The error detail, with template arguments filled in. */
  DETAIL,
  /** The error's machine code; JSON {@code null} when the error declares none. */
  CODE,
  /** The documented description of the error. */
  DESCRIPTION,
  /** A constant given with the binding. */
  CONSTANT
}
