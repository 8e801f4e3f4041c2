package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A typed argument of a template detail. Supported types are the primitives and their boxes, {@link
 * String}, {@link CharSequence}, {@link java.math.BigInteger}, {@link java.math.BigDecimal}, {@link
 * java.util.UUID}, {@link java.net.URI}, {@code java.time} values and enums: types whose text is
 * meaningful to a client. The argument is rendered with {@link String#valueOf(Object)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Arg {

  /** The placeholder's name, as written between braces in the detail; also the parameter name. */
  String name();

  /** The argument's type. */
  Class<?> type();
}
