package com.acme.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: an adapter written outside the library (module third-party-adapter-acme, against
 * error-processor's service interface only) ran in this module's build because the pom puts it on the
 * annotation processor path beside error-processor. What it generated is exactly what it should be, and
 * compiled with the catalog's own generated types.
 */
class ThirdPartyAdapterTest {

  /** Surefire runs in the module directory; the compiler plugin's generated sources are here. */
  private static final Path GENERATED = Path.of("target/generated-sources/annotations/com/acme/shop");

  @Test
  void theAdaptersSourceIsExactlyWhatItWrites() throws IOException {
    assertEquals(expected("ShopAcmeGlue.java.txt"), Files.readString(GENERATED.resolve("ShopAcmeGlue.java")));
  }

  @Test
  void theAdaptersSourceCompiledAgainstTheCatalogsGeneratedTypes() throws ReflectiveOperationException {
    // Compiled in this module's main compilation, so it is on the test class path as a class.
    Class<?> glue = Class.forName("com.acme.shop.ShopAcmeGlue");
    assertTrue(Modifier.isFinal(glue.getModifiers()));
    assertEquals(ShopError.NOT_FOUND, glue.getMethod("unknownPath").invoke(null));
    assertEquals(ShopError.BAD_REQUEST, glue.getMethod("unreadableBody").invoke(null));
    assertEquals(ShopError.INTERNAL_SERVER_ERROR, glue.getMethod("unexpectedFailure").invoke(null));
  }

  @Test
  void theAdaptersResourceShipsInTheClassOutput() throws IOException {
    assertEquals(expected("Shop.answers"), resource("META-INF/acme/Shop.answers"));
  }

  /**
   * The operations the adapter read from {@code @Route} methods: paths, methods, the path variable, and
   * the answers it says Acme gives by itself (404, an unreadable body), beside the declared errors.
   */
  @Test
  void theOperationsAreTheHandlersTheAdapterRead() throws IOException {
    assertEquals(expected("Shop.operations.md"), resource("META-INF/error-contract/Shop.operations.md"));
    String openApi = resource("META-INF/error-contract/operations.openapi.json");
    assertTrue(openApi.contains("\n    \"/orders/{id}\": {\n      \"get\": {\n        \"operationId\": \"Orders.order\","),
        openApi);
    assertTrue(openApi.contains("\n    \"/orders\": {\n      \"post\": {\n        \"operationId\": \"Orders.place\","),
        openApi);
  }

  private static String expected(String name) throws IOException {
    return resource("expected/" + name);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ThirdPartyAdapterTest.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
