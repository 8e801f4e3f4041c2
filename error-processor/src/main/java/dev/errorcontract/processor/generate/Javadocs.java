package dev.errorcontract.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.derive.StatusModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc written from the published text, so the generated API documents itself. Published text is
 * only ever written through {@link GeneratedFiles#javadoc}, and never inside an inline tag, where a
 * brace of its own would end the tag.
 */
final class Javadocs {

  private Javadocs() {}

  /** {@code 500, 502 Server Errors: The description.} */
  static CodeBlock status(StatusModel status) {
    List<String> doc = new ArrayList<>(List.of(status.codeCell(), " ", GeneratedFiles.javadoc(status.title())));
    if (!status.description().isEmpty()) {
      doc.addAll(List.of(": ", GeneratedFiles.javadoc(status.description())));
    }
    doc.add(endsSentence(doc.get(doc.size() - 1)) ? "\n" : ".\n");
    if (!status.titlePublished()) {
      doc.add("\n<p>The page gives no title; this is the standard reason phrase.\n");
    }
    if (status.isDeprecated()) {
      doc.addAll(List.of("\n@deprecated ", GeneratedFiles.javadoc(status.deprecated()), "\n"));
    }
    return GeneratedFiles.text(doc.toArray(String[]::new));
  }

  /**
   * {@code 400 Bad request: "Invalid nonce". The `nonce` ... could not be verified}, then the machine
   * code and the conditions answered. Joined into one piece of text ({@link GeneratedFiles#text}):
   * every error carries it twice, on its constant and on its exception.
   */
  static CodeBlock error(ErrorModel error) {
    return GeneratedFiles.text(errorPieces(error));
  }

  /** The Javadoc of {@link #error} as the pieces JavaPoet emits ({@link GeneratedFiles#runs}). */
  static List<String> errorRuns(ErrorModel error) {
    return GeneratedFiles.runs(errorPieces(error));
  }

  private static String[] errorPieces(ErrorModel error) {
    StatusModel status = error.status();
    String codes = error.addedByLibrary() ? status.codeCell() : Integer.toString(error.code());
    List<String> doc = new ArrayList<>(List.of(
        codes, " ", GeneratedFiles.javadoc(status.title()),
        ": \"", GeneratedFiles.javadoc(error.detail()), endsSentence(error.detail()) ? "\"\n" : "\".\n"));
    if (!error.description().isEmpty()) {
      doc.addAll(List.of("\n<p>", GeneratedFiles.javadoc(error.description()), "\n"));
    }
    if (error.machineCode() != null) {
      doc.addAll(List.of("\n<p>Machine code <code>", GeneratedFiles.javadoc(error.machineCode()), "</code>.\n"));
    }
    if (error.addedByLibrary()) {
      doc.add("\n<p>The page has no row answering this status; the library added this answer, its title as"
          + " the detail.\n");
    }
    List<String> conditions = new ArrayList<>();
    for (Condition condition : error.answers()) {
      if (condition != Condition.STATUS) {
        conditions.add("<code>" + condition.name() + "</code>");
      }
    }
    if (!conditions.isEmpty()) {
      doc.addAll(List.of("\n<p>Also answers ", String.join(", ", conditions), ".\n"));
    }
    if (error.isDeprecated()) {
      doc.addAll(List.of("\n@deprecated ", GeneratedFiles.javadoc(error.deprecated()), "\n"));
    }
    return doc.toArray(String[]::new);
  }

  /** Whether published text ends a sentence itself, so that no full stop is added after it. */
  private static boolean endsSentence(String text) {
    return text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
  }
}
