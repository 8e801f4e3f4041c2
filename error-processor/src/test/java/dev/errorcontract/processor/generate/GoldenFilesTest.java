package dev.errorcontract.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated sources of a small catalog, fixed to the byte. Regenerate after an intended change with
 * {@code ./mvnw verify -pl error-catalog,error-processor -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {

  static final String CATALOG = """
      package shop;

      import dev.errorcontract.catalog.*;

      /** The Shop API's published error table. */
      @ErrorCatalog(
          name = "Shop",
          statuses = {
            @Status(code = 200, title = "OK", description = "The request was successful."),
            @Status(code = 400, title = "Bad Request", description = "The request is invalid."),
            @Status(code = 401, title = "Unauthorized", description = "No valid API key.",
                headers = @Header(name = "WWW-Authenticate", value = "ApiKey realm=\\"shop\\"")),
            @Status(code = 404, title = "Not Found", description = "No such resource."),
            @Status(code = 500, title = "Internal Server Error", description = "Our fault <sorry> & */ @here.")
          },
          errors = {
            @ErrorDetail(status = 400, detail = "Invalid limit: {limit}", code = "invalid_limit",
                description = "The page limit is over 1000.", args = @Arg(name = "limit", type = int.class)),
            @ErrorDetail(status = 400, detail = "Caf\\u00e9 couldn\\u2019t \\"brew\\"", description = "Quoted, non-ASCII."),
            @ErrorDetail(status = 404, detail = "Order {orderId} of {customer} not found",
                description = "No such order.", stackTrace = StackTraces.ALWAYS,
                args = {@Arg(name = "customer", type = String.class), @Arg(name = "orderId", type = long.class)})
          })
      @FieldBody("message")
      interface ShopErrors {}
      """;

  /** A stand-in for error-jaxrs, so the feature is generated without a dependency on that module. */
  static final String JAXRS_RUNTIME = """
      package dev.errorcontract.jaxrs;

      public final class ErrorContractFeature implements jakarta.ws.rs.core.Feature {
        public static ErrorContractFeature of(dev.errorcontract.catalog.ErrorTable table) {
          return new ErrorContractFeature();
        }

        @Override
        public boolean configure(jakarta.ws.rs.core.FeatureContext context) {
          return true;
        }
      }
      """;

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    Compiled compiled = Compiled.compile(
        "shop.ShopErrors", CATALOG, "dev.errorcontract.jaxrs.ErrorContractFeature", JAXRS_RUNTIME);
    List<String> expected = List.of(
        "shop/ShopError.java", "shop/ShopException.java", "shop/ShopFeature.java", "shop/ShopStatus.java");
    assertEquals(expected, compiled.generatedSources());
    boolean update = Boolean.getBoolean("golden.update");
    for (String path : expected) {
      Path golden = GOLDEN.resolve(path);
      String actual = compiled.source(path);
      if (update) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, path);
    }
  }

  @Test
  void identicalInputGivesByteIdenticalOutput() {
    Compiled first = Compiled.compile("shop.ShopErrors", CATALOG);
    Compiled second = Compiled.compile("shop.ShopErrors", CATALOG);
    assertEquals(first.generatedSources(), second.generatedSources());
    for (String path : first.generatedSources()) {
      assertEquals(first.source(path), second.source(path), path);
    }
  }

  @Test
  void withoutTheJaxrsGlueNoFeatureIsGenerated() {
    Compiled compiled = Compiled.compile("shop.ShopErrors", CATALOG);
    assertEquals(
        List.of("shop/ShopError.java", "shop/ShopException.java", "shop/ShopStatus.java"),
        compiled.generatedSources());
  }
}
