package dev.errorcontract.processor.generate;

import java.util.List;

/**
 * Writes Java source text exactly as JavaPoet's {@code CodeWriter} lays it out (indentation, Javadoc
 * prefixes, blank Javadoc lines, the double indentation of a statement's continuation lines), for the
 * members a catalog repeats once per error: built as JavaPoet specs, a thousand of them cost more to
 * build and render (twice: once for the imports, once for the text) than javac takes to compile them.
 * Only what those members use is here: no line wrapping (a caller keeps lines that JavaPoet could wrap
 * within its 100 columns, or lets JavaPoet write them), no type names (the caller passes them as
 * JavaPoet printed them).
 */
final class SourceText {

  /** JavaPoet's column limit: a line that could wrap and is longer is not written here. */
  static final int COLUMN_LIMIT = 100;
  private static final String INDENT = "  ";

  private final StringBuilder out;
  private int level;
  private boolean trailingNewline = true;
  private boolean javadoc;
  private int statementLine = -1;

  SourceText(StringBuilder out, int level) {
    this.out = out;
    this.level = level;
  }

  void indent() {
    level++;
  }

  void unindent() {
    level--;
  }

  /** The current indentation's width in columns. */
  int column() {
    return level * INDENT.length();
  }

  /** {@code text} as JavaPoet's {@code emitAndIndent} writes it. */
  SourceText emit(String text) {
    if (!hasLineBreak(text)) {
      line(text);
      return this;
    }
    // Split where JavaPoet splits, at every match of the regular expression \R (a CR LF pair, or one of
    // LF, VT, FF, CR, NEL, LS and PS), keeping empty pieces; scanned by hand: a Pattern's matcher per
    // piece showed in the processor's profile.
    boolean first = true;
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = start;
      while (end < length && !isLineBreak(text.charAt(end))) {
        end++;
      }
      String line = text.substring(start, end);
      start = end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
          ? end + 2 : end + 1;
      if (!first) {
        if (javadoc && trailingNewline) {
          indentation();
          out.append(" *");
        }
        out.append('\n');
        trailingNewline = true;
        if (statementLine != -1) {
          if (statementLine == 0) {
            level += 2;
          }
          statementLine++;
        }
      }
      first = false;
      line(line);
    }
    return this;
  }

  private void line(String line) {
    if (line.isEmpty()) {
      return;
    }
    if (trailingNewline) {
      indentation();
      if (javadoc) {
        out.append(" * ");
      }
    }
    out.append(line);
    trailingNewline = false;
  }

  /** A Javadoc comment of these pieces, each written as one piece (see {@link GeneratedFiles#runs}). */
  SourceText javadoc(List<String> pieces) {
    emit("/**\n");
    javadoc = true;
    for (String piece : pieces) {
      emit(piece);
    }
    javadoc = false;
    if (out.charAt(out.length() - 1) != '\n') {
      emit("\n");
    }
    return emit(" */\n");
  }

  /** {@code code;} as one statement, its continuation lines indented twice. */
  SourceText statement(String code) {
    statementLine = 0;
    emit(code);
    emit(";\n");
    if (statementLine > 0) {
      level -= 2;
    }
    statementLine = -1;
    return this;
  }

  private void indentation() {
    for (int i = 0; i < level; i++) {
      out.append(INDENT);
    }
  }

  private static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isLineBreak(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** One of the characters of {@code \R}: LF, VT, FF, CR, NEL, LS, PS. */
  private static boolean isLineBreak(char c) {
    return (c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
