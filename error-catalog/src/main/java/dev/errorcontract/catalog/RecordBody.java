package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Error bodies have the shape of a record the API team declares. Every component is either bound to a
 * catalog value with {@link Bind}, or is itself a record: a nested JSON object. Members are written in
 * component order, named by {@code @JsonProperty} when present and by the component name otherwise, so
 * that Jackson reads and writes the very same JSON.
 *
 * <pre>{@code
 * record ApiError(@JsonProperty("error") Problem error, @Bind(CatalogValue.STATUS) int status) {}
 * record Problem(@Bind(CatalogValue.DETAIL) String message, @Bind(CatalogValue.CODE) String code) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RecordBody {

  /** The record type describing the body. */
  Class<? extends Record> value();
}
