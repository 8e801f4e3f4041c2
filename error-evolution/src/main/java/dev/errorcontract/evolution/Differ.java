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
 * decides what is breaking: the processor and the command line both call it.
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
      catalogChange(ChangeKind.INSTANCE_CHANGED, "instance",
          "The instance source changed from " + before.instance() + " to " + after.instance());
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
        catalogChange(ChangeKind.BODY_MEMBER_REMOVED, "body",
            "The body member " + name + " (" + member.getValue().holds() + ") was removed or renamed");
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
        changes.add(new Change(ChangeKind.STATUS_ADDED, Scope.STATUS, -1, now.index(), "code",
            "The " + now.label() + " was added", null));
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
      statusChange(ChangeKind.STATUS_TITLE_CHANGED, old, now, "title",
          "The title of status " + now.codeCell() + " changed from " + q(old.title()) + " to " + q(now.title()));
    }
    if (!old.description().equals(now.description())) {
      statusChange(ChangeKind.STATUS_DESCRIPTION_CHANGED, old, now, "description",
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
        changes.add(new Change(ChangeKind.ERROR_ADDED, Scope.ERROR, -1, now.index(), "detail",
            "The " + now.label() + (now.addedByLibrary() ? ", answered by the library," : "") + " was added", null));
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
    if (!old.detail().equals(now.detail())) {
      errorChange(ChangeKind.ERROR_DETAIL_CHANGED, old, now, "detail",
          "The detail " + q(old.detail()) + " changed to " + q(now.detail()));
    }
    if (old.status() != now.status()) {
      errorChange(ChangeKind.ERROR_STATUS_CHANGED, old, now, "status",
          "The " + label + " answers with " + now.status() + " instead of " + old.status());
    }
    if (old.code() == null && now.code() != null) {
      errorChange(ChangeKind.ERROR_CODE_ADDED, old, now, "code", "The " + label + " gained the code " + q(now.code()));
    } else if (old.code() != null && now.code() == null) {
      errorChange(ChangeKind.ERROR_CODE_REMOVED, old, now, "code",
          "The " + label + " no longer has the code " + q(old.code()));
    } else if (!Objects.equals(old.code(), now.code())) {
      errorChange(ChangeKind.ERROR_CODE_CHANGED, old, now, "code",
          "The code of the " + label + " changed from " + q(old.code()) + " to " + q(now.code()));
    }
    if (!old.title().equals(now.title())) {
      errorChange(ChangeKind.ERROR_TITLE_CHANGED, old, now, "title",
          "The title of the " + label + " changed from " + q(old.title()) + " to " + q(now.title()));
    }
    if (!Objects.equals(old.type(), now.type())) {
      errorChange(ChangeKind.ERROR_TYPE_CHANGED, old, now, "type",
          "The problem type of the " + label + " changed from " + q(old.type()) + " to " + q(now.type()));
    }
    if (!old.description().equals(now.description())) {
      errorChange(ChangeKind.ERROR_DESCRIPTION_CHANGED, old, now, "description",
          "The description of the " + label + " changed from " + q(old.description()) + " to "
              + q(now.description()));
    }
    Set<String> attributes = new LinkedHashSet<>(old.attributes().keySet());
    attributes.addAll(now.attributes().keySet());
    for (String attribute : attributes) {
      String was = old.attributes().get(attribute);
      String is = now.attributes().get(attribute);
      if (was == null && is != null) {
        errorChange(ChangeKind.ERROR_ATTRIBUTE_ADDED, old, now, "attribute " + attribute,
            "The " + label + " now gives " + attribute + " = " + q(is));
      } else if (was != null && is == null) {
        errorChange(ChangeKind.ERROR_ATTRIBUTE_REMOVED, old, now, "attribute " + attribute,
            "The " + label + " no longer gives " + attribute + " (it was " + q(was) + ")");
      } else if (!Objects.equals(was, is)) {
        errorChange(ChangeKind.ERROR_ATTRIBUTE_CHANGED, old, now, "attribute " + attribute,
            "The " + attribute + " of the " + label + " changed from " + q(was) + " to " + q(is));
      }
    }
    old.args().forEach((name, type) -> {
      String next = now.args().get(name);
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
      if (!old.args().containsKey(name)) {
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

  private void removed(ChangeKind kind, Scope scope, int oldIndex, String deprecated, String text) {
    Change change = new Change(kind, scope, oldIndex, -1, "removed", text, null);
    if (deprecated != null) {
      changes.add(change.acknowledged("deprecated in the old version (" + deprecated + ")"));
    } else {
      changes.add(acknowledge(change, after.breaks(), before.breaks()));
    }
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
