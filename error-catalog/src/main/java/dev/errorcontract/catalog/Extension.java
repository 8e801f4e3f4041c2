package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An extension member of a {@link ProblemBody}: a name bound to a catalog value or a constant. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Extension {

  /** The member's name. */
  String name();

  /** The catalog value written; {@link CatalogValue#CONSTANT} writes {@link #constant()}. */
  CatalogValue value() default CatalogValue.CONSTANT;

  /** The string written when {@link #value()} is {@link CatalogValue#CONSTANT}. */
  String constant() default "";
}
