package dev.errorcontract.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.errorcontract.processor.model.ErrorModel;
import dev.errorcontract.processor.model.StatusModel;

/** Javadoc written from the published text, so the generated API documents itself. */
final class Javadocs {

  private Javadocs() {}

  /** {@code 400 Bad request: "Invalid nonce". The `nonce` ... could not be verified} */
  static CodeBlock error(ErrorModel error, StatusModel status) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("$L $L: \"$L\".\n", status.code(), GeneratedFiles.javadoc(status.title()),
            GeneratedFiles.javadoc(error.detail()));
    if (!error.description().isEmpty()) {
      doc.add("\n<p>$L\n", GeneratedFiles.javadoc(error.description()));
    }
    if (error.code() != null) {
      doc.add("\n<p>Machine code {@code $L}.\n", GeneratedFiles.javadoc(error.code()));
    }
    return doc.build();
  }
}
