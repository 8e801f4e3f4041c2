package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.internal.JsonShape;
import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.derive.ArgumentType;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.derive.RuntimeModel;
import dev.errorcontract.processor.derive.Description;
import dev.errorcontract.processor.derive.DetailTemplate;
import dev.errorcontract.processor.derive.ErrorModel;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Issue 15: a client must be able to tell every error of a status from the body alone. Two errors that
 * may answer the same code are ambiguous when their bodies agree on everything but the detail (same
 * code, attributes, title...) and their details can be the same text: two templates whose literal text
 * does not keep them apart, or a template that can render another row's constant detail. Each such
 * pair is reported at both rows' {@code detail}, with a detail both could send.
 *
 * <p>Runs on the catalog's {@link Description}, where the answers the library adds and each row's body
 * are known; reports only positions of the declaration.
 */
public final class AmbiguityValidator {

  /** The ambiguous pairs of {@code description}, reported at the rows of {@code declaration}. */
  public Report validate(Declarations.Catalog declaration, Description description) {
    Report report = new Report();
    Set<String> reported = new TreeSet<>();
    // Per code, the errors grouped by their body with the detail set aside: only errors of one group
    // can be confused, and most groups (rows with their own machine code, say) hold one error. This
    // keeps a catalog of thousands of rows near linear.
    Map<Integer, Map<ByteBuffer, List<ErrorModel>>> groups = new TreeMap<>();
    JsonShape shape = RuntimeModel.shape(description.body()); // one shape compiles every row, as in the generated enum
    for (ErrorModel error : description.errors()) {
      for (int code : codes(error)) {
        groups.computeIfAbsent(code, c -> new HashMap<>())
            .computeIfAbsent(ByteBuffer.wrap(skeleton(shape, error, code)), b -> new ArrayList<>())
            .add(error);
      }
    }
    groups.forEach((code, byBody) -> byBody.values().forEach(alike -> {
      // A group is compared pair by pair (rows of one status with bodies that agree but for the detail can
      // be hundreds): each error's template is read once here, not once per pair.
      List<int[]> patterns = alike.stream().map(AmbiguityValidator::pattern).toList();
      boolean[] templates = new boolean[alike.size()];
      for (int i = 0; i < templates.length; i++) {
        templates[i] = alike.get(i).isTemplate();
      }
      for (int a = 0; a < alike.size(); a++) {
        for (int b = a + 1; b < alike.size(); b++) {
          ErrorModel first = alike.get(a);
          ErrorModel second = alike.get(b);
          if (!templates[a] && !templates[b]) {
            continue; // two constant details: equal ones are detail-duplicate, different ones are told apart
          }
          String witness = commonText(patterns.get(a), patterns.get(b));
          if (witness != null && reported.add(first.constantName() + " " + second.constantName())) {
            reportAt(report, declaration, first, second, code, witness);
            reportAt(report, declaration, second, first, code, witness);
          }
        }
      }
    }));
    return report;
  }

  private static void reportAt(Report report, Declarations.Catalog declaration, ErrorModel at, ErrorModel other,
      int code, String witness) {
    if (at.addedByLibrary()) {
      return; // no row to point at: the declared one carries the message
    }
    for (Declarations.Error row : declaration.errors()) {
      if (row.status().get() != null && row.status().get() == at.code() && at.detail().equals(row.detail().get())) {
        report.report(Message.DETAIL_AMBIGUOUS, declaration.type(), row.detail(), code, at.detail(),
            other.addedByLibrary()
                ? "the answer the library adds for the status, \"" + other.detail() + "\","
                : "the detail \"" + other.detail() + "\"",
            Texts.shown(witness));
        return;
      }
    }
  }

  private static List<Integer> codes(ErrorModel error) {
    return error.addedByLibrary() ? error.status().codes() : List.of(error.code());
  }

