package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A member of a {@link FieldBody} or an extension member of a {@link ProblemBody}: a name and where its
 * value comes from. Give exactly one source: a catalog {@link #value()}, a {@link #constant()}, an
 * {@link #attribute()} or a template {@link #argument()}.
 *
 * <pre>{@code
 * @Member(name = "type", attribute = "type")
 * @Member(name = "param", argument = "param", omitWhenAbsent = true)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Member {

  /** The member's name in the JSON object. */
  String name();

  /**
   * The catalog value written. {@link CatalogValue#CONSTANT} (the default) writes {@link #constant()},
   * or the {@link #attribute()} or {@link #argument()} when one is named.
   */
  CatalogValue value() default CatalogValue.CONSTANT;

  /** The string written when the member takes no other source. */
  String constant() default "";

  /** The catalog attribute ({@link ErrorCatalog#attributes()}) written; absent where a row has none. */
  String attribute() default "";

  /**
   * The template argument ({@link Arg#name()}) written: a JSON number for integral types, {@code
   * true}/{@code false} for booleans, a string otherwise; absent for rows without that argument.
   */
  String argument() default "";

  /**
   * Whether the member is left out of bodies where its value is absent, as Jackson's {@code
   * JsonInclude.Include.NON_NULL} does; otherwise (the default) it is written as {@code null}.
   */
  boolean omitWhenAbsent() default false;

  /**
   * Whether the member's value varies from answer to answer in what the API really sends, though the page
   * gives one (a documentation URL that depends on the endpoint, a request id): a decoder then takes any
   * value of the same JSON kind (a string for a string) as the documented one, and the decoded exception
   * carries the documented value. A server built with this library still sends its one value. For a
   * member holding a constant, an attribute, the code, the title, the type or the description; the detail,
   * a template argument, the status and the instance are compared, or read, as they are.
   */
  boolean varies() default false;

  /**
   * The members of each item of a list member ({@link CatalogValue#VIOLATIONS}), in order, such as RFC
   * 9457's {@code invalid-params}: {@code items = {@Item(name = "name", value = Item.Value.PATH),
   * @Item(name = "reason", value = Item.Value.MESSAGE)}}. Empty for every other member.
   */
  Item[] items() default {};
}
