package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A column of a table of the published page ({@link PublishedPage}): its header as the page writes it
 * and what its cells hold.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Column {

  /** The header cell exactly as the page writes it, such as {@code "Error Detail"}. */
  String header();

  /** What the cells hold. */
  Cell value();

  /** The attribute the cells hold when {@link #value()} is {@link Cell#ATTRIBUTE}. */
  String attribute() default "";

  /** What a column's cells hold. */
  enum Cell {
    /**
     * The status code: a status row's codes ({@code 500, 502} or {@code 5XX}); an error row's status.
     */
    STATUS,
    /** The status row's title (a status table), or the error row's title (an error table). */
    TITLE,
    /** The error row's detail. */
    DETAIL,
    /** The error row's machine code. */
    CODE,
    /** The row's description. */
    DESCRIPTION,
    /** The row's value of {@link Column#attribute()}; an error row without one shows its status's. */
    ATTRIBUTE
  }
}
