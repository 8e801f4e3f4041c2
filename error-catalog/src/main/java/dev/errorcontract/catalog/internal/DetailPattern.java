package dev.errorcontract.catalog.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A published template detail, such as {@code "Order {orderId} of {customer} not found"}, as the bytes of
 * its literal text between the placeholders, encoded as {@link JsonText} writes them, for reading a
 * received detail back into the texts of its arguments straight from the body, with no detail string.
 * Braces in a published detail only ever delimit placeholders (the processor rejects others), so the
 * split is exact. Immutable and thread-safe.
 *
 * <p>Matching encoded bytes is matching text: {@code JsonText} encodes each character on its own, so
 * the encoded detail is the encoded literals and arguments one after the other. A literal may also
 * appear to match inside an argument's escape or UTF-8 sequence; the argument's bytes are then not whole
 * characters, {@link JsonReader#text} refuses them, and that split is not tried.
 */
final class DetailPattern {

  /** How many ways of splitting one detail are tried before giving up: the bound on a hostile detail. */
  static final int MAX_SPLITS = 64;

  /** One more literal than slots: literal i comes before slot i, the last one after every slot. */
  private final byte[][] literals;
  /** Per slot, the index of its argument in placeholder order (a name may repeat). */
  private final int[] slots;

  private final int arguments;

  /** For one placeholder: the text before and after it, as characters; otherwise null. */
  private final char[] before;

  private final char[] after;

  private DetailPattern(byte[][] literals, int[] slots, int arguments, String before, String after) {
    this.literals = literals;
    this.slots = slots;
    this.arguments = arguments;
    this.before = slots.length == 1 ? before.toCharArray() : null;
    this.after = slots.length == 1 ? after.toCharArray() : null;
  }

  /** The pattern of {@code detail}, whose placeholders name {@code arguments}. */
  static DetailPattern of(String detail, List<String> arguments) {
    List<byte[]> literals = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    int from = 0;
    int open;
    while ((open = detail.indexOf('{', from)) >= 0) {
      int close = detail.indexOf('}', open);
      literals.add(encoded(detail.substring(from, open)));
      texts.add(detail.substring(from, open));
      int argument = arguments.indexOf(detail.substring(open + 1, close));
      if (argument < 0) {
        throw new IllegalArgumentException("no argument for " + detail.substring(open, close + 1) + " in " + detail);
      }
      slots.add(argument);
      from = close + 1;
    }
    literals.add(encoded(detail.substring(from)));
    texts.add(detail.substring(from));
    return new DetailPattern(literals.toArray(new byte[0][]), slots.stream().mapToInt(Integer::intValue).toArray(),
        arguments.size(), texts.get(0), texts.get(texts.size() - 1));
  }

  /** Whether the detail has exactly one placeholder: then {@link #splitText} splits it. */
  boolean onePlaceholder() {
    return before != null;
  }

  /** The bytes {@link JsonText} writes for {@code text} inside a string: its quotes dropped. */
  private static byte[] encoded(String text) {
    byte[] quoted = JsonText.quote(text);
    return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
  }

  /** What is done with one way of splitting: true to accept it and stop. */
  interface Attempt {
    boolean accept(String[] arguments);
  }

  /**
   * Splits the detail whose encoded bytes are {@code reader}'s {@code [from, to)} (between its quotes)
   * into the texts of the arguments, in placeholder order, trying each way the literal text allows
   * (leftmost first) until {@code attempt} accepts one, at most {@link #MAX_SPLITS}. Every byte is
   * checked: the literals are matched, and each argument must be whole characters in the form {@link
   * JsonText} writes.
   *
   * @return whether a split was accepted
   */
  boolean split(JsonReader reader, int from, int to, Attempt attempt) {
    byte[] first = literals[0];
    byte[] last = literals[literals.length - 1];
    int start = from + first.length;
    int end = to - last.length;
    if (start > end || !reader.matches(first, from) || !reader.matches(last, end)) {
      return false;
    }
    String[] texts = new String[arguments];
    if (slots.length == 1) {
      // The common case, one placeholder: one way to split, and nothing to search.
      texts[slots[0]] = reader.text(start, end);
      return texts[slots[0]] != null && attempt.accept(texts);
    }
    int[] budget = {MAX_SPLITS};
    return split(reader, 0, start, end, texts, attempt, budget);
  }

  /**
   * For a detail with {@link #onePlaceholder one placeholder}: the texts of the arguments of the received
   * detail string {@code [from, to)} of {@code in} (between its quotes, checked), its escapes undone and
   * compared as text with the literal text around the placeholder; null if that does not match. The same
   * split as {@link #split} of the detail written as {@link JsonText} writes it: matching encoded
   * characters is matching characters, and the one placeholder's text lies between the two literals.
   */
  String[] splitText(JsonParser in, int from, int to) {
    char[] text = in.chars(from, to);
    int n = in.written;
    char[] before = this.before;
    char[] after = this.after;
    int end = n - after.length;
    if (before.length > end) {
      return null;
    }
    for (int k = 0; k < before.length; k++) {
      if (text[k] != before[k]) {
        return null;
      }
    }
    for (int k = 0; k < after.length; k++) {
      if (text[end + k] != after[k]) {
        return null;
      }
    }
    String[] texts = new String[arguments];
    texts[slots[0]] = new String(text, before.length, end - before.length);
    return texts;
  }

  private boolean split(JsonReader reader, int slot, int from, int end, String[] texts, Attempt attempt,
      int[] budget) {
    if (slot == slots.length - 1) {
      String previous = texts[slots[slot]];
      boolean accepted = assign(texts, slots[slot], reader.text(from, end))
          && --budget[0] >= 0 && attempt.accept(texts.clone());
      texts[slots[slot]] = previous;
      return accepted;
    }
    byte[] next = literals[slot + 1];
    for (int at = reader.indexOf(next, from, end); at >= 0 && budget[0] > 0;
        at = reader.indexOf(next, at + 1, end)) {
      String previous = texts[slots[slot]];
      if (assign(texts, slots[slot], reader.text(from, at))
          && split(reader, slot + 1, at + next.length, end, texts, attempt, budget)) {
        return true;
      }
      texts[slots[slot]] = previous;
    }
    return false;
  }

  /** A text that is whole characters; a repeated placeholder must read the same text each time. */
  private static boolean assign(String[] texts, int argument, String text) {
    if (text == null || texts[argument] != null && !texts[argument].equals(text)) {
      return false;
    }
    texts[argument] = text;
    return true;
  }
}
