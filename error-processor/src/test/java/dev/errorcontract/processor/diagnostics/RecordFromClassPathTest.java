package dev.errorcontract.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errorcontract.processor.diagnostics.Sources.columnOf;
import static dev.errorcontract.processor.diagnostics.Sources.lineOf;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @RecordBody} record from the class path (a library jar) has no source, so a problem with one
 * of its components is shown where the catalog names the record: on the {@code @RecordBody} value, in
 * the catalog's own file, naming the component.
 */
class RecordFromClassPathTest {

  @TempDir Path classes;

  /** Compiles {@code source} (no processor) into {@link #classes}, as a library built earlier. */
  private void library(JavaFileObject source) throws IOException {
    Compilation compilation = javac().compile(source);
    assertThat(compilation).succeeded();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String name = file.getName().replaceFirst("^/CLASS_OUTPUT/", "");
        Path target = classes.resolve(name);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
          file.openInputStream().transferTo(out);
        }
      }
    }
  }

  private Compilation compileAgainstLibrary(JavaFileObject catalog) {
    List<File> classPath = new ArrayList<>();
    classPath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return javac().withProcessors(new ErrorCatalogProcessor()).withClasspath(classPath).compile(catalog);
  }

  @Test
  void erroneousComponentOfALibraryRecordIsShownOnTheCatalog() throws IOException {
    library(JavaFileObjects.forSourceString("lib.ApiFailure", """
        package lib;
        import dev.errorcontract.catalog.*;
        public record ApiFailure(@Bind(CatalogValue.DETAIL) String message, String hint) {}
        """));
    JavaFileObject catalog = JavaFileObjects.forSourceString("test.ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 500)
        @RecordBody(lib.ApiFailure.class)
        interface ShopErrors {}
        """);
    Compilation compilation = compileAgainstLibrary(catalog);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:record-component-unbound] Component hint of ApiFailure is bound to"
            + " nothing. ApiFailure is compiled elsewhere (it comes from the class path), so it cannot be annotated"
            + " here: declare a record of this project for the body, each component bound with @Bind(...) or a"
            + " nested record, and name it in @RecordBody")
        .inFile(catalog)
        .onLine(lineOf(catalog, ".class)"))
        .atColumn(columnOf(catalog, ".class)"));
  }

  @Test
  void aValidLibraryRecordGeneratesTheCatalog() throws IOException {
    library(JavaFileObjects.forSourceString("lib.ApiFailure", """
        package lib;
        import dev.errorcontract.catalog.*;
        public record ApiFailure(@Bind(CatalogValue.DETAIL) String message, @Bind(CatalogValue.STATUS) int status) {}
        """));
    JavaFileObject catalog = JavaFileObjects.forSourceString("test.ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Shop")
        @Status(code = 400)
        @Status(code = 500)
        @RecordBody(lib.ApiFailure.class)
        interface ShopErrors {}
        """);
    Compilation compilation = compileAgainstLibrary(catalog);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/Shop.md");
  }
}
