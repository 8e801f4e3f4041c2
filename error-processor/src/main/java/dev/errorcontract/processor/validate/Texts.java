package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;

/** Rules every published text shares. */
final class Texts {

  private Texts() {}

  /**
   * The most bytes a text may take once encoded. A class file holds a string constant in at most 65,535
   * bytes of modified UTF-8, and generated code holds texts as written and inside JSON bodies (where a
   * control character takes six bytes); the margin leaves room for the body around it.
   */
  static final int MAX_ENCODED_BYTES = 65_535 - 1_024;

  /** Reports a text generated code could not hold as one constant. {@code what}: "detail", ... */
  static void checkLength(Catalog catalog, Located<String> text, String what, Report report) {
    String value = text.get();
    if (value == null || value.length() * 6L <= MAX_ENCODED_BYTES) {
      return; // the common case: short enough whatever it holds
    }
    long bytes = encodedLength(value);
    if (bytes > MAX_ENCODED_BYTES) {
      report.report(Message.TEXT_TOO_LONG, catalog.type(), text, what, String.format("%,d", bytes));
    }
  }

  /** The modified UTF-8 length of the text as a JSON string, the larger of the two forms. */
  static long encodedLength(String text) {
    long bytes = 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        bytes += 6;
      } else if (c == '"' || c == '\\') {
        bytes += 2;
      } else if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** A text for a message: quoted, its invisible characters written as escapes so a reader sees them. */
  static String shown(String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          || Character.isWhitespace(c) && c != ' ') {
        shown.append(String.format("\\u%04X", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    return shown.toString();
  }

  /** Whether an optional text is absent or empty: a member left at its default. */
  static boolean empty(String text) {
    return text == null || text.isEmpty();
  }
}
