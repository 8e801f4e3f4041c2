package dev.errorcontract.processor.generate;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IDE or an incremental build recompiles a catalog with its earlier output still on the class path.
 * There the generated types have lost {@code @Generated} (SOURCE retention); they must not be taken for
 * user types that the new output would collide with.
 */
class StaleOutputTest {

  @Test
  void earlierOutputOnTheClassPathIsNotACollision(@TempDir Path classes) throws IOException {
    Compiled first = Compiled.compile(Scenarios.FIELD.catalogType(), Scenarios.FIELD.source());
    for (JavaFileObject file : first.compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve(file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    List<File> classPath = new ArrayList<>();
    classPath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }

    Compilation again = javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withClasspath(classPath)
        .compile(JavaFileObjects.forSourceString(Scenarios.FIELD.catalogType(), Scenarios.FIELD.source()));

    assertEquals(Compilation.Status.SUCCESS, again.status(), () -> String.valueOf(again.diagnostics()));
    assertEquals(Scenarios.FIELD.generated().size(), again.generatedSourceFiles().size());
  }

  @Test
  void aUserTypeOfTheSameNameOnTheClassPathStillCollides(@TempDir Path classes) throws IOException {
    Compilation user = javac().compile(JavaFileObjects.forSourceString("field.ShopError", """
        package field;

        public enum ShopError { ONE }
        """));
    JavaFileObject userClass = user.generatedFiles().stream()
        .filter(f -> f.getKind() == JavaFileObject.Kind.CLASS)
        .findFirst()
        .orElseThrow();
    Files.createDirectories(classes.resolve("field"));
    try (InputStream in = userClass.openInputStream()) {
      Files.copy(in, classes.resolve("field/ShopError.class"));
    }
    List<File> classPath = new ArrayList<>();
    classPath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }

    Compilation compilation = javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withClasspath(classPath)
        .compile(JavaFileObjects.forSourceString(Scenarios.FIELD.catalogType(), Scenarios.FIELD.source()));

    assertEquals(Compilation.Status.FAILURE, compilation.status());
    assertEquals(
        1,
        compilation.errors().stream()
            .filter(d -> d.getMessage(null).startsWith("[error-contract:type-name-collision]"))
            .count(),
        () -> String.valueOf(compilation.errors()));
  }
}
