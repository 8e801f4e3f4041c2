package dev.errorcontract.processor.derive;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** How published titles and details become Java names. */
public final class Names {

  private Names() {}

  // Compiled once: names are derived for every row, in validation and again in the model.
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{Alnum})['\u2019](?=\\p{Alnum})");
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /**
   * The words of a text: runs of ASCII letters and digits, template placeholders left out. {@code "Bad
   * gateway/Internal Server Error"} has the words Bad, gateway, Internal, Server, Error. Accents are
   * dropped ({@code Café} is Cafe) and apostrophes do not split a word ({@code couldn’t} is couldnt).
   */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    String withoutPlaceholders = withoutApostrophes(withoutAccents(withoutPlaceholders(text)));
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < withoutPlaceholders.length(); i++) {
      char c = withoutPlaceholders.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static String withoutPlaceholders(String text) {
    return text.indexOf('{') < 0 ? text : PLACEHOLDER.matcher(text).replaceAll(" ");
  }

  /** Decomposed, marks dropped; plain ASCII has neither, and is by far the common case. */
  private static String withoutAccents(String text) {
    if (isAscii(text)) {
      return text;
    }
    return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  private static String withoutApostrophes(String text) {
    return text.indexOf('\'') < 0 && text.indexOf('\u2019') < 0 ? text : INNER_APOSTROPHE.matcher(text).replaceAll("");
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** {@code "Too Many Requests"} → {@code TOO_MANY_REQUESTS}; empty when the text has no words. */
  public static String constantName(String text) {
    return String.join("_", words(text)).toUpperCase(Locale.ROOT);
  }

  /** The constant for a row: its explicit {@code name}, or the one derived from its text. */
  public static String constantName(String explicitName, String text) {
    return explicitName == null || explicitName.isEmpty() ? constantName(text) : explicitName;
  }

  /** {@code TOO_MANY_REQUESTS} → {@code TooManyRequests}. */
  public static String className(String constantName) {
    StringBuilder name = new StringBuilder();
    for (String word : constantName.split("_")) {
      if (!word.isEmpty()) {
        name.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return name.toString();
  }

  /** Whether a name can be an enum constant: UPPER_SNAKE_CASE starting with a letter, not a keyword. */
  public static boolean isConstantName(String name) {
    return CONSTANT_NAME.matcher(name).matches() && SourceVersion.isName(name);
  }

  /** Whether a catalog name makes Java type names: an identifier starting with an upper-case letter. */
  public static boolean isCatalogName(String name) {
    return !name.isEmpty()
        && Character.isUpperCase(name.charAt(0))
        && SourceVersion.isIdentifier(name)
        && !SourceVersion.isKeyword(name);
  }

  /** A catalog name suggested for an invalid one: its words, each capitalised. */
  public static String suggestCatalogName(String name) {
    String suggestion = className(constantName(name));
    return suggestion.isEmpty() || !Character.isLetter(suggestion.charAt(0)) ? "Passport" : suggestion;
  }

  /**
   * The key, and Java name, of a supplied member: its words in lower camel case, each word's first letter
   * changed and the rest kept: {@code invalid-params} → {@code invalidParams}, {@code request_id} → {@code
   * requestId}, {@code param} → {@code param}; empty when the name has no words.
   */
  public static String suppliedKey(String memberName) {
    StringBuilder key = new StringBuilder();
    for (String word : words(memberName)) {
      key.append(key.length() == 0 ? Character.toLowerCase(word.charAt(0)) : Character.toUpperCase(word.charAt(0)))
          .append(word, 1, word.length());
    }
    return key.toString();
  }
}
