package dev.errorcontract.processor.derive;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * A detail string split into literal text and {@code {name}} placeholders. Braces are only ever
 * placeholder delimiters: an unpaired or nested brace, or an empty or non-identifier name, is a problem.
 */
public record DetailTemplate(List<Part> parts, String problem) {

  /** Literal text, or a placeholder when {@code placeholder} is true. */
  public record Part(String text, boolean placeholder) {}

  /** Splits a detail; {@link #problem()} describes the first malformation, or is null. */
  public static DetailTemplate parse(String detail) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < detail.length()) {
      char c = detail.charAt(i);
      if (c == '}') {
        return new DetailTemplate(List.of(), "an unmatched '}' at index " + i);
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = detail.indexOf('}', i + 1);
      int nestedOpen = detail.indexOf('{', i + 1);
      if (close < 0) {
        return new DetailTemplate(List.of(), "an unclosed '{' at index " + i);
      }
      if (nestedOpen >= 0 && nestedOpen < close) {
        return new DetailTemplate(List.of(), "a '{' inside a placeholder at index " + nestedOpen);
      }
      String name = detail.substring(i + 1, close);
      if (name.isEmpty()) {
        return new DetailTemplate(List.of(), "an empty placeholder {} at index " + i);
      }
      if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
        return new DetailTemplate(List.of(), "the placeholder {" + name + "}, whose name is not a Java identifier");
      }
      if (literal.length() > 0) {
        parts.add(new Part(literal.toString(), false));
        literal.setLength(0);
      }
      parts.add(new Part(name, true));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), false));
    }
    return new DetailTemplate(List.copyOf(parts), null);
  }

  /** A detail that is plain text, such as a status title answering as a detail. */
  public static DetailTemplate literal(String text) {
    return new DetailTemplate(List.of(new Part(text, false)), null);
  }

  /** The placeholder names in order of appearance (a name may repeat). */
  public List<String> placeholders() {
    return parts.stream().filter(Part::placeholder).map(Part::text).toList();
  }

  /** Whether the detail has at least one placeholder. */
  public boolean isTemplate() {
    return parts.stream().anyMatch(Part::placeholder);
  }
}
