package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row of the published status table: a code, its title and its description, verbatim.
 *
 * <p>Success statuses the page lists (200, 204, ...) are declared too, so that the generated
 * documentation gives back the whole table; only error statuses (400 and above) can be answered with.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Status {

  /** The HTTP status code, 100 to 599. */
  int code();

  /** The title exactly as published, such as {@code "Bad request"}. */
  String title();

  /** The description exactly as published. */
  String description();

  /**
   * Headers every answer with this status carries, such as the {@code WWW-Authenticate} challenge of a
   * 401.
   */
  Header[] headers() default {};

  /**
   * The name of the generated constants for this status, in UPPER_SNAKE_CASE. Empty (the default)
   * derives it from the title: {@code "Too Many Requests"} gives {@code TOO_MANY_REQUESTS}.
   */
  String name() default "";
}
