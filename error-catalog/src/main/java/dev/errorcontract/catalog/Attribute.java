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
}
