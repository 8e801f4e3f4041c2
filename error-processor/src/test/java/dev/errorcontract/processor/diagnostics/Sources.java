package dev.errorcontract.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * Compiles declarations with the processor and checks where its diagnostics land. Positions are
 * computed from the source text (the line, and the column, of a marker string) rather than written as
 * numbers, so a test states which value it expects to be blamed.
 */
final class Sources {

  private Sources() {}

  /** A source file of the {@code test} package, from its simple type name and text. */
  static JavaFileObject source(String simpleName, String text) {
    return JavaFileObjects.forSourceString("test." + simpleName, text);
  }

  static Compilation compile(JavaFileObject... files) {
    return Compiler.javac().withProcessors(new ErrorCatalogProcessor()).compile(files);
  }

  /** The 1-based line of the only line containing {@code marker}. */
  static int lineOf(JavaFileObject file, String marker) {
    List<String> lines = lines(file);
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        assertWithMessage("marker %s is on more than one line", marker).that(found).isEqualTo(-1);
        found = i + 1;
      }
    }
    assertWithMessage("marker %s is not in the source", marker).that(found).isGreaterThan(0);
    return found;
  }

  /** The 1-based column where {@code marker} starts on its line. */
  static int columnOf(JavaFileObject file, String marker) {
    return lines(file).get(lineOf(file, marker) - 1).indexOf(marker) + 1;
  }

  private static List<String> lines(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString().lines().collect(Collectors.toList());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Asserts the compilation failed with exactly one error, {@code message}, in {@code file} on the line
   * (and at the column) where {@code marker} starts.
   */
  static void assertOneError(Compilation compilation, Message message, JavaFileObject file, String marker) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:" + message.key() + "]")
        .inFile(file)
        .onLine(lineOf(file, marker))
        .atColumn(columnOf(file, marker));
  }

  /** Asserts the error {@code message} was reported on the line and column of {@code marker}. */
  static void assertError(Compilation compilation, Message message, JavaFileObject file, String marker) {
    assertThat(compilation)
        .hadErrorContaining("[error-contract:" + message.key() + "]")
        .inFile(file)
        .onLine(lineOf(file, marker))
        .atColumn(columnOf(file, marker));
  }

  /** Asserts exactly one warning, {@code message}, on the line and column of {@code marker}. */
  static void assertOneWarning(Compilation compilation, Message message, JavaFileObject file, String marker) {
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[error-contract:" + message.key() + "]")
        .inFile(file)
        .onLine(lineOf(file, marker))
        .atColumn(columnOf(file, marker));
  }
}
