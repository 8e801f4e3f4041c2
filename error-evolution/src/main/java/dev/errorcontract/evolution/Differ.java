package dev.errorcontract.evolution;

import dev.errorcontract.evolution.Change.Scope;
import dev.errorcontract.evolution.Contract.ErrorRow;
import dev.errorcontract.evolution.Contract.Member;
import dev.errorcontract.evolution.Contract.StatusRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies every difference between an old and a new version of a contract. The one place that
 * decides what is breaking: the processor and the command line both call it. The verdicts follow
 * issue 24's rule (see {@link ChangeKind}): breaking when the new version can send an answer the old
 * version's client does not read as the same error with the same arguments. A value that reaches the
 * wire only through a body member (a field body's title, code, type, attributes, instance) is judged by
 * what the two contracts' bodies carry: changed where no answer carries it, it is {@link
 * ChangeKind#UNSENT_VALUE_CHANGED}.
 *
 * <p>Rows are paired before they are compared. A status row pairs with the row of the same generated
 * constant, else with one sharing a code. An error row pairs, in turn, by constant, by machine code, by
 * status and detail, and finally with a leftover row of the same status in page order, so a reworded
 * detail reads as a changed detail and not as a removal and an addition. A row deprecated in the old
 * version is never paired by that last rule: its removal is what the deprecation announced.
 */
public final class Differ {

  private final Contract before;
  private final Contract after;
  private final List<Change> changes = new ArrayList<>();
  /** Old error index to new error index, for the paired rows. */
  private final Map<Integer, Integer> errorPairs = new HashMap<>();

  private Differ(Contract before, Contract after) {
    this.before = before;
    this.after = after;
  }

  /** Every difference, in a stable order: catalog, statuses, errors, conditions. */
  public static List<Change> compare(Contract before, Contract after) {
    Differ differ = new Differ(before, after);
    differ.catalog();
    differ.statuses();
    differ.errors();
    differ.conditions();
    return List.copyOf(differ.changes);
  }

  private void catalog() {
    if (!before.mediaType().equals(after.mediaType())) {
      catalogChange(essence(before.mediaType()).equals(essence(after.mediaType()))
          ? ChangeKind.MEDIA_TYPE_PARAMETERS_CHANGED : ChangeKind.MEDIA_TYPE_CHANGED, "mediaType",
          "The media type changed from " + q(before.mediaType()) + " to " + q(after.mediaType()));
    }
    if (!before.instance().equals(after.instance())) {
      boolean added = before.instance().equals("NONE") && before.body().kind().equals("problem")
          && after.body().kind().equals("problem") && !before.body().members().values().stream()
              .anyMatch(m -> m.holds().equals("INSTANCE"));
      catalogChange(added ? ChangeKind.INSTANCE_ADDED : sent("INSTANCE", ChangeKind.INSTANCE_CHANGED), "instance",
          "The instance source changed from " + before.instance() + " to " + after.instance() + unsent("INSTANCE"));
    }
    for (String attribute : before.attributes()) {
      if (!after.attributes().contains(attribute)) {
        catalogChange(ChangeKind.CATALOG_ATTRIBUTE_REMOVED, "attributes",
            "The catalog attribute " + q(attribute) + " was removed");
      }
    }
    for (String attribute : after.attributes()) {
      if (!before.attributes().contains(attribute)) {
        catalogChange(ChangeKind.CATALOG_ATTRIBUTE_ADDED, "attributes",
            "The catalog attribute " + q(attribute) + " was added");
      }
    }
    Contract.Body old = before.body();
    Contract.Body now = after.body();
    if (!old.kind().equals(now.kind())) {
      catalogChange(ChangeKind.BODY_KIND_CHANGED, "body",
          "The body shape changed from a " + old.kind() + " body to a " + now.kind() + " body");
      return;
    }
    if (!Objects.equals(old.field(), now.field())) {
      catalogChange(ChangeKind.BODY_FIELD_CHANGED, "body",
          "The detail field was renamed from " + q(old.field()) + " to " + q(now.field()));
    }
    for (Map.Entry<String, Member> member : old.members().entrySet()) {
      Member next = now.members().get(member.getKey());
      String name = q(member.getKey());
      if (next == null) {
        boolean written = written(before, member.getValue());
        catalogChange(written ? ChangeKind.BODY_MEMBER_REMOVED : ChangeKind.UNSENT_VALUE_CHANGED, "body",
            "The body member " + name + " (" + member.getValue().holds() + ") was removed or renamed"
                + (written ? "" : "; no answer of the old version wrote it"));
      } else if (!next.holds().equals(member.getValue().holds())) {
        catalogChange(ChangeKind.BODY_MEMBER_CHANGED, "body", "The body member " + name + " held "
            + member.getValue().holds() + " and now holds " + next.holds());
      } else if (next.omitWhenAbsent() != member.getValue().omitWhenAbsent()) {
        catalogChange(ChangeKind.BODY_MEMBER_OMISSION_CHANGED, "body", "The body member " + name
            + (next.omitWhenAbsent() ? " is now left out when absent (it was written null)"
                : " is now written null when absent (it was left out)"));
      }
    }
    for (Map.Entry<String, Member> member : now.members().entrySet()) {
      if (!old.members().containsKey(member.getKey())) {
        catalogChange(ChangeKind.BODY_MEMBER_ADDED, "body",
            "The body member " + q(member.getKey()) + " (" + member.getValue().holds() + ") was added");
      }
    }
  }

  private void statuses() {
    int[] pair = new int[before.statuses().size()];
    boolean[] taken = new boolean[after.statuses().size()];
    java.util.Arrays.fill(pair, -1);
    for (int rule = 0; rule < 2; rule++) {
      for (StatusRow old : before.statuses()) {
        if (pair[old.index()] >= 0) {
          continue;
        }
        for (StatusRow now : after.statuses()) {
          boolean match = rule == 0 ? old.constant().equals(now.constant())
              : now.codes().stream().anyMatch(old.codes()::contains);
          if (!taken[now.index()] && match) {
            pair[old.index()] = now.index();
            taken[now.index()] = true;
            break;
          }
        }
      }
    }
    for (StatusRow old : before.statuses()) {
      if (pair[old.index()] < 0) {
        removed(ChangeKind.STATUS_REMOVED, Scope.STATUS, old.index(), old.deprecated(),
            "The " + old.label() + " was removed");
      } else {
        compare(old, after.statuses().get(pair[old.index()]));
      }
    }
    for (StatusRow now : after.statuses()) {
      if (!taken[now.index()]) {
        boolean covered = now.codes().stream()
            .allMatch(code -> before.statuses().stream().anyMatch(s -> s.codes().contains(code)));
        changes.add(acknowledge(new Change(covered ? ChangeKind.STATUS_CODES_MOVED : ChangeKind.STATUS_ADDED,
            Scope.STATUS, -1, now.index(), "code", "The " + now.label() + " was added"
                + (covered ? ", for codes the old version's rows covered" : ""), null), now.breaks(), null));
      }
    }
  }

  private void compare(StatusRow old, StatusRow now) {
    List<Integer> lost = old.codes().stream().filter(c -> !now.codes().contains(c)).toList();
    List<Integer> gained = now.codes().stream().filter(c -> !old.codes().contains(c)).toList();
    if (!lost.isEmpty()) {
      statusChange(ChangeKind.STATUS_CODES_REMOVED, old, now, "code",
          "The " + old.label() + " no longer covers " + lost + " (it covers " + now.codeCell() + ")");
    }
    if (!gained.isEmpty()) {
      statusChange(ChangeKind.STATUS_CODES_ADDED, old, now, "code",
          "The " + old.label() + " now also covers " + gained);
    }
    if (!old.title().equals(now.title())) {
      boolean carried = carries("TITLE") || answered(before, old) || answered(after, now);
      statusChange(carried ? ChangeKind.STATUS_TITLE_CHANGED : ChangeKind.UNSENT_VALUE_CHANGED, old, now, "title",
          "The title of status " + now.codeCell() + " changed from " + q(old.title()) + " to " + q(now.title())
              + (carried ? "" : "; no answer carries it"));
    }
    if (!old.description().equals(now.description())) {
      statusChange(carries("DESCRIPTION") ? ChangeKind.CARRIED_DESCRIPTION_CHANGED
              : ChangeKind.STATUS_DESCRIPTION_CHANGED, old, now, "description",
          "The description of status " + now.codeCell() + " changed from " + q(old.description()) + " to "
              + q(now.description()));
    }
    old.headers().forEach((name, value) -> {
      String next = now.headers().get(name);
      if (next == null) {
        statusChange(ChangeKind.STATUS_HEADER_REMOVED, old, now, "header " + name,
            "Status " + now.codeCell() + " no longer sends the header " + name + ": " + value);
      } else if (!next.equals(value)) {
        statusChange(ChangeKind.STATUS_HEADER_CHANGED, old, now, "header " + name,
            "Status " + now.codeCell() + " sends " + name + ": " + next + " instead of " + name + ": " + value);
      }
    });
    now.headers().forEach((name, value) -> {
      if (!old.headers().containsKey(name)) {
        statusChange(ChangeKind.STATUS_HEADER_ADDED, old, now, "header " + name,
            "Status " + now.codeCell() + " now sends the header " + name + ": " + value);
      }
    });
    deprecation(ChangeKind.STATUS_DEPRECATED, ChangeKind.STATUS_UNDEPRECATED, Scope.STATUS, old.index(),
        now.index(), "The " + now.label(), old.deprecated(), now.deprecated());
    if (!old.constant().equals(now.constant())) {
      statusChange(ChangeKind.STATUS_CONSTANT_RENAMED, old, now, "constant",
          "The constant of status " + now.codeCell() + " was renamed from " + old.constant() + " to " + now.constant());
    }
  }

  private void errors() {
    List<ErrorRow> olds = before.errors();
    List<ErrorRow> nows = after.errors();
    boolean[] taken = new boolean[nows.size()];
    for (int rule = 0; rule < 4; rule++) {
      for (ErrorRow old : olds) {
        if (errorPairs.containsKey(old.index()) || (rule == 3 && deprecated(old))) {
          continue;
        }
        for (ErrorRow now : nows) {
          if (!taken[now.index()] && pairs(rule, old, now)) {
            errorPairs.put(old.index(), now.index());
            taken[now.index()] = true;
            break;
          }
        }
      }
    }
    for (ErrorRow old : olds) {
      Integer now = errorPairs.get(old.index());
      if (now == null) {
        removed(ChangeKind.ERROR_REMOVED, Scope.ERROR, old.index(), deprecation(old),
            "The " + old.label() + " was removed");
      } else {
        compare(old, nows.get(now));
      }
    }
    for (ErrorRow now : nows) {
      if (!taken[now.index()]) {
        boolean sentBefore = olds.stream().anyMatch(old -> sendsAlike(old, now));
        Change change = new Change(sentBefore ? ChangeKind.ERROR_ANSWER_MOVED : ChangeKind.ERROR_ADDED, Scope.ERROR,
            -1, now.index(), "detail", "The " + now.label() + (now.addedByLibrary() ? ", answered by the library," : "")
                + " was added" + (sentBefore ? "; the old version sent its answers already" : ""), null);
        changes.add(acknowledge(change, rowBreaks(now, after), null));
      }
    }
  }

  private static boolean pairs(int rule, ErrorRow old, ErrorRow now) {
    return switch (rule) {
      case 0 -> old.constant().equals(now.constant());
      case 1 -> old.code() != null && old.code().equals(now.code());
      case 2 -> old.status() == now.status() && old.detail().equals(now.detail());
      default -> old.statusRow().equals(now.statusRow()) && old.addedByLibrary() == now.addedByLibrary();
    };
  }

  private void compare(ErrorRow old, ErrorRow now) {
    String label = now.label();
    Map<String, String> renamed = renames(old, now);
    if (!old.detail().equals(now.detail()) && (renamed == null || renamed.isEmpty())) {
      errorChange(ChangeKind.ERROR_DETAIL_CHANGED, old, now, "detail",
          "The detail " + q(old.detail()) + " changed to " + q(now.detail()));
    }
    if (old.status() != now.status()) {
      errorChange(ChangeKind.ERROR_STATUS_CHANGED, old, now, "status",
          "The " + label + " answers with " + now.status() + " instead of " + old.status());
    }
    if (old.code() == null && now.code() != null) {
      errorChange(sent("CODE", ChangeKind.ERROR_CODE_ADDED), old, now, "code",
          "The " + label + " gained the code " + q(now.code()) + unsent("CODE"));
    } else if (old.code() != null && now.code() == null) {
      errorChange(sent("CODE", ChangeKind.ERROR_CODE_REMOVED), old, now, "code",
          "The " + label + " no longer has the code " + q(old.code()) + unsent("CODE"));
    } else if (!Objects.equals(old.code(), now.code())) {
      errorChange(sent("CODE", ChangeKind.ERROR_CODE_CHANGED), old, now, "code",
          "The code of the " + label + " changed from " + q(old.code()) + " to " + q(now.code()) + unsent("CODE"));
    }
    if (!old.title().equals(now.title())) {
      errorChange(sent("TITLE", ChangeKind.ERROR_TITLE_CHANGED), old, now, "title",
          "The title of the " + label + " changed from " + q(old.title()) + " to " + q(now.title()) + unsent("TITLE"));
    }
    if (!Objects.equals(old.type(), now.type())) {
      errorChange(sent("TYPE", ChangeKind.ERROR_TYPE_CHANGED), old, now, "type",
          "The problem type of the " + label + " changed from " + q(old.type()) + " to " + q(now.type())
              + unsent("TYPE"));
    }
    if (!old.description().equals(now.description())) {
      errorChange(carries("DESCRIPTION") ? ChangeKind.CARRIED_DESCRIPTION_CHANGED
              : ChangeKind.ERROR_DESCRIPTION_CHANGED, old, now, "description",
          "The description of the " + label + " changed from " + q(old.description()) + " to "
              + q(now.description()));
    }
    Set<String> attributes = new LinkedHashSet<>(old.attributes().keySet());
    attributes.addAll(now.attributes().keySet());
    for (String attribute : attributes) {
      String was = old.attributes().get(attribute);
      String is = now.attributes().get(attribute);
      String holds = "attribute " + attribute;
      if (was == null && is != null) {
        errorChange(sent(holds, ChangeKind.ERROR_ATTRIBUTE_ADDED), old, now, holds,
            "The " + label + " now gives " + attribute + " = " + q(is) + unsent(holds));
      } else if (was != null && is == null) {
        errorChange(sent(holds, ChangeKind.ERROR_ATTRIBUTE_REMOVED), old, now, holds,
            "The " + label + " no longer gives " + attribute + " (it was " + q(was) + ")" + unsent(holds));
      } else if (!Objects.equals(was, is)) {
        errorChange(sent(holds, ChangeKind.ERROR_ATTRIBUTE_CHANGED), old, now, holds,
            "The " + attribute + " of the " + label + " changed from " + q(was) + " to " + q(is) + unsent(holds));
      }
    }
    Map<String, String> renames = renamed == null ? Map.of() : renamed;
    renames.forEach((was, is) -> errorChange(ChangeKind.ERROR_ARGUMENT_RENAMED, old, now, "argument " + is,
        "The argument {" + was + "} of the " + label + " was renamed {" + is + "}; no body member names it, so"
            + " the detail reads alike"));
    old.args().forEach((name, type) -> {
      String next = now.args().get(name);
      if (renames.containsKey(name)) {
        return;
      }
      if (next == null) {
        errorChange(ChangeKind.ERROR_ARGUMENT_REMOVED, old, now, "argument " + name,
            "The " + label + " no longer has the argument {" + name + "}");
      } else if (!next.equals(type)) {
        errorChange(narrows(type, next) ? ChangeKind.ERROR_ARGUMENT_NARROWED : ChangeKind.ERROR_ARGUMENT_RETYPED,
            old, now, "argument " + name,
            "The argument {" + name + "} of the " + label + " changed from " + type + " to " + next);
      }
    });
    now.args().forEach((name, type) -> {
      if (!old.args().containsKey(name) && !renames.containsValue(name)) {
        errorChange(ChangeKind.ERROR_ARGUMENT_ADDED, old, now, "argument " + name,
            "The " + label + " has the new argument {" + name + "}, " + type);
      }
    });
    deprecation(ChangeKind.ERROR_DEPRECATED, ChangeKind.ERROR_UNDEPRECATED, Scope.ERROR, old.index(), now.index(),
        "The " + label, old.deprecated(), now.deprecated());
    if (!old.constant().equals(now.constant())) {
      errorChange(ChangeKind.ERROR_CONSTANT_RENAMED, old, now, "constant",
          "The constant of the " + label + " was renamed from " + old.constant() + " to " + now.constant());
    }
  }

  /** A media type's type and subtype, lower case: all a decoder compares. */
  private static String essence(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
  }

  /** The integral types, narrowest first; a value of one is written as the same text in any wider one. */
  private static final List<List<String>> INTEGRAL = List.of(
      List.of("byte", "java.lang.Byte"), List.of("short", "java.lang.Short"), List.of("int", "java.lang.Integer"),
      List.of("long", "java.lang.Long"), List.of("java.math.BigInteger"));

  /**
   * Whether an argument typed {@code was} (as the contract gives it: {@code "long (JSON number)"}) now
   * typed {@code is} holds only values the old type holds, written alike: {@code long} to {@code int}.
   * A client of the old version reads every one of them (issue 24's rule).
   */
  private static boolean narrows(String was, String is) {
    int from = integralRank(was);
    int to = integralRank(is);
    return from >= 0 && to >= 0 && to < from;
  }

  private static int integralRank(String type) {
    int space = type.indexOf(' ');
    String name = space < 0 ? type : type.substring(0, space);
    for (int i = 0; i < INTEGRAL.size(); i++) {
      if (INTEGRAL.get(i).contains(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The template arguments renamed between two paired rows, old name to new, when that is all that
   * changed in the detail: the same literal text, placeholders pairing up in order, each renamed one of
   * the same type and named by no body member of either version (a member would now be left out). Null
   * when the details differ otherwise; empty when nothing was renamed.
   */
  private Map<String, String> renames(ErrorRow old, ErrorRow now) {
    List<String> was = new ArrayList<>();
    List<String> is = new ArrayList<>();
    if (!literals(old.detail(), was).equals(literals(now.detail(), is)) || was.size() != is.size()) {
      return null;
    }
    Map<String, String> renames = new java.util.LinkedHashMap<>();
    for (int i = 0; i < was.size(); i++) {
      String from = was.get(i);
      String to = is.get(i);
      if (from.equals(to)) {
        continue;
      }
      String previous = renames.putIfAbsent(from, to);
      boolean alike = old.args().get(from) != null && old.args().get(from).equals(now.args().get(to))
          && !now.args().containsKey(from) && !old.args().containsKey(to)
          && !named(before, from) && !named(after, from) && !named(before, to) && !named(after, to);
      if ((previous != null && !previous.equals(to)) || !alike) {
        return null;
      }
    }
    return renames;
  }

  /** The literal text of a template, each placeholder as {@code {}}; its placeholders' names into {@code names}. */
  private static String literals(String template, List<String> names) {
    java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("\\{([^{}]+)}").matcher(template);
    StringBuilder text = new StringBuilder();
    int at = 0;
    while (placeholder.find()) {
      text.append(template, at, placeholder.start()).append("{}");
      names.add(placeholder.group(1));
      at = placeholder.end();
    }
    return text.append(template.substring(at)).toString();
  }

  private static boolean named(Contract contract, String argument) {
    return contract.body().members().values().stream().anyMatch(m -> m.holds().equals("argument " + argument));
  }

  /**
   * Whether the answers carry {@code holds} ({@code TITLE}, {@code CODE}, {@code TYPE}, {@code INSTANCE},
   * {@code attribute doc_url}) in either version: a problem body's own members, or a member holding it.
   */
  private boolean carries(String holds) {
    return carries(before, holds) || carries(after, holds);
  }

  private static boolean carries(Contract contract, String holds) {
    Contract.Body body = contract.body();
    if (body.kind().equals("problem") && List.of("TITLE", "TYPE", "INSTANCE").contains(holds)) {
      return true;
    }
    return body.members().values().stream().anyMatch(m -> m.holds().equals(holds));
  }

  /** The value's own kind where an answer carries it, else {@link ChangeKind#UNSENT_VALUE_CHANGED}. */
  private ChangeKind sent(String holds, ChangeKind kind) {
    return carries(holds) ? kind : ChangeKind.UNSENT_VALUE_CHANGED;
  }

  /** What the change text adds for a value no answer carries. */
  private String unsent(String holds) {
    return carries(holds) ? "" : "; no answer carries it";
  }

  /** Whether the library answers the status row with its title as the detail. */
  private static boolean answered(Contract contract, StatusRow row) {
    return contract.errors().stream().anyMatch(e -> e.addedByLibrary() && e.statusRow().equals(row.codeCell()));
  }

  /**
   * Whether some answer of the old version wrote the member: one written {@code null} when absent is
   * always written; one left out only when an error gives it a value.
   */
  private static boolean written(Contract contract, Member member) {
    if (!member.omitWhenAbsent()) {
      return true;
    }
    String holds = member.holds();
    if (holds.startsWith("attribute ")) {
      return contract.errors().stream().anyMatch(e -> e.attributes().get(holds.substring(10)) != null);
    }
    if (holds.startsWith("argument ")) {
      return contract.errors().stream().anyMatch(e -> e.args().containsKey(holds.substring(9)));
    }
    return switch (holds) {
      case "CODE" -> contract.errors().stream().anyMatch(e -> e.code() != null);
      case "TYPE" -> contract.errors().stream().anyMatch(e -> e.type() != null);
      case "INSTANCE" -> !contract.instance().equals("NONE");
      default -> true;
    };
  }

  /**
   * Whether an old error sent every answer of a new one alike: the codes it answers with cover the new
   * one's, and its detail, title, type, code, attributes and arguments are the same.
   */
  private boolean sendsAlike(ErrorRow old, ErrorRow now) {
    return codes(before, old).containsAll(codes(after, now)) && old.detail().equals(now.detail())
        && old.title().equals(now.title()) && Objects.equals(old.type(), now.type())
        && Objects.equals(old.code(), now.code()) && old.attributes().equals(now.attributes())
        && old.args().equals(now.args());
  }

  /** The codes an error answers with: its status row's for an added answer, else its own. */
  private static List<Integer> codes(Contract contract, ErrorRow error) {
    if (!error.addedByLibrary()) {
      return List.of(error.status());
    }
    return contract.statuses().stream().filter(s -> s.codeCell().equals(error.statusRow())).findFirst()
        .map(StatusRow::codes).orElse(List.of(error.status()));
  }

  private void conditions() {
    before.conditions().forEach((condition, oldConstant) -> {
      String newConstant = after.conditions().get(condition);
      if (newConstant == null) {
        return;
      }
      ErrorRow oldRow = byConstant(before, oldConstant);
      ErrorRow newRow = byConstant(after, newConstant);
      if (oldRow == null || newRow == null) {
        return;
      }
      Integer paired = errorPairs.get(oldRow.index());
      if (paired == null || paired != newRow.index()) {
        Change change = new Change(ChangeKind.CONDITION_ANSWER_CHANGED, Scope.ERROR, oldRow.index(), newRow.index(),
            "answers", condition + " was answered by the " + oldRow.label() + " and is now answered by the "
                + newRow.label(), null);
        changes.add(acknowledge(change, rowBreaks(newRow, after), oldBreaks(newRow)));
      }
    });
  }

  private static ErrorRow byConstant(Contract contract, String constant) {
    return contract.errors().stream().filter(e -> e.constant().equals(constant)).findFirst().orElse(null);
  }

  // Acknowledgements.

  private void catalogChange(ChangeKind kind, String member, String text) {
    changes.add(acknowledge(new Change(kind, Scope.CATALOG, -1, -1, member, text, null), after.breaks(), before.breaks()));
  }

  private void statusChange(ChangeKind kind, StatusRow old, StatusRow now, String member, String text) {
    changes.add(acknowledge(
        new Change(kind, Scope.STATUS, old.index(), now.index(), member, text, null), now.breaks(), old.breaks()));
  }

  private void errorChange(ChangeKind kind, ErrorRow old, ErrorRow now, String member, String text) {
    changes.add(acknowledge(
        new Change(kind, Scope.ERROR, old.index(), now.index(), member, text, null), rowBreaks(now, after),
        rowBreaks(old, before)));
  }

  /** The breaks of the row declaring {@code error}: its own, or for an added answer, its status row's. */
  private static String rowBreaks(ErrorRow error, Contract contract) {
    if (!error.addedByLibrary()) {
      return error.breaks();
    }
    return contract.statuses().stream().filter(s -> s.codeCell().equals(error.statusRow()))
        .map(StatusRow::breaks).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private String oldBreaks(ErrorRow now) {
    for (Map.Entry<Integer, Integer> pair : errorPairs.entrySet()) {
      if (pair.getValue() == now.index()) {
        return rowBreaks(before.errors().get(pair.getKey()), before);
      }
    }
    return null;
  }

  /**
   * A breaking change is acknowledged by a {@code breaks} marker that the old version did not carry
   * already: a marker left over from an earlier release acknowledges nothing new.
   */
  private static Change acknowledge(Change change, String breaks, String oldBreaks) {
    if (change.breaking() && breaks != null && !breaks.isBlank() && !breaks.equals(oldBreaks)) {
      return change.acknowledged("breaks = \"" + breaks + "\"");
    }
    return change;
  }

  /**
   * A removed row: compatible by the rule (the new version sends fewer answers), so neither a
   * deprecation nor a marker acknowledges it; the text says when the old version announced it.
   */
  private void removed(ChangeKind kind, Scope scope, int oldIndex, String deprecated, String text) {
    changes.add(acknowledge(new Change(kind, scope, oldIndex, -1, "removed",
        text + (deprecated == null ? "" : " (deprecated in the old version: " + deprecated + ")"), null),
        after.breaks(), before.breaks()));
  }

  private void deprecation(
      ChangeKind deprecated, ChangeKind undeprecated, Scope scope, int oldIndex, int newIndex, String label, String was,
      String is) {
    if (was == null && is != null) {
      changes.add(new Change(deprecated, scope, oldIndex, newIndex, "deprecated",
          label + " is deprecated: " + is, null));
    } else if (was != null && is == null) {
      changes.add(new Change(undeprecated, scope, oldIndex, newIndex, "deprecated",
          label + " is no longer deprecated", null));
    }
  }

  /** The deprecation note of an error row, or of its status row, in the old version; null when neither is. */
  private String deprecation(ErrorRow old) {
    if (old.deprecated() != null) {
      return old.deprecated();
    }
    return before.statuses().stream().filter(s -> s.codeCell().equals(old.statusRow()))
        .map(StatusRow::deprecated).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private boolean deprecated(ErrorRow old) {
    return deprecation(old) != null;
  }

  private static String q(String text) {
    return text == null ? "none" : "\"" + text + "\"";
  }
}
