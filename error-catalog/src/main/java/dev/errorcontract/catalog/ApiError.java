package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row of the published error table: the detail a response carries, verbatim, and what it means.
 * Put one on the catalog type per row, in the page's order, beside {@link ErrorCatalog}.
 *
 * <p>A detail may be a template: {@code "Invalid limit: {limit}"} with {@code args = @Arg(name =
 * "limit", type = int.class)} generates an exception whose constructor takes an {@code int limit}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ApiError.List.class)
public @interface ApiError {

  /** The HTTP status this error answers with: one code a {@link Status} row covers, 400 to 599. */
  int status();

  /** The detail exactly as published; {@code {name}} marks a template argument. */
  String detail();

  /** What the error means, exactly as published; empty when the page gives nothing. */
  String description() default "";

  /** An optional stable machine code, unique in the catalog, such as {@code "invalid_nonce"}. */
  String code() default "";

  /** The typed arguments of a template detail, one per placeholder. */
  Arg[] args() default {};

  /**
   * This row's values of the catalog's attributes; an attribute it leaves out takes its status row's
   * default, or is absent.
   */
  Attribute[] attributes() default {};

  /**
   * The title this row's body carries where the body binds {@link CatalogValue#TITLE} (a problem's
   * {@code title}). Empty (the default): its status's title. RFC 9457 gives each problem type its own
   * title.
   */
  String title() default "";

  /**
   * The RFC 9457 problem {@code type} of this row, a URI reference; only for {@link ProblemBody}
   * catalogs. Empty (the default): the catalog's {@link ProblemBody#type()}.
   */
  String type() default "";

  /**
   * The conditions the framework raises that this row answers, such as {@link Condition#UNKNOWN_PATH}
   * for a page that documents its own "resource not found" row. Each condition must allow this row's
   * status.
   */
  Condition[] answers() default {};

  /**
   * The name of the generated constant, in UPPER_SNAKE_CASE. Empty (the default) derives it from the
   * detail: {@code "Invalid nonce"} gives {@code INVALID_NONCE}, and exception class {@code
   * InvalidNonce}.
   */
  String constant() default "";

  /** Whether this error's exception records a stack trace; by default the catalog decides. */
  StackTraces stackTrace() default StackTraces.CATALOG_DEFAULT;

  /** Warning keys not reported for this row, such as {@code "error-contract:nonstandard-title"}. */
  String[] suppress() default {};

  /**
   * Marks the row deprecated, saying what to use instead, such as {@code "use INVALID_NONCE_V2"}. The
   * generated constant and exception carry {@code @Deprecated}, the documentation says so, and the next
   * release may remove the row without a breaking-change error (see {@link ErrorCatalog#baseline()}).
   * Empty (the default): not deprecated.
   */
  String deprecated() default "";

  /**
   * Acknowledges a breaking change of this row against the catalog's {@link ErrorCatalog#baseline()},
   * naming the release that makes it, such as {@code "2.0"}. A marker the baseline already carries
   * acknowledges nothing new, so a later break of the same row needs a new one. Empty (the default): a
   * breaking change of this row is a compile error.
   */
  String breaks() default "";

  /** The container of repeated {@link ApiError} rows; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    ApiError[] value();
  }
}
