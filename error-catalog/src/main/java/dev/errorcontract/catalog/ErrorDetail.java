package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row of the published error table: the detail string a response carries, verbatim, and what it
 * means.
 *
 * <p>A detail may be a template: {@code "Invalid limit: {limit}"} with {@code args = @Arg(name =
 * "limit", type = int.class)} generates an exception whose constructor takes an {@code int limit}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ErrorDetail {

  /** The HTTP status this error answers with; it must be a documented error status (400 to 599). */
  int status();

  /** The detail exactly as published; {@code {name}} marks a template argument. */
  String detail();

  /** What the error means, exactly as published. */
  String description() default "";

  /** An optional stable machine code, unique in the catalog, such as {@code "invalid_nonce"}. */
  String code() default "";

  /** The typed arguments of a template detail, one per placeholder. */
  Arg[] args() default {};

  /**
   * The name of the generated constant, in UPPER_SNAKE_CASE. Empty (the default) derives it from the
   * detail: {@code "Invalid nonce"} gives {@code INVALID_NONCE}, and exception class {@code
   * InvalidNonce}.
   */
  String name() default "";

  /** Whether this error's exception records a stack trace; by default the catalog decides. */
  StackTraces stackTrace() default StackTraces.CATALOG_DEFAULT;
}
