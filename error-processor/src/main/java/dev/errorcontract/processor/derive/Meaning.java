package dev.errorcontract.processor.derive;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.StatusCodes;
import dev.errorcontract.processor.collect.Declarations.AttributeValue;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Error;
import dev.errorcontract.processor.collect.Declarations.Status;
import dev.errorcontract.processor.diagnostics.Located;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a declaration means, derived in this one place: which codes each status row covers, titles,
 * generated names, inherited attributes, row titles, and which row answers each status and condition
 * (none in a client-only catalog: it describes someone else's API, whose answers are only its rows).
 * Validators check the declaration against it and {@link Describer} copies it into the catalog's
 * {@link Description}, so the rules are never written twice. It accepts any declaration: values that are missing or invalid are skipped (the validators
 * report them), and what cannot be derived is null.
 */
public final class Meaning {

  /** An answer: a declared row, or one the library adds for a status row (exactly one is not null). */
  public record Answer(Error row, Status added) {

    static Answer of(Error row) {
      return new Answer(row, null);
    }

    static Answer added(Status status) {
      return new Answer(null, status);
    }
  }

  private final Catalog catalog;
  private final Map<Status, List<Integer>> coverage = new IdentityHashMap<>();
  private final Map<Status, String> titles = new IdentityHashMap<>();
  private final Map<Status, Answer> statusAnswers = new IdentityHashMap<>();
  private final Map<Condition, Answer> conditions = new EnumMap<>(Condition.class);

  private Meaning(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The meaning of {@code catalog}. */
  public static Meaning of(Catalog catalog) {
    Meaning meaning = new Meaning(catalog);
    meaning.deriveCoverage();
    meaning.deriveAnswers();
    return meaning;
  }

  // Status rows.

  /** The class a range names: 4 for {@code "4XX"}, 5 for {@code "5XX"}; 0 for anything else. */
  public static int rangeClass(String range) {
    if (range != null && range.length() == 3 && (range.charAt(0) == '4' || range.charAt(0) == '5')
        && range.substring(1).equalsIgnoreCase("xx")) {
      return range.charAt(0) - '0';
    }
    return 0;
  }

  /** The codes a row lists (valid HTTP codes only), in the order written. */
  public static List<Integer> listedCodes(Status status) {
    List<Integer> codes = new ArrayList<>();
    for (Located<Integer> code : status.codes()) {
      if (code.get() != null && code.get() >= 100 && code.get() <= 599) {
        codes.add(code.get());
      }
    }
    return codes;
  }

  private void deriveCoverage() {
    Set<Integer> listed = new TreeSet<>();
    for (Status status : catalog.statuses()) {
      listed.addAll(listedCodes(status));
    }
    for (Status status : catalog.statuses()) {
      String range = status.range().get();
      if (range != null && !range.isEmpty()) {
        int cls = rangeClass(range);
        List<Integer> codes = new ArrayList<>();
        if (!status.codes().isEmpty()) {
          codes.addAll(new TreeSet<>(listedCodes(status))); // both given (an error): the codes stand
        } else if (cls != 0) {
          for (int code = cls * 100; code < cls * 100 + 100; code++) {
            if (!listed.contains(code)) {
              codes.add(code);
            }
          }
        }
        coverage.put(status, List.copyOf(codes));
      } else {
        coverage.put(status, List.copyOf(new TreeSet<>(listedCodes(status))));
      }
    }
    for (Status status : catalog.statuses()) {
      titles.put(status, deriveTitle(status));
    }
  }

  /** Every code the row covers, ascending; empty when it covers none (a malformed row). */
  public List<Integer> codes(Status status) {
    return coverage.getOrDefault(status, List.of());
  }

  /** The first row covering {@code code}, or null. */
  public Status statusRow(int code) {
    for (Status status : catalog.statuses()) {
      if (codes(status).contains(code)) {
        return status;
      }
    }
    return null;
  }

  /** The status row an error row answers with, or null when none covers its status. */
  public Status statusRow(Error error) {
    return error.status().get() == null ? null : statusRow(error.status().get());
  }

  private String deriveTitle(Status status) {
    String title = status.title().get();
    if (title != null && !title.isEmpty()) {
      return title;
    }
    String range = status.range().get();
    if (range != null && !range.isEmpty()) {
      // RFC 9110 names the classes: "4xx (Client Error)", "5xx (Server Error)".
      int cls = rangeClass(range);
      return cls == 4 ? "Client Error" : cls == 5 ? "Server Error" : null;
    }
    List<Integer> codes = codes(status);
    return codes.isEmpty() ? null : StatusCodes.reasonPhrase(codes.get(0));
  }

  /** The row's title: as published, else the reason phrase of its first code (a class's name for a range); null when there is none. */
  public String title(Status status) {
    return titles.get(status);
  }

  /** Whether the page gives the row's title (rather than the reason phrase standing in). */
  public static boolean titlePublished(Status status) {
    return status.title().get() != null && !status.title().get().isEmpty();
  }

  /** The status row's generated constant: its {@code constant}, or derived from its title. */
  public String statusConstant(Status status) {
    String title = title(status);
    return Names.constantName(status.constant().get(), title == null ? "" : title);
  }

  /** The cell the page writes for the row's codes: {@code 404}, {@code 500, 502} or {@code 5XX}. */
  public static String codeCell(Status status) {
    String range = status.range().get();
    if (range != null && !range.isEmpty()) {
      return range;
    }
    StringBuilder cell = new StringBuilder();
    for (Located<Integer> code : status.codes()) {
      if (cell.length() > 0) {
        cell.append(", ");
      }
      cell.append(code.get());
    }
    return cell.toString();
  }

  /** Whether the row's codes are error codes (400 and up). */
  public boolean isError(Status status) {
    List<Integer> codes = codes(status);
    return !codes.isEmpty() && codes.get(0) >= 400;
  }

  // Error rows.

  /** The error row's generated constant: its {@code constant}, or derived from its detail. */
  public static String errorConstant(Error error) {
    return Names.constantName(error.constant().get(), Objects.requireNonNullElse(error.detail().get(), ""));
  }

  /** The row's title: its own, else its status row's. */
  public String rowTitle(Error error) {
    String own = error.title().get();
    if (own != null && !own.isEmpty()) {
      return own;
    }
    Status status = statusRow(error);
    return status == null ? null : title(status);
  }

  /** The row's problem type: its own, else the catalog's ({@code problemType}). */
  public static String rowType(Error error, String problemType) {
    String own = error.type().get();
    return own != null && !own.isEmpty() ? own : problemType;
  }

  /**
   * The row's attribute values, its status row's defaults filled in, in the catalog's attribute order;
   * an attribute neither gives is left out.
   */
  public Map<String, String> attributes(Error error) {
    Map<String, String> own = values(error.attributes());
    Status status = statusRow(error);
    Map<String, String> defaults = status == null ? Map.of() : values(status.attributes());
    Map<String, String> result = new LinkedHashMap<>();
    for (Located<String> attribute : catalog.attributes()) {
      String name = attribute.get();
      String value = own.containsKey(name) ? own.get(name) : defaults.get(name);
      if (value != null) {
        result.putIfAbsent(name, value);
      }
    }
    return result;
  }

  /** A status row's attribute defaults, in declaration order (the first of a repeated name). */
  public static Map<String, String> values(List<AttributeValue> attributes) {
    Map<String, String> values = new LinkedHashMap<>();
    for (AttributeValue attribute : attributes) {
      if (attribute.name().get() != null && attribute.value().get() != null) {
        values.putIfAbsent(attribute.name().get(), attribute.value().get());
      }
    }
    return values;
  }

  /** The conditions an error row names in {@code answers}, by constant name. */
  public static List<Condition> named(Error error) {
    List<Condition> named = new ArrayList<>();
    for (Located<String> answer : error.answers()) {
      try {
        named.add(Condition.valueOf(answer.get()));
      } catch (IllegalArgumentException | NullPointerException e) {
        // javac reported it
      }
    }
    return named;
  }

  // Answers.

  private void deriveAnswers() {
    if (Boolean.TRUE.equals(catalog.clientOnly().get())) {
      // Someone else's API: its answers are the page's rows, and nothing here answers a status or a
      // condition of a server (no glue is generated, and the table's forStatus/forCondition refuse).
      return;
    }
    for (Status status : catalog.statuses()) {
      if (!isError(status)) {
        continue;
      }
      Answer answer = null;
      for (Error error : catalog.errors()) {
        if (statusRow(error) == status && named(error).contains(Condition.STATUS)) {
          answer = Answer.of(error);
          break;
        }
      }
      if (answer == null) {
        String title = title(status);
        for (Error error : catalog.errors()) {
          if (statusRow(error) == status && title != null && title.equals(error.detail().get())) {
            answer = Answer.of(error);
            break;
          }
        }
      }
      statusAnswers.put(status, answer == null ? Answer.added(status) : answer);
    }
    // The fallbacks first: the framework conditions fall back to them.
    conditions.put(Condition.UNDOCUMENTED_CLIENT_ERROR, namedOrStatus(Condition.UNDOCUMENTED_CLIENT_ERROR, 400));
    conditions.put(Condition.UNDOCUMENTED_SERVER_ERROR, namedOrStatus(Condition.UNDOCUMENTED_SERVER_ERROR, 500));
    conditions.put(Condition.UNEXPECTED_FAILURE, namedOrStatus(Condition.UNEXPECTED_FAILURE, 500));
    for (Condition condition : Condition.values()) {
      if (condition == Condition.STATUS || conditions.containsKey(condition)) {
        continue;
      }
      if (condition == Condition.INVALID_INPUT && !namedByRow(condition)) {
        // Input that fails its constraints is, unless a row says otherwise, input the API cannot take.
        conditions.put(condition, conditions.get(Condition.UNREADABLE_BODY));
        continue;
      }
      int natural = condition == Condition.UNREADABLE_BODY ? 400 : condition.defaultStatus();
      Answer answer = namedOrStatus(condition, natural);
      if (answer == null) {
        answer = natural >= 500
            ? conditions.get(Condition.UNDOCUMENTED_SERVER_ERROR)
            : conditions.get(Condition.UNDOCUMENTED_CLIENT_ERROR);
      }
      conditions.put(condition, answer);
    }
  }

  private boolean namedByRow(Condition condition) {
    for (Error error : catalog.errors()) {
      if (named(error).contains(condition)) {
        return true;
      }
    }
    return false;
  }

  private Answer namedOrStatus(Condition condition, int status) {
    for (Error error : catalog.errors()) {
      if (named(error).contains(condition)) {
        return Answer.of(error);
      }
    }
    Status row = statusRow(status);
    return row == null ? null : statusAnswers.get(row);
  }

  /**
   * The STATUS answer of an error status row (a declared row or one the library adds); null for others,
   * and for every row of a client-only catalog.
   */
  public Answer statusAnswer(Status status) {
    return statusAnswers.get(status);
  }

  /**
   * The answer of a condition other than {@link Condition#STATUS}; null when the catalog has none (always
   * in a client-only catalog).
   */
  public Answer conditionAnswer(Condition condition) {
    return conditions.get(condition);
  }

  /** The conditions {@code answer} answers, STATUS included when it is its status row's answer. */
  public Set<Condition> answers(Answer answer) {
    Set<Condition> answers = new TreeSet<>();
    for (Map.Entry<Status, Answer> entry : statusAnswers.entrySet()) {
      if (entry.getValue().equals(answer)) {
        answers.add(Condition.STATUS);
      }
    }
    for (Map.Entry<Condition, Answer> entry : conditions.entrySet()) {
      if (answer.equals(entry.getValue())) {
        answers.add(entry.getKey());
      }
    }
    return answers;
  }

  /** The status rows whose answer the library adds, in declaration order. */
  public List<Status> addedAnswers() {
    List<Status> added = new ArrayList<>();
    for (Status status : catalog.statuses()) {
      Answer answer = statusAnswers.get(status);
      if (answer != null && answer.added() != null) {
        added.add(status);
      }
    }
    return added;
  }

  /** A condition's name as users write it, for messages: {@code Condition.UNKNOWN_PATH}. */
  public static String name(Condition condition) {
    return "Condition." + condition.name().toUpperCase(Locale.ROOT);
  }
}
