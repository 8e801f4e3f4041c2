package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The values a body's supplied members hold ({@code CatalogValue.SUPPLIED}, {@code
 * CatalogValue.VIOLATIONS}), and their stated limits: a list holds at most {@link #MAX_ITEMS} items,
 * and a supplied string, like each value of an item, at most {@link #MAX_VALUE_LENGTH} characters.
 *
 * <p>Past a limit, the throwing code fails ({@link #checked(String, List)}, {@link #checked(String,
 * String)}: an {@link IllegalArgumentException} where the exception is made, since the code chose the
 * values), validation is cut to the limits ({@link #fromValidation}: the first {@link #MAX_ITEMS}
 * violations, each value cut to {@link #MAX_VALUE_LENGTH} characters, since a request decides how many
 * there are), and a decoder takes the body as not this row's (an undocumented answer).
 */
public final class Supplied {

  /** The most items a list member holds. */
  public static final int MAX_ITEMS = 100;

  /** The most characters (UTF-16 units) of a supplied string or of one value of an item. */
  public static final int MAX_VALUE_LENGTH = 1024;

  private Supplied() {}

  /**
   * {@code value}, for the supplied member {@code key}.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is longer than {@link #MAX_VALUE_LENGTH}
   */
  public static String checked(String key, String value) {
    Objects.requireNonNull(value, key);
    if (value.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException(
          key + ": " + value.length() + " characters, more than the " + MAX_VALUE_LENGTH + " a value may have");
    }
    return value;
  }

  /**
   * An unmodifiable copy of {@code items}, for the list member {@code key}.
   *
   * @throws NullPointerException if {@code items} or one of them is null
   * @throws IllegalArgumentException if there are more than {@link #MAX_ITEMS}, or a path or message is
   *     longer than {@link #MAX_VALUE_LENGTH}
   */
  public static List<Violation> checked(String key, List<Violation> items) {
    List<Violation> copy = List.copyOf(Objects.requireNonNull(items, key));
    if (copy.size() > MAX_ITEMS) {
      throw new IllegalArgumentException(
          key + ": " + copy.size() + " items, more than the " + MAX_ITEMS + " a list may hold");
    }
    for (Violation item : copy) {
      checked(key, item.path());
      checked(key, item.message());
    }
    return copy;
  }

  /**
   * The violations a validator reported, within the limits: the first {@link #MAX_ITEMS}, each path and
   * message cut to {@link #MAX_VALUE_LENGTH} characters (never inside a surrogate pair); null items left
   * out. Null for null.
   */
  public static List<Violation> fromValidation(List<Violation> violations) {
    if (violations == null) {
      return null;
    }
    List<Violation> kept = new ArrayList<>(Math.min(violations.size(), MAX_ITEMS));
    for (Violation v : violations) {
      if (kept.size() == MAX_ITEMS) {
        break;
      }
      if (v != null) {
        kept.add(v.path().length() <= MAX_VALUE_LENGTH && v.message().length() <= MAX_VALUE_LENGTH ? v
            : new Violation(cut(v.path()), cut(v.message())));
      }
    }
    return Collections.unmodifiableList(kept);
  }

  private static String cut(String text) {
    if (text.length() <= MAX_VALUE_LENGTH) {
      return text;
    }
    int end = MAX_VALUE_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
