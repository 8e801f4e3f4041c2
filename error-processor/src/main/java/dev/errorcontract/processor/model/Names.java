package dev.errorcontract.processor.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/** How published titles and details become Java names. */
public final class Names {

  private Names() {}

  /**
   * The words of a text: runs of ASCII letters and digits, template placeholders left out. {@code "Bad
   * gateway/Internal Server Error"} has the words Bad, gateway, Internal, Server, Error. Accents are
   * dropped ({@code Café} is Cafe) and apostrophes do not split a word ({@code couldn’t} is couldnt).
   */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    String withoutPlaceholders = Normalizer.normalize(text.replaceAll("\\{[^{}]*}", " "), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replaceAll("(?<=\\p{Alnum})['\u2019](?=\\p{Alnum})", "");
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
    return name.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") && SourceVersion.isName(name);
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
}
