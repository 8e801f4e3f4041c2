package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an API's published error table: every documented HTTP status and every documented error
 * detail, each exactly as published.
 *
 * <p>Put it on an interface (or class) that exists only to carry the declaration. Together with exactly
 * one body annotation ({@link FieldBody}, {@link ProblemBody} or {@link RecordBody}) on the same type,
 * the error-contract processor generates, in the same package, for a catalog named {@code Passport}:
 *
 * <ul>
 *   <li>{@code PassportStatus}: an enum of the documented statuses, success statuses included;
 *   <li>{@code PassportError}: an enum of everything the server may answer with: one constant per
 *       {@link ErrorDetail}, plus one per documented error status that has no detail row whose text is
 *       the status title (that constant answers with the title as its detail);
 *   <li>{@code PassportException}: a sealed base exception with one nested {@code final} exception per
 *       {@code PassportError} constant.
 * </ul>
 *
 * <pre>{@code
 * @ErrorCatalog(
 *     name = "Passport",
 *     statuses = {
 *         @Status(code = 400, title = "Bad request", description = "Bad request"),
 *         @Status(code = 404, title = "Not found", description = "The resource does not exist.")},
 *     errors = {
 *         @ErrorDetail(status = 400, detail = "Invalid nonce",
 *             description = "The `nonce` used in the submit Passport API request could not be verified")})
 * @FieldBody("detail")
 * interface PassportErrors {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ErrorCatalog {

  /**
   * The catalog's name: the prefix of every generated type. A Java identifier that starts with an
   * upper-case letter, such as {@code "Passport"}.
   */
  String name();

  /** Every HTTP status the published page documents, in the page's order. */
  Status[] statuses();

  /** Every error detail the published page documents, in the page's order. */
  ErrorDetail[] errors() default {};

  /**
   * The documented status that a 4xx status the page does not document answers as. It must be a
   * documented status from 400 to 499.
   */
  int undocumentedClientErrors() default 400;

  /**
   * The documented status that a 5xx status the page does not document answers as. It must be a
   * documented status from 500 to 599.
   */
  int undocumentedServerErrors() default 500;

  /** Which of this catalog's exceptions record a stack trace; an {@link ErrorDetail} may override it. */
  StackTraces stackTraces() default StackTraces.SERVER_ERRORS;
}
