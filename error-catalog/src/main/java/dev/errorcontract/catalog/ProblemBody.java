package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Error bodies are RFC 9457 problem details, media type {@code application/problem+json}: members
 * {@code type}, {@code title}, {@code status} and {@code detail}, in that order, then {@code
 * instance} when declared and present, then the declared extension members.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ProblemBody {

  /** The {@code type} member: a URI reference identifying the problem type. */
  String type() default "about:blank";

  /**
   * Whether bodies carry an {@code instance} member. It is written when the exception carries one
   * ({@code CatalogException.withInstance}) and left out otherwise.
   */
  boolean instance() default false;

  /** Extension members, written after the standard ones in this order. */
  Extension[] extensions() default {};
}
