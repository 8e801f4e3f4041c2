package dev.errorcontract.processor.jaxrs;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The generated JAX-RS feature, fixed to the byte, and generated only when error-jaxrs is on the class
 * path. Regenerate after an intended change with {@code ./mvnw verify -pl error-catalog,error-processor
 * -Dgolden.update=true} and review the diff.
 */
class FeatureGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/feature/ShopFeature.java");

  private static final String CATALOG = """
      package shop;

      import dev.errorcontract.catalog.*;

      /** The Shop API's published error table. */
      @ErrorCatalog("Shop")
      @Status(code = 400, title = "Bad Request", description = "The request is invalid.")
      @Status(code = 404, title = "Not Found", description = "No such resource.")
      @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
      @ApiError(status = 404, detail = "No such route", description = "No route matches the path.",
          answers = Condition.UNKNOWN_PATH)
      @FieldBody("message")
      @SuppressWarnings("error-contract:status-answer-added")
      interface ShopErrors {}
      """;

  /** A stand-in for error-jaxrs's public type, so the processor's tests need not depend on that module. */
  static final String JAXRS_RUNTIME = """
      package dev.errorcontract.jaxrs;

      /** Stand-in. */
      public final class ErrorContractFeature implements jakarta.ws.rs.core.Feature {
        /** Stand-in. */
        private ErrorContractFeature() {}

        /**
         * Stand-in.
         *
         * @param table the table
         * @return a feature
         */
        public static ErrorContractFeature of(dev.errorcontract.catalog.ErrorTable table) {
          return new ErrorContractFeature();
        }

        @Override
        public boolean configure(jakarta.ws.rs.core.FeatureContext context) {
          return true;
        }
      }
      """;

  private static Compilation compile(boolean withJaxrs) {
    return compile(CATALOG, withJaxrs);
  }

  private static Compilation compile(String catalog, boolean withJaxrs) {
    List<JavaFileObject> sources = withJaxrs
        ? List.of(JavaFileObjects.forSourceString("shop.ShopErrors", catalog),
            JavaFileObjects.forSourceString("dev.errorcontract.jaxrs.ErrorContractFeature", JAXRS_RUNTIME))
        : List.of(JavaFileObjects.forSourceString("shop.ShopErrors", catalog));
    Compilation compilation = javac()
        .withProcessors(new ErrorCatalogProcessor())
        // As strict as a user's build may be: the generated feature must compile clean under it.
        .withOptions("-Xlint:all,-processing", "-Xdoclint", "-Werror", "--release", "17")
        .compile(sources);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(),
        () -> String.valueOf(compilation.diagnostics()));
    return compilation;
  }

  @Test
  void generatedFeatureMatchesTheGoldenFile() throws IOException {
    String actual = compile(true)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "shop", "ShopFeature.java")
        .orElseThrow(() -> new AssertionError("ShopFeature not generated"))
        .getCharContent(true)
        .toString();
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
  }

  /** Issue 24: a catalog of someone else's API gets no server glue, error-jaxrs on the class path or not. */
  @Test
  void aClientOnlyCatalogGetsNoServerGlue() {
    // Without answers: nothing of a client-only catalog answers a condition (client-only-answers warns).
    Compilation compilation = compile(CATALOG.replace("@ErrorCatalog(\"Shop\")",
        "@ErrorCatalog(value = \"Shop\", clientOnly = true)")
        .replace(",\n    answers = Condition.UNKNOWN_PATH)", ")"), true);
    List<String> generated = compilation.generatedSourceFiles().stream()
        .map(f -> f.toUri().getPath().replaceFirst("^/SOURCE_OUTPUT/", "")).sorted().toList();
    assertEquals(List.of("shop/ShopDecoder.java", "shop/ShopError.java", "shop/ShopException.java",
        "shop/ShopStatus.java"), generated);
    assertTrue(compile(true).generatedSourceFiles().size() > generated.size());
  }

  @Test
  void withoutTheJaxrsGlueNoFeatureIsGenerated() {
    assertTrue(compile(false)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "shop", "ShopFeature.java")
        .isEmpty());
  }
}
