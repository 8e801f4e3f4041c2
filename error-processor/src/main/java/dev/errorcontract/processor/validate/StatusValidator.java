package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.StatusCodes;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Header;
import dev.errorcontract.processor.collect.Declarations.Status;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.derive.Meaning;
import dev.errorcontract.processor.derive.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The rules for {@code @Status} rows. */
final class StatusValidator {

  /** Headers the server writes itself for every body: declaring one would send it twice, or wrong. */
  private static final Map<String, String> FRAMING_HEADERS = Map.of(
      "content-length", "the length of the body",
      "transfer-encoding", "how the body is framed",
      "content-type", "the body's media type");

  void validate(Catalog catalog, Meaning meaning, Attributes attributes, Report report) {
    Map<Integer, Status> covered = new HashMap<>();
    Map<String, Status> ranges = new HashMap<>();
    Map<String, Status> constants = new HashMap<>();
    for (Status status : catalog.statuses()) {
      String row = "The status row " + label(status);
      boolean codesUsable = validateCodes(catalog, status, covered, ranges, report);
      if (codesUsable && meaning.codes(status).isEmpty()) {
        report.report(Message.STATUS_RANGE_EMPTY, catalog.type(), status.range(), status.range().get());
        codesUsable = false;
      }
      boolean titleUsable = validateTitle(catalog, meaning, status, codesUsable, report);
      String description = status.description().get();
      if (description != null) {
        Texts.checkLength(catalog, status.description(), "description", report);
      }
      validateHeaders(catalog, status, report);
      attributes.validateValues(row, status.attributes(), report);
      if (codesUsable && titleUsable && meaning.title(status) != null) {
        validateConstant(catalog, meaning, status, constants, report);
        warnAddedAnswer(catalog, meaning, status, report);
      }
    }
  }

