package dev.errorcontract.processor.docs;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles catalogs with the processor and reads back what it wrote. */
final class DocsCompiler {

  private DocsCompiler() {}

  /** Compiles with {@code -Aerrorcontract.projectDir=projectDir} when it is not null. */
  static Compilation compile(Path projectDir, JavaFileObject... sources) {
    List<String> options = new ArrayList<>();
    if (projectDir != null) {
      options.add("-Aerrorcontract.projectDir=" + projectDir);
    }
    return javac().withProcessors(new ErrorCatalogProcessor()).withOptions(options).compile(sources);
  }

  /** A documentation resource the compilation wrote, such as {@code Passport.md}. */
  static byte[] resource(Compilation compilation, String name) {
    JavaFileObject file = compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/" + name)
        .orElseThrow(() -> new AssertionError("not generated: " + name + "; generated: "
            + compilation.generatedFiles()));
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Compilation compilation, String name) {
    return new String(resource(compilation, name), StandardCharsets.UTF_8);
  }

  /** A test resource of this package, such as {@code passport-errors.md}. */
  static String testResource(String name) {
    try (InputStream in = DocsCompiler.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} to {@code dir/relative}, creating directories. */
  static void write(Path dir, String relative, String text) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
