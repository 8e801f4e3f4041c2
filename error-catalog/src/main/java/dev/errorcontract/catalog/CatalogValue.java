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
  CONSTANT,
  /**
   * A string the throwing code supplies, never part of the detail: which parameter was wrong (Stripe's
   * {@code param}), a request id. Typed on the generated exception ({@code withParam(String)}, {@code
   * param()}), absent where it supplies none, and decoded back. At most 1024 characters.
   */
  SUPPLIED,
  /**
   * A list of the request's violations, each item an object of the declared {@link Member#items()}:
   * written by the row answering {@link Condition#INVALID_INPUT} from Bean Validation, or by the throwing
   * code ({@code withInvalidParams(List<Violation>)}); absent where neither gives one, and decoded back.
   * At most 100 items of at most 1024 characters per value: validation keeps the first 100, cut; the
   * throwing code gets an {@code IllegalArgumentException}; a decoder takes a longer list as undocumented.
   */
  VIOLATIONS
}
