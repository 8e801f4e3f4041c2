package dev.errorcontract.processor.generate;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Sources compiled with the processor, and a class loader over what came out. */
public final class Compiled extends ClassLoader {

  final Compilation compilation;

  private Compiled(Compilation compilation) {
    super(Compiled.class.getClassLoader());
    this.compilation = compilation;
  }

  /** A loader over the classes of a successful compilation made elsewhere; fails the test otherwise. */
  public static Compiled of(Compilation compilation) {
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> String.valueOf(compilation.diagnostics()));
    return new Compiled(compilation);
  }

  /** Compiles {@code sources} (qualified name, then text, repeated); fails the test on any error. */
  static Compiled compile(String... namesAndSources) {
    JavaFileObject[] files = new JavaFileObject[namesAndSources.length / 2];
    for (int i = 0; i < files.length; i++) {
      files[i] = JavaFileObjects.forSourceString(namesAndSources[2 * i], namesAndSources[2 * i + 1]);
    }
    Compilation compilation = javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions("-Xlint:all,-processing", "-Xdoclint", "-Xdoclint/package:-record.shape", "-Werror", "--release", "17")
        .compile(files);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> String.valueOf(compilation.diagnostics()));
    return new Compiled(compilation);
  }

  /**
   * Compiles sources without the processor, as another build compiles sources generated elsewhere;
   * fails the test on any error.
   */
  static Compiled compileWithoutProcessor(String... namesAndSources) {
    JavaFileObject[] files = new JavaFileObject[namesAndSources.length / 2];
    for (int i = 0; i < files.length; i++) {
      files[i] = JavaFileObjects.forSourceString(namesAndSources[2 * i], namesAndSources[2 * i + 1]);
    }
    Compilation compilation = javac().withOptions("-proc:none", "--release", "17").compile(files);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> String.valueOf(compilation.diagnostics()));
    return new Compiled(compilation);
  }

  /** The text of a generated source, such as {@code shop/ShopError.java}. */
  String source(String path) {
    String pkg = path.substring(0, path.lastIndexOf('/')).replace('/', '.');
    String name = path.substring(path.lastIndexOf('/') + 1);
    JavaFileObject file = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, pkg, name)
        .orElseThrow(() -> new AssertionError("not generated: " + path));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The generated sources' paths, sorted. */
  List<String> generatedSources() {
    return compilation.generatedSourceFiles().stream()
        .map(f -> f.toUri().getPath().replaceFirst("^/SOURCE_OUTPUT/", ""))
        .sorted()
        .toList();
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    int dot = name.lastIndexOf('.');
    Optional<JavaFileObject> file = compilation.generatedFile(
        StandardLocation.CLASS_OUTPUT, name.substring(0, dot), name.substring(dot + 1) + ".class");
    if (file.isEmpty()) {
      throw new ClassNotFoundException(name);
    }
    try (InputStream in = file.get().openInputStream()) {
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }

  /** Loads a compiled class, such as {@code shop.ShopError}. */
  public Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
