package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a component of a {@link RecordBody} record to where its value comes from: a catalog {@link
 * #value()}, a {@link #constant()}, an {@link #attribute()} or a template {@link #argument()}; exactly
 * one.
 *
 * <p>{@link CatalogValue#STATUS} needs an {@code int}, {@code long}, {@code Integer} or {@code Long}
 * component; {@link CatalogValue#CONSTANT} a {@code String}, {@code boolean}, {@code int} or {@code
 * long} one (the constant is written as that JSON type); an argument a component of the argument's JSON
 * kind; every other value a {@code String} one. A value that can be absent (a code, an attribute, an
 * argument, an instance) is written as {@code null}, or left out when the component or the record is
 * annotated {@code @JsonInclude(NON_NULL)} or {@code @JsonInclude(NON_ABSENT)}, as Jackson would.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Bind {

  /** The catalog value this component holds. */
  CatalogValue value() default CatalogValue.CONSTANT;

  /** The constant this component holds when it takes no other source. */
  String constant() default "";

  /** The catalog attribute ({@link ErrorCatalog#attributes()}) this component holds. */
  String attribute() default "";

  /** The template argument ({@link Arg#name()}) this component holds. */
  String argument() default "";

  /**
   * Whether the component's value varies from answer to answer in what the API really sends, though the
   * page gives one: a decoder then takes any value of the same JSON kind as the documented one, as {@link
   * Member#varies()} does for a member. A server built with this library still sends its one value. For a
   * component holding a constant, an attribute, the code, the title, the type or the description.
   */
  boolean varies() default false;
}
