package dev.errorcontract.processor.evolution;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles corpus catalogs and hands out the {@code .catalog.json} they give, each compiled once. */
final class Contracts {

  private static final Map<String, byte[]> CATALOG_JSON = new ConcurrentHashMap<>();
  static final String BASELINE = ",\n    baseline = \"contract/Shop.catalog.json\"";

  private Contracts() {}

  /** Compiles a catalog of package {@code shop}, with the project directory when not null. */
  static Compilation compile(String source, Path projectDir) {
    List<String> options = new ArrayList<>();
    if (projectDir != null) {
      options.add("-Aerrorcontract.projectDir=" + projectDir);
    }
    JavaFileObject file = JavaFileObjects.forSourceString("shop.ShopErrors", source);
    return javac().withProcessors(new ErrorCatalogProcessor()).withOptions(options).compile(file);
  }

  /** The {@code Shop.catalog.json} a compilation wrote, if it wrote one. */
  static Optional<byte[]> catalogJson(Compilation compilation) {
    if (compilation.status() != Compilation.Status.SUCCESS) {
      return Optional.empty(); // compile-testing hands out no file of a failed compilation
    }
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/Shop.catalog.json")
        .map(file -> {
          try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * The {@code .catalog.json} of a version, compiled without its baseline (as that release was): what
   * a project checks in as the next release's baseline.
   */
  static byte[] released(String source) {
    String withoutBaseline = withoutBaseline(source);
    return CATALOG_JSON.computeIfAbsent(withoutBaseline, text -> {
      Compilation compilation = compile(text, null);
      return catalogJson(compilation).orElseThrow(() -> new AssertionError(
          "the version does not compile: " + compilation.diagnostics() + "\n" + text));
    });
  }

  static String withoutBaseline(String source) {
    if (!source.contains(BASELINE)) {
      throw new IllegalArgumentException("no baseline line in\n" + source);
    }
    return source.replace(BASELINE, "");
  }

  /** Writes the baseline where the corpus catalogs look for it, under a new project directory. */
  static Path projectWithBaseline(byte[] baseline) {
    try {
      Path project = Files.createTempDirectory("error-contract-evolution");
      Files.createDirectories(project.resolve("contract"));
      Files.write(project.resolve("contract/Shop.catalog.json"), baseline);
      return project;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
