package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Error;
import dev.errorcontract.processor.collect.Declarations.Status;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.derive.Meaning;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

/** The rules for which row answers each condition ({@code @ApiError(answers = ...)}). */
final class ConditionValidator {

  void validate(Catalog catalog, Meaning meaning, Report report) {
    if (Boolean.TRUE.equals(catalog.clientOnly().get())) {
      if (catalog.errors().isEmpty()) {
        // Someone else's API with no row: nothing would ever decode.
        report.report(Message.CLIENT_ONLY_EMPTY, catalog.type(), catalog.clientOnly());
      }
      // Someone else's API: no row answers a condition, so naming one has no effect.
      for (Error error : catalog.errors()) {
        if (!error.answers().isEmpty() && error.detail().get() != null) {
          report.warn(Message.CLIENT_ONLY_ANSWERS, catalog.type(), error.answers().get(0),
              error.suppress().stream().map(Located::get).toList(), error.detail().get(), named(error));
        }
      }
      return;
    }
    Map<Condition, Error> named = new EnumMap<>(Condition.class);
    Map<Status, Error> statusAnswers = new IdentityHashMap<>();
    for (Error error : catalog.errors()) {
      Integer status = error.status().get();
      if (status == null || error.detail().get() == null) {
        continue;
      }
      for (Located<String> answer : error.answers()) {
        Condition condition = Condition.valueOf(answer.get());
        if (!condition.allowsStatus(status)) {
          report.report(Message.CONDITION_STATUS_MISMATCH, catalog.type(), answer, error.detail().get(),
              Meaning.name(condition), condition.allowedStatuses(), status, condition.allowedStatuses());
          continue;
        }
        if (condition == Condition.STATUS) {
          Status row = meaning.statusRow(error);
          if (row == null) {
            continue; // reported: the status is not covered
          }
          Error earlier = statusAnswers.putIfAbsent(row, error);
          if (earlier != null && earlier != error) {
            report.report(Message.STATUS_ANSWERED_TWICE, catalog.type(), answer, StatusValidator.label(row),
                earlier.detail().get(), error.detail().get());
          }
          continue;
        }
        Error earlier = named.putIfAbsent(condition, error);
        if (earlier != null && earlier != error) {
          report.report(Message.CONDITION_ANSWERED_TWICE, catalog.type(), answer, Meaning.name(condition),
              ErrorValidator.label(earlier), ErrorValidator.label(error));
        }
      }
    }
    // The fallbacks every other condition ends in; each needs a row when its status is not documented.
    // A status row that covers nothing is reported already, and may be the very row missing here.
    if (catalog.statuses().stream().anyMatch(s -> meaning.codes(s).isEmpty())) {
      return;
    }
    for (Condition condition : new Condition[] {
        Condition.UNDOCUMENTED_CLIENT_ERROR, Condition.UNDOCUMENTED_SERVER_ERROR, Condition.UNEXPECTED_FAILURE}) {
      if (meaning.conditionAnswer(condition) == null) {
        int status = condition.defaultStatus();
        report.report(Message.CONDITION_UNANSWERED, catalog.type(), catalog.annotation(), null,
            Meaning.name(condition), status, status, Meaning.name(condition), condition.allowedStatuses());
      }
    }
  }

  /** The conditions a row names, as written: {@code Condition.UNKNOWN_PATH}, or several in braces. */
  private static String named(Error error) {
    java.util.List<String> names = error.answers().stream().map(a -> "Condition." + a.get()).toList();
    return names.size() == 1 ? names.get(0) : "{" + String.join(", ", names) + "}";
  }
}
