package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Error bodies are a JSON object with one string field holding the detail, such as {@code
 * {"detail":"Invalid nonce"}} for {@code @FieldBody("detail")}. Media type {@code application/json}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface FieldBody {

  /** The field's name. */
  String value();
}
