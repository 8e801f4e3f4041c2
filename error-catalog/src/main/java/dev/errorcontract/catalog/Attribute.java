package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value of one of the catalog's attributes ({@link ErrorCatalog#attributes()}) for a row, such as
 * {@code @Attribute(name = "type", value = "invalid_request_error")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Attribute {

  /** The attribute, one of {@link ErrorCatalog#attributes()}. */
  String name();

  /** Its value for the row, verbatim; written as a JSON string. */
  String value();

  /**
   * What the value means, as the page's table of values says it (Stripe's table of error types: {@code
   * card_error}, "Card errors are the most common type of error you should expect to handle"). Given once
   * per value, on any row that has it; the generated Markdown lists each attribute's values with it, and
   * the OpenAPI document gives it to the value's schema. Default: none.
   */
  String description() default "";
}
