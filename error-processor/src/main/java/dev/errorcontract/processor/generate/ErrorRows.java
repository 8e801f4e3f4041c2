package dev.errorcontract.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.internal.ErrorRow;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.derive.ErrorModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The constants of {@code <Name>Error} and their row methods, one each per error, written as text
 * exactly as JavaPoet writes the specs {@link ErrorEnumGenerator} builds for them (see {@link
 * NestedExceptions} for why). JavaPoet renders the enum with a placeholder constant, whose arguments
 * name the types the constants and rows use as the file names them, and a placeholder method where the
 * row methods go; both are replaced. The constants and rows introduce no name of their own that could
 * change how JavaPoet names a type, so the names read from the placeholder are theirs. A row's
 * conditions are wrapped as JavaPoet wraps them; where it could wrap a signature (longer than its 100
 * columns) the caller lets JavaPoet write the whole file.
 */
final class ErrorRows {

  /** The placeholder constant. */
  static final String CONSTANTS = "ERRORCONTRACT$CONSTANTS";
  /** The placeholder method, where the row methods go. */
  static final MethodSpec ROWS_PLACEHOLDER =
      MethodSpec.methodBuilder("errorContract$rows").addModifiers(Modifier.PRIVATE, Modifier.STATIC).build();
  private static final String ROWS_TEXT = "  private static void errorContract$rows() {\n  }\n";

  private final CatalogModel catalog;

  ErrorRows(CatalogModel catalog) {
    this.catalog = catalog;
  }

  /** The placeholder constant: its arguments are the types the constants and rows name. */
  static TypeSpec constantsPlaceholder(ClassName status) {
    return TypeSpec.anonymousClassBuilder("$T, $T, $T, $T", status, ErrorRow.class, Condition.class,
        Deprecated.class).build();
  }

  /**
   * {@code file}, JavaPoet's rendering with the placeholders, with the constants and row methods in
   * their place; {@code null} where a line is one JavaPoet could wrap.
   */
  String render(String file) {
    List<ErrorModel> errors = catalog.errors();
    String constantsStart = "\n  " + CONSTANTS + "(";
    int constants = file.indexOf(constantsStart);
    int constantsEnd = constants < 0 ? -1 : file.indexOf(");\n", constants);
    int rows = file.indexOf("\n" + ROWS_TEXT);
    if (errors.isEmpty() || constants < 0 || constantsEnd < 0 || rows < constantsEnd) {
      return null;
    }
    String[] names = file.substring(constants + constantsStart.length(), constantsEnd).split(", ", -1);
    if (names.length != 4) {
      return null;
    }
    String status = names[0];
    String errorRow = names[1];
    String condition = names[2];
    String deprecated = names[3];
    StringBuilder out = new StringBuilder(file.length() + errors.size() * 1_000);
    out.append(file, 0, constants + 1);
    SourceText constantsText = new SourceText(out, 1);
    for (int i = 0; i < errors.size(); i++) {
      ErrorModel error = errors.get(i);
      if (i > 0) {
        constantsText.emit("\n");
      }
      constantsText.javadoc(Javadocs.errorRuns(error));
      if (error.isDeprecated()) {
        constantsText.emit("@" + deprecated + "\n");
      }
      constantsText.emit(error.constantName() + "(" + status + "." + error.status().constantName() + ", "
          + ErrorEnumGenerator.rowMethod(error) + "())");
      constantsText.emit(i + 1 < errors.size() ? ",\n" : ";\n");
    }
    out.append(file, constantsEnd + 3, rows + 1);
    SourceText rowsText = new SourceText(out, 1);
    for (int i = 0; i < errors.size(); i++) {
      if (i > 0) {
        rowsText.emit("\n");
      }
      if (!row(rowsText, errors.get(i), errorRow, condition)) {
        return null;
      }
    }
    return out.append(file, rows + 1 + ROWS_TEXT.length(), file.length()).toString();
  }

  /**
   * {@code .answers(Condition.A, Condition.B)}, the conditions separated as JavaPoet's {@code ",$W"}
   * separates them: a space, or a new line where the next condition (with its comma, or the closing
   * parenthesis and the statement's semicolon) would pass column 100. The line is a continuation of the
   * statement, two levels in from the method body ({@code body} columns); a wrapped one is two further
   * levels in, of which {@link SourceText} writes the first two.
   */
  private static String answers(ErrorModel error, String condition, int body) {
    List<String> words = new ArrayList<>();
    List<Condition> answers = new ArrayList<>(error.answers());
    for (int i = 0; i < answers.size(); i++) {
      boolean last = i + 1 == answers.size();
      words.add(condition + "." + answers.get(i).name()
          + (!last ? "," : error.addedByLibrary() ? ")" : ");"));
    }
    StringBuilder text = new StringBuilder(".answers(").append(words.get(0));
    int column = body + 4 + text.length();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      if (column + 1 + word.length() > SourceText.COLUMN_LIMIT) {
        text.append("\n    ").append(word);
        column = body + 8 + word.length();
      } else {
        text.append(' ').append(word);
        column += 1 + word.length();
      }
    }
    // The statement's own semicolon follows; it was counted above.
    return text.charAt(text.length() - 1) == ';' ? text.substring(0, text.length() - 1) : text.toString();
  }

  /** What {@code ErrorEnumGenerator.rowMethods} builds for one error; false where a line could wrap. */
  private static boolean row(SourceText out, ErrorModel error, String errorRow, String condition) {
    out.javadoc(GeneratedFiles.runs("The published values of {@link #", error.constantName(),
        "}, built here rather than in the constant's arguments\n"
            + "to keep the enum's initializer small: the JVM limits it to 64 KB.\n\n@return the row\n"));
    String signature = "private static " + errorRow + " " + ErrorEnumGenerator.rowMethod(error) + "() {";
    if (out.column() + signature.length() > SourceText.COLUMN_LIMIT) {
      return false;
    }
    out.emit(signature + "\n");
    out.indent();
    StringBuilder code = new StringBuilder("return ").append(errorRow).append(ErrorEnumGenerator.rowCalls(error));
    if (!error.answers().isEmpty()) {
      code.append('\n').append(answers(error, condition, out.column()));
    }
    if (error.addedByLibrary()) {
      code.append("\n.addedByLibrary()");
    }
    out.statement(code.toString());
    out.unindent();
    out.emit("}\n");
    return true;
  }
}
