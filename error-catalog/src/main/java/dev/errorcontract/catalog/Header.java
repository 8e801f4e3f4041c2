package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An HTTP header a documented status always carries, such as {@code WWW-Authenticate: ApiKey}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Header {

  /** The header name. */
  String name();

  /** The header value. */
  String value();
}
