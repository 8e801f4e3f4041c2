package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Error bodies are a JSON object with one string member holding the detail, such as {@code
 * {"detail":"Invalid nonce"}} for {@code @FieldBody("detail")}, followed by the declared {@link
 * #members()} in order. Media type {@code application/json} unless {@link #mediaType()} says otherwise.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface FieldBody {

  /** The name of the member holding the detail. */
  String value();

  /** Members written after the detail, in this order, such as an attribute {@code type}. */
  Member[] members() default {};

  /** Where a member bound to {@link CatalogValue#INSTANCE} takes its value from. */
  Instance instance() default Instance.NONE;

  /**
   * The {@code Content-Type} sent, byte for byte, parameters included, such as {@code
   * "application/json; charset=utf-8"}. Empty (the default): {@code application/json}.
   */
  String mediaType() default "";
}
