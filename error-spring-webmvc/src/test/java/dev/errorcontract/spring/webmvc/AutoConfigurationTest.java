package dev.errorcontract.spring.webmvc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.internal.answering.ClassPathCatalogs;
import dev.errorcontract.spring.webmvc.app.ShopApplication;
import dev.errorcontract.spring.webmvc.app.ShopError;
import dev.errorcontract.spring.webmvc.plain.PlainApplication;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the auto-configuration does with the class path it finds: one catalog needs nothing, several
 * need the property or fail to start with a message that says so, {@code error-contract.webmvc.enabled=false}
 * leaves Spring alone, and without Spring MVC (or as no web application) it backs off.
 */
class AutoConfigurationTest {

  @TempDir Path dir;

  /** A class loader whose catalog index lists only {@code lines}, as a jar with those catalogs would. */
  private ClassLoader withIndex(String... lines) throws IOException {
    Path index = dir.resolve("catalogs");
    Files.writeString(index, "# test index\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    URL url = index.toUri().toURL();
    return new ClassLoader(getClass().getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (ClassPathCatalogs.INDEX.equals(name)) {
          return lines.length == 0 ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
        }
        return super.getResources(name);
      }
    };
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  @Test
  void oneCatalogOnTheClassPathNeedsNoConfiguration() throws Exception {
    try (RunningApp app = RunningApp.start(ShopApplication.class, withIndex(ShopError.class.getName()))) {
      assertEquals(ShopError.table(), app.context().getBean(WebMvcErrorContract.class).table());
      HttpResponse<byte[]> response = app.get("/nope");
      assertEquals(404, response.statusCode());
      assertEquals("{\"detail\":\"No such route\"}", new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void twoCatalogsWithoutThePropertyFailToStartNamingThem() {
    Throwable failure = assertThrows(Throwable.class, () -> RunningApp.start(ShopApplication.class).close());
    Throwable root = rootCause(failure);
    assertEquals(IllegalStateException.class, root.getClass());
    assertEquals(
        "error-contract: the class path holds 5 error catalogs [Shop, Orders, Mailchimp, Supplied, Contract]; set"
            + " error-contract.webmvc.catalog"
            + " to the one that answers what Spring and the server raise (unknown paths, 405, unreadable"
            + " bodies, unexpected failures). Each catalog's exceptions answer as their own catalog"
            + " documents either way",
        root.getMessage());
  }

  @Test
  void aCatalogPropertyNamingNoCatalogFailsToStart() {
    Throwable root = rootCause(assertThrows(Throwable.class,
        () -> RunningApp.start(ShopApplication.class, "error-contract.webmvc.catalog=Passport").close()));
    assertEquals(
        "error-contract: error-contract.webmvc.catalog=Passport names no catalog on the class path; the catalogs"
            + " are [Shop, Orders, Mailchimp, Supplied, Contract]",
        root.getMessage());
  }

  @Test
  void noCatalogOnTheClassPathFailsToStart() throws Exception {
    ClassLoader empty = withIndex();
    Throwable root = rootCause(assertThrows(Throwable.class,
        () -> RunningApp.start(ShopApplication.class, empty).close()));
    assertEquals(
        "error-contract: no error catalog on the class path (no META-INF/error-contract/catalogs):"
            + " compile the catalog with error-processor on the annotation processor path, or set"
            + " error-contract.webmvc.enabled=false to leave Spring's error handling alone",
        root.getMessage());
  }

  @Test
  void thePropertySwitchesItOff() throws Exception {
    try (RunningApp app = RunningApp.start(ShopApplication.class, "error-contract.webmvc.enabled=false")) {
      assertTrue(app.context().getBeansOfType(WebMvcErrorContract.class).isEmpty());
      assertTrue(!app.context().containsBean("errorContractFilter"));
      // Spring Boot's own answer again: its JSON, not the catalog's.
      HttpResponse<byte[]> response = app.get("/nope");
      assertEquals(404, response.statusCode());
      String body = new String(response.body(), StandardCharsets.UTF_8);
      assertTrue(body.contains("\"timestamp\"") && body.contains("\"path\":\"/nope\""), body);
    }
  }

  @Test
  void withoutSpringMvcItBacksOffAndTheServerStarts() {
    ClassLoader noMvc = new FilteredClassLoader("org.springframework.web.servlet");
    try (RunningApp app = RunningApp.start(PlainApplication.class, noMvc, "spring.main.web-application-type=servlet")) {
      assertTrue(app.context().getBeansOfType(WebMvcErrorContract.class).isEmpty());
      assertTrue(!app.context().containsBean("errorContractFilter"));
    }
  }

  @Test
  void asNoWebApplicationItBacksOff() {
    SpringApplication application = new SpringApplication(PlainApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off")) {
      assertTrue(context.getBeansOfType(WebMvcErrorContract.class).isEmpty());
    }
  }
}
