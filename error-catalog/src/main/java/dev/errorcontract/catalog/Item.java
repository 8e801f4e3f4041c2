package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A member of the items of a list member ({@link Member#items()}): its name in each item's JSON object
 * and which part of a {@link Violation} it holds. Each item of RFC 9457's example
 * {@code "invalid-params": [{"name": "age", "reason": "must be a positive integer"}]} is:
 *
 * <pre>{@code
 * @Member(name = "invalid-params", value = CatalogValue.VIOLATIONS, items = {
 *     @Item(name = "name", value = Item.Value.PATH), @Item(name = "reason", value = Item.Value.MESSAGE)})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Item {

  /** The member's name in each item. */
  String name();

  /** The part of the violation the member holds. */
  Value value();

  /** The parts of a {@link Violation} an item member can hold. */
  enum Value {
    /** The property path ({@link Violation#path()}), such as {@code age}. */
    PATH,
    /** The constraint's message ({@link Violation#message()}). */
    MESSAGE
  }
}
