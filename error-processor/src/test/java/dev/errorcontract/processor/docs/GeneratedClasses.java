package dev.errorcontract.processor.docs;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Loads the classes a compile-testing compilation generated, so their real bodies can be read. */
final class GeneratedClasses extends ClassLoader {

  private final Compilation compilation;

  GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    this.compilation = compilation;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    Optional<JavaFileObject> file =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name.replace('.', '/') + ".class");
    if (file.isEmpty()) {
      throw new ClassNotFoundException(name);
    }
    try (InputStream in = file.get().openInputStream()) {
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
