package dev.errorcontract.processor.operations;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcontract.processor.operations.OperationSources.SHOP;
import static dev.errorcontract.processor.operations.OperationSources.columnOf;
import static dev.errorcontract.processor.operations.OperationSources.lineOf;
import static dev.errorcontract.processor.operations.OperationSources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Resources compiled against a catalog that was compiled before (a jar on the class path): the catalog
 * is read from its class files (CLASS retention), checked and documented the same way.
 */
class CatalogFromJarTest {

  /** The catalog's class files, written to a directory used as the class path. */
  private static Path compiledCatalog() throws IOException {
    Compilation catalog = Compiler.javac().withProcessors(new ErrorCatalogProcessor()).compile(SHOP);
    assertThat(catalog).succeeded();
    Path dir = Files.createTempDirectory("catalog-jar");
    for (JavaFileObject file : catalog.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        Path target = dir.resolve(path.substring(path.indexOf("/test/") + 1));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    return dir;
  }

  private static Compilation compileResource(Path catalog, JavaFileObject resource) {
    List<File> classPath = new ArrayList<>();
    classPath.add(catalog.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return Compiler.javac().withProcessors(new OperationsProcessor()).withClasspath(classPath).compile(resource);
  }

  @Test
  void anUndeclaredThrowIsFoundWithACatalogFromTheClassPath() throws IOException {
    JavaFileObject resource = source("Orders", """
        package test;
        import jakarta.ws.rs.*;
        @Path("/orders")
        public class Orders {
          @GET
          public String list() throws ShopException.InvalidLimit {
            if (System.nanoTime() > 0) {
              throw new ShopException.InvalidLimit();
            }
            throw new ShopException.NoSuchOrder();
          }
        }
        """);
    Compilation compilation = compileResource(compiledCatalog(), resource);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:operation-undeclared-error] New ShopException.NoSuchOrder(...)")
        .inFile(resource)
        .onLine(lineOf(resource, "new ShopException.NoSuchOrder()"))
        .atColumn(columnOf(resource, "new ShopException.NoSuchOrder()"));
  }

  @Test
  void theOperationsAreDocumentedFromTheCatalogsClassFiles() throws IOException {
    JavaFileObject resource = source("Orders", """
        package test;
        import jakarta.ws.rs.*;
        @Path("/orders")
        public class Orders {
          @GET
          public String list() throws ShopException.InvalidLimit {
            throw new ShopException.InvalidLimit();
          }
        }
        """);
    Compilation compilation = compileResource(compiledCatalog(), resource);
    assertThat(compilation).succeededWithoutWarnings();
    String page = compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/Shop.operations.md")
        .orElseThrow().getCharContent(true).toString();
    assertThat(page).contains("## GET /orders");
    assertThat(page).contains("| 400    | Invalid limit         | The limit is over 100.");
  }
}
