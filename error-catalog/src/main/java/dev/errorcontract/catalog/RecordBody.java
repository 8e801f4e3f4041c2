package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Error bodies have the shape of a record the API team declares. Every component is either bound with
 * {@link Bind} (to a catalog value, an attribute, a template argument or a constant), or is itself a
 * record: a nested JSON object. Members are written in component order, named by {@code @JsonProperty}
 * when present and by the component name otherwise, and left out when absent where {@code
 * @JsonInclude(NON_NULL)} or {@code @JsonInclude(NON_ABSENT)} says so, so that Jackson reads and writes
 * the very same JSON.
 *
 * <pre>{@code
 * record StripeError(@JsonProperty("error") Detail error) {}
 * @JsonInclude(JsonInclude.Include.NON_NULL)
 * record Detail(@Bind(attribute = "type") String type, @Bind(CatalogValue.CODE) String code,
 *     @Bind(CatalogValue.DETAIL) String message, @Bind(argument = "param") String param) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RecordBody {

  /** The record type describing the body. */
  Class<? extends Record> value();

  /** Where a component bound to {@link CatalogValue#INSTANCE} takes its value from. */
  Instance instance() default Instance.NONE;

  /**
   * The {@code Content-Type} sent, byte for byte, parameters included. Empty (the default): {@code
   * application/json}.
   */
  String mediaType() default "";
}
