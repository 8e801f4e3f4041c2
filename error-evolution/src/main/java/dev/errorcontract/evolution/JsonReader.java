package dev.errorcontract.evolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259), enough for {@code .catalog.json}: objects become
 * {@link LinkedHashMap}s (member order kept), arrays {@link List}s, numbers {@link Long} (or
 * {@link Double} with a fraction or exponent), and strings, booleans and {@code null} themselves. The
 * module has no dependencies, so that its {@code main} runs with nothing but a JDK.
 */
final class JsonReader {

  /** Malformed input, with the line and column where reading stopped. */
  static final class MalformedJson extends Exception {
    MalformedJson(String message) {
      super(message);
    }
  }

  private final String text;
  private int at;

  private JsonReader(String text) {
    this.text = text;
  }

  /** The single value {@code text} holds. */
  static Object read(String text) throws MalformedJson {
    JsonReader reader = new JsonReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
    reader.space();
    Object value = reader.value(0);
    reader.space();
    if (reader.at < reader.text.length()) {
      throw reader.fail("text after the JSON value");
    }
    return value;
  }

  private Object value(int depth) throws MalformedJson {
    if (depth > 64) {
      throw fail("nesting deeper than 64 levels");
    }
    if (at >= text.length()) {
      throw fail("the text ends where a value was expected");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw fail("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object(int depth) throws MalformedJson {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    space();
    if (peek('}')) {
      at++;
      return members;
    }
    while (true) {
      space();
      if (!peek('"')) {
        throw fail("a member name (a string) was expected");
      }
      String name = string();
      space();
      expect(':');
      space();
      if (members.containsKey(name)) {
        throw fail("the member \"" + name + "\" appears twice");
      }
      members.put(name, value(depth + 1));
      space();
      if (peek(',')) {
        at++;
        continue;
      }
      expect('}');
      return members;
    }
  }

  private List<Object> array(int depth) throws MalformedJson {
    List<Object> elements = new ArrayList<>();
    at++;
    space();
    if (peek(']')) {
      at++;
      return elements;
    }
    while (true) {
      space();
      elements.add(value(depth + 1));
      space();
      if (peek(',')) {
        at++;
        continue;
      }
      expect(']');
      return elements;
    }
  }

  private String string() throws MalformedJson {
    at++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw fail("the text ends inside a string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw fail("a control character inside a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw fail("the text ends inside an escape");
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw fail("a \\u escape needs four hex digits");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException ex) {
            throw fail("a \\u escape needs four hex digits");
          }
          at += 4;
        }
        default -> throw fail("the escape \\" + e + " is not JSON");
      }
    }
  }

  private Object number() throws MalformedJson {
    int start = at;
    if (peek('-')) {
      at++;
    }
    int digits = at;
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    if (at == digits) {
      throw fail("a number needs digits");
    }
    boolean integral = true;
    if (peek('.')) {
      integral = false;
      at++;
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
    }
    if (peek('e') || peek('E')) {
      integral = false;
      at++;
      if (peek('+') || peek('-')) {
        at++;
      }
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
    }
    String number = text.substring(start, at);
    try {
      return integral ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw fail("the number " + number + " is out of range");
    }
  }

  private Object literal(String word, Object value) throws MalformedJson {
    if (!text.startsWith(word, at)) {
      throw fail("unexpected text; expected " + word);
    }
    at += word.length();
    return value;
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) throws MalformedJson {
    if (!peek(c)) {
      throw fail("'" + c + "' was expected");
    }
    at++;
  }

  private void space() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private MalformedJson fail(String problem) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(at, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new MalformedJson("line " + line + ", column " + column + ": " + problem);
  }
}