  private static byte[] skeleton(JsonShape shape, ErrorModel error, int code) {
    String marker = "\u0001";
    ErrorModel withMarker = new ErrorModel(error.status(), error.code(), marker, DetailTemplate.literal(marker),
        error.title(), error.type(), error.description(), error.machineCode(), List.of(), error.attributes(),
        error.answers(), error.constantName(), error.className(), error.recordsStackTrace(), error.addedByLibrary());
    ErrorBody body = shape.compile(RuntimeModel.row(withMarker)).body(code);
    return body == null ? new byte[0] : body.toByteArray();
  }

  /**
   * A detail as a sequence of units: a literal character (a code point of 0 or more), else a class of
   * characters an argument renders ({@link #UNITS}), taken once ({@code -1 - 2 * class}) or any number of
   * times, none included ({@code -2 - 2 * class}).
   */
  private static int[] pattern(ErrorModel error) {
    List<Integer> units = new ArrayList<>();
    for (DetailTemplate.Part part : error.template().parts()) {
      if (!part.placeholder()) {
        part.text().chars().forEach(units::add);
        continue;
      }
      ArgumentType kind = error.args().stream().filter(a -> a.name().equals(part.text())).findFirst()
          .flatMap(a -> ArgumentType.of(a.type())).orElse(ArgumentType.STRING);
      units(kind, units);
    }
    return units.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The classes of characters an argument renders: the decoder reads an argument back only when its text
   * renders as that very text again, so a placeholder stands for no other text. A close enough
   * over-approximation: "00" is no int, but it has an int's characters.
   */
  private enum Rendering {
    ANY(c -> true),
    DIGIT(c -> c >= '0' && c <= '9'),
    SIGN_OR_DIGIT(c -> c >= '0' && c <= '9' || c == '-'),
    /** float, double, BigDecimal: digits, a sign, a point, an exponent, Infinity and NaN. */
    DECIMAL(c -> c >= '0' && c <= '9' || "-+.EInfityNa".indexOf(c) >= 0),
    BOOLEAN(c -> "truefals".indexOf(c) >= 0),
    /** What {@code UUID.toString()} writes: lower-case hexadecimal digits. */
    HEX(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f'),
    IDENTIFIER_START(Character::isJavaIdentifierStart),
    IDENTIFIER_PART(Character::isJavaIdentifierPart);

    final java.util.function.IntPredicate admits;

    Rendering(java.util.function.IntPredicate admits) {
      this.admits = admits;
    }

    int once() {
      return -1 - 2 * ordinal();
    }

    int any() {
      return -2 - 2 * ordinal();
    }
  }

  /** Appends the units an argument of {@code kind} renders as. */
  private static void units(ArgumentType kind, List<Integer> units) {
    switch (kind) {
      case STRING, CHAR_SEQUENCE, URI -> units.add(Rendering.ANY.any()); // URI.create("") renders ""
      case CHAR -> units.add(Rendering.ANY.once());
      case TIME, ZONE_OFFSET -> units.addAll(List.of(Rendering.ANY.once(), Rendering.ANY.any()));
      case BYTE, SHORT, INT, LONG, BIG_INTEGER ->
          units.addAll(List.of(Rendering.SIGN_OR_DIGIT.once(), Rendering.DIGIT.any()));
      case FLOAT, DOUBLE, BIG_DECIMAL -> units.addAll(List.of(Rendering.DECIMAL.once(), Rendering.DECIMAL.any()));
      case BOOLEAN -> units.addAll(List.of(Rendering.BOOLEAN.once(), Rendering.BOOLEAN.any()));
      case UUID -> {
        int[] groups = {8, 4, 4, 4, 12};
        for (int g = 0; g < groups.length; g++) {
          if (g > 0) {
            units.add((int) '-');
          }
          for (int i = 0; i < groups[g]; i++) {
            units.add(Rendering.HEX.once());
          }
        }
      }
      case ENUM -> units.addAll(List.of(Rendering.IDENTIFIER_START.once(), Rendering.IDENTIFIER_PART.any()));
    }
  }

  private static final Rendering[] UNITS = Rendering.values();

  private static boolean literal(int unit) {
    return unit >= 0;
  }

  /** Whether the unit is a class that may render any number of characters, none included. */
  private static boolean star(int unit) {
    return unit < 0 && (-unit) % 2 == 0;
  }

  private static Rendering rendering(int unit) {
    return UNITS[(-unit - 1) / 2];
  }

  /** A character both units (neither a star, or a star against a single unit) can stand for, or -1. */
  private static int shared(int a, int b) {
    if (literal(a) && literal(b)) {
      return a == b ? a : -1;
    }
    if (literal(a)) {
      return rendering(b).admits.test(a) ? a : -1;
    }
    if (literal(b)) {
      return rendering(a).admits.test(b) ? b : -1;
    }
    Rendering first = rendering(a);
    Rendering second = rendering(b);
    for (char c : "x1tae-.ABC ".toCharArray()) {
      if (first.admits.test(c) && second.admits.test(c)) {
        return c;
      }
    }
    for (int c = 0x21; c < 0x7f; c++) {
      if (first.admits.test(c) && second.admits.test(c)) {
        return c;
      }
    }
    return -1;
  }

  /** A text both patterns can render, or null if there is none. */
  static String commonText(int[] first, int[] second) {
    if ((long) first.length * second.length > 250_000) {
      return null; // details this long are text-too-long errors already
    }
    if (literalEndsDiffer(first, second)) {
      return null; // most pairs: decided without the search and its table of (first × second) cells
    }
    boolean[][] failed = new boolean[first.length + 1][second.length + 1];
    StringBuilder witness = new StringBuilder();
    return common(first, 0, second, 0, failed, witness) ? witness.reverse().toString() : null;
  }

  /**
   * Whether the rest of both patterns can render one text; the text is appended reversed on the way
   * back. A star may render nothing more; two stars rendering the same characters go back to the same
   * state, so only a star against a single unit consumes.
   */
  private static boolean common(int[] a, int i, int[] b, int j, boolean[][] failed, StringBuilder witness) {
    if (failed[i][j]) {
      return false;
    }
    if (i == a.length && j == b.length) {
      return true;
    }
    boolean starA = i < a.length && star(a[i]);
    boolean starB = j < b.length && star(b[j]);
    // A star renders nothing more.
    if (starA && common(a, i + 1, b, j, failed, witness) || starB && common(a, i, b, j + 1, failed, witness)) {
      return true;
    }
    if (i < a.length && j < b.length) {
      if (!starA && !starB) {
        int c = shared(a[i], b[j]);
        if (c >= 0 && common(a, i + 1, b, j + 1, failed, witness)) {
          witness.append((char) c);
          return true;
        }
      }
      // A star renders the other's next character, and may render more.
      if (starA && !starB) {
        int c = shared(a[i] + 1, b[j]);
        if (c >= 0 && common(a, i, b, j + 1, failed, witness)) {
          witness.append((char) c);
          return true;
        }
      }
      if (starB && !starA) {
        int c = shared(a[i], b[j] + 1);
        if (c >= 0 && common(a, i + 1, b, j, failed, witness)) {
          witness.append((char) c);
          return true;
        }
      }
    }
    failed[i][j] = true;
    return false;
  }

  /**
   * Whether the literal text before the first class of either pattern, or after the last, differs: every
   * text a pattern renders starts with its literal beginning and ends with its literal end, so then no
   * text is common to both.
   */
  private static boolean literalEndsDiffer(int[] first, int[] second) {
    int length = Math.min(first.length, second.length);
    for (int i = 0; i < length && first[i] >= 0 && second[i] >= 0; i++) {
      if (first[i] != second[i]) {
        return true;
      }
    }
    for (int i = 1; i <= length && first[first.length - i] >= 0 && second[second.length - i] >= 0; i++) {
      if (first[first.length - i] != second[second.length - i]) {
        return true;
      }
    }
    return false;
  }
}
