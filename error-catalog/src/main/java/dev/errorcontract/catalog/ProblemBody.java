package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Error bodies are RFC 9457 problem details, media type {@code application/problem+json}: members
 * {@code type}, {@code title}, {@code status} and {@code detail}, in that order, then {@code instance}
 * when declared, then the declared extension members. A row may give its own {@code type} and {@code
 * title} ({@link ApiError#type()}, {@link ApiError#title()}), as RFC 9457 ties the title to the problem
 * type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ProblemBody {

  /** The {@code type} of rows that give none: a URI reference identifying the problem type. */
  String type() default "about:blank";

  /** Where the {@code instance} member comes from; by default ({@link Instance#NONE}) bodies have none. */
  Instance instance() default Instance.NONE;

  /** Extension members, written after the standard ones in this order. */
  Member[] extensions() default {};

  /**
   * The {@code Content-Type} sent, byte for byte, parameters included, such as {@code
   * "application/problem+json; charset=utf-8"}. Empty (the default): {@code application/problem+json}.
   */
  String mediaType() default "";
}
