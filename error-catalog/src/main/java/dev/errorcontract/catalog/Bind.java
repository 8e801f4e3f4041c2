package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a component of a {@link RecordBody} record to a catalog value, or to a constant.
 *
 * <p>{@link CatalogValue#STATUS} needs an {@code int}, {@code long}, {@code Integer} or {@code Long}
 * component; {@link CatalogValue#CONSTANT} a {@code String}, {@code boolean}, {@code int} or {@code
 * long} one (the constant is written as that JSON type); every other value a {@code String} one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Bind {

  /** The catalog value this component holds. */
  CatalogValue value() default CatalogValue.CONSTANT;

  /** The constant this component holds when {@link #value()} is {@link CatalogValue#CONSTANT}. */
  String constant() default "";
}
