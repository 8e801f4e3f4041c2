package dev.errorcontract.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errorcontract.processor.diagnostics.Sources.columnOf;
import static dev.errorcontract.processor.diagnostics.Sources.lineOf;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Exact diagnostics: the whole text, the file, the line and the column of one report of a key. */
final class Exact {

  private Exact() {}

  /**
   * Asserts {@code compilation} reported {@code key} exactly once, as {@code kind}, with exactly {@code text}
   * (without the key's prefix), in {@code file} where {@code marker} starts.
   */
  static void assertOnly(Compilation compilation, Diagnostic.Kind kind, Message message, String text,
      JavaFileObject file, String marker) {
    String prefix = "[error-contract:" + message.key() + "] ";
    var found = compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith(prefix))
        .toList();
    assertWithMessage("diagnostics of %s among %s", message.key(), compilation.diagnostics()).that(found).hasSize(1);
    var d = found.get(0);
    assertWithMessage("kind").that(d.getKind()).isEqualTo(kind);
    assertWithMessage("text").that(d.getMessage(Locale.ROOT)).isEqualTo(prefix + text);
    assertWithMessage("file").that(d.getSource() == null ? null : d.getSource().toUri()).isEqualTo(file.toUri());
    assertWithMessage("line").that(d.getLineNumber()).isEqualTo((long) lineOf(file, marker));
    assertWithMessage("column").that(d.getColumnNumber()).isEqualTo((long) columnOf(file, marker));
  }

  /** Asserts {@code compilation} reported nothing of {@code message}'s key. */
  static void assertNone(Compilation compilation, Message message) {
    String prefix = "[error-contract:" + message.key() + "]";
    assertWithMessage("diagnostics of %s", message.key())
        .that(compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.startsWith(prefix))
            .toList())
        .isEmpty();
  }
}
