package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Header;
import dev.errorcontract.processor.collect.Declarations.Status;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.model.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The rules for {@code @Status} rows. */
final class StatusValidator {

  void validate(Catalog catalog, Report report) {
    Set<Integer> seen = new HashSet<>();
    Map<String, Status> constants = new HashMap<>();
    for (Status status : catalog.statuses()) {
      Integer code = status.code().get();
      if (code == null) {
        continue; // javac already reported the value.
      }
      if (code < 100 || code > 599) {
        report.report(Message.STATUS_RANGE, catalog.type(), status.code(), code);
      } else if (!seen.add(code)) {
        report.report(Message.STATUS_DUPLICATE, catalog.type(), status.code(), code);
      }
      String title = status.title().get();
      if (title == null || title.isBlank()) {
        report.report(Message.TITLE_BLANK, catalog.type(), status.title(), code);
        continue;
      }
      String standard = CatalogValidator.reasonPhrase(code);
      if (standard != null && !standard.equalsIgnoreCase(title.trim())) {
        report.report(Message.NONSTANDARD_TITLE, catalog.type(), status.title(), title, code, standard);
      }
      if (status.description().get() == null || status.description().get().isBlank()) {
        report.report(Message.MISSING_DESCRIPTION, catalog.type(), status.description(), code + " " + title);
      }
      for (Header header : status.headers()) {
        validateHeader(catalog, header, report);
      }
      String explicitName = status.name().get();
      String constant = Names.constantName(explicitName, title);
      if (!Names.isConstantName(constant)) {
        var where = status.name().isExplicit() ? status.name() : status.title();
        report.report(
            Message.CONSTANT_NAME_INVALID, catalog.type(), where,
            status.name().isExplicit() ? explicitName : title,
            status.name().isExplicit() ? "" : " (derived from the title)",
            suggestion(constant, code));
      } else {
        Status earlier = constants.putIfAbsent(constant, status);
        if (earlier != null) {
          report.report(
              Message.CONSTANT_NAME_DUPLICATE, catalog.type(), status.title(),
              "Status " + earlier.code().get(), "status " + code,
              catalog.name().get() + "Status", constant);
        }
      }
    }
  }

  private static void validateHeader(Catalog catalog, Header header, Report report) {
    String name = header.name().get();
    String value = header.value().get();
    if (name == null || value == null) {
      return;
    }
    if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
      report.report(
          Message.HEADER_INVALID, catalog.type(), header.name(), '"' + name + '"',
          "a header name is a token of letters, digits and !#$%&'*+.^_`|~- (RFC 9110)");
    } else if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
      report.report(
          Message.HEADER_INVALID, catalog.type(), header.value(), name,
          "its value contains CR, LF or NUL, which would split or end the header");
    }
  }

  private static String suggestion(String constant, int code) {
    String cleaned = constant.replaceAll("[^A-Za-z0-9_]", "").toUpperCase(Locale.ROOT);
    return cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) ? "STATUS_" + code : cleaned;
  }
}
