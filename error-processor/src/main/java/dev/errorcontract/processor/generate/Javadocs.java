package dev.errorcontract.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.errorcontract.processor.model.ErrorModel;
import dev.errorcontract.processor.model.StatusModel;
import java.util.ArrayList;
import java.util.List;

/** Javadoc written from the published text, so the generated API documents itself. */
final class Javadocs {

  private Javadocs() {}

  /**
   * {@code 400 Bad request: "Invalid nonce". The `nonce` ... could not be verified}. Joined into one
   * piece of text ({@link GeneratedFiles#text}): every error carries it twice, on its constant and on its
   * exception.
   */
  static CodeBlock error(ErrorModel error, StatusModel status) {
    List<String> doc = new ArrayList<>(List.of(
        status.code() + " ", GeneratedFiles.javadoc(status.title()),
        ": \"", GeneratedFiles.javadoc(error.detail()), "\".\n"));
    if (!error.description().isEmpty()) {
      doc.addAll(List.of("\n<p>", GeneratedFiles.javadoc(error.description()), "\n"));
    }
    if (error.code() != null) {
      doc.addAll(List.of("\n<p>Machine code {@code ", GeneratedFiles.javadoc(error.code()), "}.\n"));
    }
    return GeneratedFiles.text(doc.toArray(String[]::new));
  }
}
