package dev.errorcontract.catalog.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A published template detail, such as {@code "Order {orderId} of {customer} not found"}, as its literal
 * text between the placeholders, for reading a rendered detail back into the texts of its arguments.
 * Braces in a published detail only ever delimit placeholders (the processor rejects others), so the
 * split is exact. Immutable and thread-safe.
 */
final class DetailPattern {

  /** How many ways of splitting one detail are tried before giving up: the bound on a hostile detail. */
  static final int MAX_SPLITS = 64;

  /** One more literal than slots: literal i comes before slot i, the last one after every slot. */
  private final String[] literals;
  /** Per slot, the index of its argument in placeholder order (a name may repeat). */
  private final int[] slots;

  private final int arguments;

  private DetailPattern(String[] literals, int[] slots, int arguments) {
    this.literals = literals;
    this.slots = slots;
    this.arguments = arguments;
  }

  /** The pattern of {@code detail}, whose placeholders name {@code arguments}. */
  static DetailPattern of(String detail, List<String> arguments) {
    List<String> literals = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    int from = 0;
    int open;
    while ((open = detail.indexOf('{', from)) >= 0) {
      int close = detail.indexOf('}', open);
      literals.add(detail.substring(from, open));
      int argument = arguments.indexOf(detail.substring(open + 1, close));
      if (argument < 0) {
        throw new IllegalArgumentException("no argument for " + detail.substring(open, close + 1) + " in " + detail);
      }
      slots.add(argument);
      from = close + 1;
    }
    literals.add(detail.substring(from));
    return new DetailPattern(literals.toArray(new String[0]), slots.stream().mapToInt(Integer::intValue).toArray(),
        arguments.size());
  }

  /** What is done with one way of splitting: true to accept it and stop. */
  interface Attempt {
    boolean accept(String[] arguments);
  }

  /**
   * Splits {@code detail} into the texts of the arguments, in placeholder order, trying each way the
   * literal text allows (leftmost first) until {@code attempt} accepts one, at most {@link #MAX_SPLITS}.
   *
   * @return whether a split was accepted
   */
  boolean split(String detail, Attempt attempt) {
    String first = literals[0];
    String last = literals[literals.length - 1];
    if (!detail.startsWith(first) || !detail.endsWith(last) || detail.length() < first.length() + last.length()) {
      return false;
    }
    if (slots.length == 1) {
      // The common case, one placeholder: one way to split, and nothing to search.
      String[] texts = new String[arguments];
      texts[slots[0]] = detail.substring(first.length(), detail.length() - last.length());
      return attempt.accept(texts);
    }
    int[] budget = {MAX_SPLITS};
    return split(detail, 0, first.length(), detail.length() - last.length(), new String[arguments], attempt, budget);
  }

  private boolean split(String detail, int slot, int from, int end, String[] texts, Attempt attempt, int[] budget) {
    if (slot == slots.length - 1) {
      String previous = texts[slots[slot]];
      boolean accepted = assign(texts, slots[slot], detail.substring(from, end))
          && --budget[0] >= 0 && attempt.accept(texts.clone());
      texts[slots[slot]] = previous;
      return accepted;
    }
    String next = literals[slot + 1];
    for (int at = detail.indexOf(next, from); at >= 0 && at + next.length() <= end && budget[0] > 0;
        at = detail.indexOf(next, at + 1)) {
      String previous = texts[slots[slot]];
      if (assign(texts, slots[slot], detail.substring(from, at))
          && split(detail, slot + 1, at + next.length(), end, texts, attempt, budget)) {
        return true;
      }
      texts[slots[slot]] = previous;
    }
    return false;
  }

  /** A repeated placeholder must read the same text each time. */
  private static boolean assign(String[] texts, int argument, String text) {
    if (texts[argument] != null && !texts[argument].equals(text)) {
      return false;
    }
    texts[argument] = text;
    return true;
  }
}