  /**
   * A status with rows of its own, none of which answers it: the library adds an answer with its title,
   * which the page may not have. The warning names the rows, one of which is likely the page's answer.
   */
  private static void warnAddedAnswer(Catalog catalog, Meaning meaning, Status status, Report report) {
    Meaning.Answer answer = meaning.statusAnswer(status);
    if (answer == null || answer.added() == null || Boolean.TRUE.equals(catalog.clientOnly().get())) {
      return;
    }
    List<String> rows = new ArrayList<>();
    for (dev.errorcontract.processor.collect.Declarations.Error error : catalog.errors()) {
      if (meaning.statusRow(error) == status && error.detail().get() != null) {
        rows.add("\"" + Texts.shown(error.detail().get()) + "\"");
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    String listed = rows.size() == 1 ? "the row " + rows.get(0)
        : rows.size() + " rows (" + String.join(", ", rows.subList(0, Math.min(rows.size(), 5)))
            + (rows.size() > 5 ? ", ..." : "") + ")";
    String label = label(status);
    report.warn(Message.STATUS_ANSWER_ADDED, catalog.type(), new Located<>(null, status.annotation(), null),
        suppress(status), label, listed, "\"" + Texts.shown(meaning.title(status)) + "\" (its title)", label,
        rows.get(0));
  }

  /** A row for messages: {@code 404}, {@code 500, 502} or {@code 5XX}. */
  static String label(Status status) {
    String cell = Meaning.codeCell(status);
    return cell.isEmpty() ? "without a code" : cell;
  }

  /** Whether the row covers codes that can be used further. */
  private static boolean validateCodes(
      Catalog catalog, Status status, Map<Integer, Status> covered, Map<String, Status> ranges, Report report) {
    String range = status.range().get();
    boolean hasRange = range != null && !range.isEmpty();
    if (status.codes().isEmpty() && !hasRange) {
      report.report(Message.STATUS_CODE_MISSING, catalog.type(), status.annotation(), null);
      return false;
    }
    if (!status.codes().isEmpty() && hasRange) {
      report.report(Message.STATUS_CODE_AND_RANGE, catalog.type(), status.range(), Meaning.codeCell(withoutRange(status)),
          range);
      return false;
    }
    if (hasRange) {
      if (Meaning.rangeClass(range) == 0) {
        report.report(Message.STATUS_RANGE_INVALID, catalog.type(), status.range(), range);
        return false;
      }
      String key = range.toUpperCase(Locale.ROOT);
      Status earlier = ranges.putIfAbsent(key, status);
      if (earlier != null) {
        report.report(Message.STATUS_DUPLICATE, catalog.type(), status.range(), key, "by two rows");
        return false;
      }
      return true;
    }
    boolean usable = true;
    for (Located<Integer> code : status.codes()) {
      if (code.get() < 100 || code.get() > 599) {
        report.report(Message.STATUS_RANGE, catalog.type(), code, code.get());
        usable = false;
        continue;
      }
      Status earlier = covered.putIfAbsent(code.get(), status);
      if (earlier != null) {
        report.report(Message.STATUS_DUPLICATE, catalog.type(), code, code.get(),
            earlier == status ? "twice by this row" : "by two rows: " + label(earlier) + " and " + label(status));
      }
    }
    return usable;
  }

  private static Status withoutRange(Status status) {
    return new Status(status.annotation(), status.code(), status.codes(),
        new Located<>("", status.annotation(), null), status.title(), status.description(), status.headers(),
        status.attributes(), status.constant(), status.suppress(), status.deprecated(), status.breaks());
  }

  /** Whether the title can name the row's constant. */
  private static boolean validateTitle(Catalog catalog, Meaning meaning, Status status, boolean codesUsable, Report report) {
    String title = status.title().get();
    if (title == null) {
      return false;
    }
    String row = label(status);
    if (!title.isEmpty() && title.isBlank()) {
      report.report(Message.TITLE_BLANK, catalog.type(), status.title(), row);
      return false;
    }
    Texts.checkLength(catalog, status.title(), "title", report);
    if (!codesUsable) {
      return false;
    }
    if (meaning.title(status) == null) {
      report.report(Message.TITLE_REQUIRED, catalog.type(), status.annotation(), null, row);
      return false;
    }
    int first = meaning.codes(status).isEmpty() ? 0 : meaning.codes(status).get(0);
    Meaning.Answer answer = meaning.statusAnswer(status);
    if (answer != null && answer.added() != null && (title.indexOf('{') >= 0 || title.indexOf('}') >= 0)) {
      // A class of codes too: its added answer's detail is its title.
      report.report(Message.TITLE_TEMPLATE, catalog.type(), status.title(), title, row, first);
    }
    if (title.isEmpty() || status.range().get() != null && !status.range().get().isEmpty()) {
      return true; // the reason phrase, or a class: nothing to compare with
    }
    String standard = StatusCodes.reasonPhrase(first);
    if (standard != null && !standard.equalsIgnoreCase(title.trim()) && meaning.codes(status).size() == 1) {
      report.warn(Message.NONSTANDARD_TITLE, catalog.type(), status.title(), suppress(status), title, row, standard);
    }
    return true;
  }

  static java.util.List<String> suppress(Status status) {
    return status.suppress().stream().map(Located::get).toList();
  }

  private static void validateHeaders(Catalog catalog, Status status, Report report) {
    Map<String, Header> seen = new HashMap<>();
    for (Header header : status.headers()) {
      String name = header.name().get();
      String value = header.value().get();
      if (name == null || value == null) {
        continue;
      }
      if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
        report.report(
            Message.HEADER_INVALID, catalog.type(), header.name(), '"' + Texts.shown(name) + '"',
            "a header name is a token of ASCII letters, digits and !#$%&'*+.^_`|~- (RFC 9110)");
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (FRAMING_HEADERS.containsKey(lower)) {
        report.report(Message.HEADER_RESERVED, catalog.type(), header.name(), name, FRAMING_HEADERS.get(lower),
            lower.equals("content-type") ? "; a catalog's media type is its body annotation's mediaType" : "");
        continue;
      }
      Header earlier = seen.putIfAbsent(lower, header);
      if (earlier != null) {
        report.report(Message.HEADER_DUPLICATE, catalog.type(), header.name(), label(status), name,
            earlier.name().get(), name);
      }
      String problem = valueProblem(value);
      if (problem != null) {
        report.report(Message.HEADER_INVALID, catalog.type(), header.value(), name, problem);
      }
      Texts.checkLength(catalog, header.value(), "header value", report);
    }
  }

  /** Why a header value cannot be sent as it is, or null (RFC 9110: visible ASCII, spaces and tabs). */
  private static String valueProblem(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        return "its value contains CR, LF or NUL, which would split or end the header";
      }
      if (c < 0x20 && c != '\t' || c == 0x7f) {
        return String.format("its value contains the control character U+%04X at index %d", (int) c, i);
      }
      if (c > 0x7e) {
        return String.format("its value contains the non-ASCII character U+%04X at index %d, which HTTP"
            + " implementations encode differently", (int) c, i);
      }
    }
    if (!value.equals(value.strip())) {
      return "its value starts or ends with whitespace, which HTTP drops";
    }
    return null;
  }

  private static void validateConstant(
      Catalog catalog, Meaning meaning, Status status, Map<String, Status> constants, Report report) {
    String constant = meaning.statusConstant(status);
    Located<?> where = status.constant().isExplicit() ? status.constant()
        : status.title().isExplicit() ? status.title() : new Located<>(null, status.annotation(), null);
    if (!Names.isConstantName(constant)) {
      report.report(
          Message.CONSTANT_NAME_INVALID, catalog.type(), where,
          status.constant().isExplicit() ? status.constant().get() : meaning.title(status),
          status.constant().isExplicit() ? "" : " (derived from the title)",
          suggestion(constant, meaning.codes(status).get(0)));
      return;
    }
    Status earlier = constants.putIfAbsent(constant, status);
    if (earlier != null) {
      report.report(
          Message.CONSTANT_NAME_DUPLICATE, catalog.type(), where,
          "Status row " + label(earlier), "status row " + label(status),
          catalog.name().get() + "Status", constant);
    }
  }

  private static String suggestion(String constant, int code) {
    String cleaned = constant.replaceAll("[^A-Za-z0-9_]", "").toUpperCase(Locale.ROOT);
    return cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) ? "STATUS_" + code : cleaned;
  }

  /** The warning keys a row may suppress. */
  static Set<String> warningKeys() {
    Set<String> keys = new java.util.TreeSet<>();
    for (Message message : Message.values()) {
      if (message.kind() == Message.Kind.WARNING) {
        keys.add("error-contract:" + message.key());
      }
    }
    return keys;
  }
}
