package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row of the published status table, verbatim. Put one on the catalog type per row, in the page's
 * order, beside {@link ErrorCatalog}.
 *
 * <p>A row covers one code ({@code @Status(code = 404)}), several ({@code @Status(code = {500, 502,
 * 503, 504})}) or a class ({@code @Status(range = "5XX")}); each covered code answers with exactly that
 * code. Success rows (200, 204, ...) are declared too, so that the generated documentation gives back
 * the whole table; only error codes (400 and above) are answered with.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Status.List.class)
public @interface Status {

  /** The HTTP status codes of the row, 100 to 599. Empty when {@link #range()} gives a class. */
  int[] code() default {};

  /**
   * A class of codes as the page writes it, {@code "4XX"} or {@code "5XX"}: every code of the class no
   * other row covers. Empty (the default) when {@link #code()} lists the codes.
   */
  String range() default "";

  /**
   * The title exactly as published. Empty (the default) when the page gives none: the standard reason
   * phrase of the row's first code is used.
   */
  String title() default "";

  /** The description exactly as published; empty when the page gives none. */
  String description() default "";

  /**
   * Headers every answer with this status carries, such as the {@code WWW-Authenticate} challenge of a
   * 401.
   */
  Header[] headers() default {};

  /**
   * Default values of the catalog's attributes ({@link ErrorCatalog#attributes()}) for the error rows
   * of this status, such as a {@code type} shared by every 4xx row; a row's own value wins.
   */
  Attribute[] attributes() default {};

  /**
   * The name of the generated constant for this row, in UPPER_SNAKE_CASE. Empty (the default) derives
   * it from the title: {@code "Too Many Requests"} gives {@code TOO_MANY_REQUESTS}.
   */
  String constant() default "";

  /**
   * Warning keys not reported for this row, such as {@code "error-contract:nonstandard-title"}; {@code
   * @SuppressWarnings} on the catalog type turns a warning off for every row.
   */
  String[] suppress() default {};

  /**
   * Marks the row deprecated, saying what to use instead, such as {@code "use INVALID_NONCE_V2"}. The
   * generated constant and exception carry {@code @Deprecated}, the documentation says so, and the next
   * release may remove the row without a breaking-change error (see {@link ErrorCatalog#baseline()}).
   * Empty (the default): not deprecated.
   */
  String deprecated() default "";

  /**
   * Acknowledges a breaking change of this row against the catalog's {@link ErrorCatalog#baseline()},
   * naming the release that makes it, such as {@code "2.0"}. A marker the baseline already carries
   * acknowledges nothing new, so a later break of the same row needs a new one. Empty (the default): a
   * breaking change of this row is a compile error.
   */
  String breaks() default "";

  /** The container of repeated {@link Status} rows; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Status[] value();
  }
}
