package dev.errorcontract.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.errorcontract.catalog.ErrorTable;
import jakarta.ws.rs.core.Feature;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glassfish.jersey.standin.StandInJerseyFeatureContext;
import org.junit.jupiter.api.Test;

/**
 * The library with neither Jersey's server nor CXF visible, as on RESTEasy, Quarkus or a servlet
 * container with another implementation: every class but the adapters loads and initializes, and the
 * feature configures, even on a runtime taken for Jersey whose SPI it cannot see. The adapters
 * themselves cannot load there, which is what makes the check mean something. Runs in every surefire
 * execution, whichever implementation it adds.
 */
class AdapterClassLoadingTest {

  private static final List<String> HIDDEN =
      List.of("org.glassfish.jersey.server.", "org.glassfish.jersey.internal.", "org.apache.cxf.",
          "jakarta.validation.");
  private static final List<String> ADAPTERS =
      List.of("dev.errorcontract.jaxrs.internal.jersey.", "dev.errorcontract.jaxrs.internal.cxf.",
          "dev.errorcontract.jaxrs.internal.validation.");

  @Test
  void everyClassButTheAdaptersLoadsWithoutJerseyOrCxf() throws Exception {
    ClassLoader loader = new Hiding(getClass().getClassLoader(), HIDDEN);
    List<String> classes = libraryClasses();
    assertTrue(classes.size() > 20, String.valueOf(classes));
    for (String name : classes) {
      if (ADAPTERS.stream().noneMatch(name::startsWith)) {
        assertEquals(loader, Class.forName(name, true, loader).getClassLoader(), name);
      }
    }
    // The classes implementing the implementations' own types cannot load here.
    for (String adapter : List.of(
        "dev.errorcontract.jaxrs.internal.jersey.JerseyUnmappedThrowables",
        "dev.errorcontract.jaxrs.internal.jersey.JerseyAutoDiscoverable",
        "dev.errorcontract.jaxrs.internal.cxf.CxfUnmappedThrowables",
        "dev.errorcontract.jaxrs.internal.cxf.MappingJaxrsInInterceptor",
        "dev.errorcontract.jaxrs.internal.validation.ValidationExceptionMapper")) {
      assertThrows(NoClassDefFoundError.class, () -> Class.forName(adapter, true, loader), adapter);
    }
  }

  @Test
  void theFeatureConfiguresOnARuntimeTakenForJerseyWhoseSpiIsHidden() throws Exception {
    ClassLoader loader = new Hiding(getClass().getClassLoader(), HIDDEN);
    Feature feature =
        (Feature) Class.forName(ErrorContractFeature.class.getName(), true, loader)
            .getMethod("of", ErrorTable.class)
            .invoke(null, TestError.table());
    StandInJerseyFeatureContext context = new StandInJerseyFeatureContext();

    assertTrue(feature.configure(context));

    assertEquals(
        List.of("CatalogExceptionMapper", "WebApplicationExceptionMapper", "ThrowableMapper",
            "ErrorResponseFilter", "ErrorBodyWriter", "PendingAnswerWriter",
            "UnreadableBodyInterceptor"),
        context.registered.stream()
            .map(c -> c.getClass().getSimpleName())
            .collect(Collectors.toList()));
    // Nor is Jersey's response-error processing turned on without a mapper to answer.
    assertEquals(Map.of(), context.properties);
  }

  /**
   * CXF without its JAX-RS front end (a SOAP application with this library on its class path): the
   * bus extension CXF creates asks the bus for nothing, so no server start can fail on it. On the CXF
   * executions only, where CXF's core is there to build it with.
   */
  @Test
  void theCxfExtensionStandsAsideWithoutTheJaxrsFrontEnd() throws Exception {
    Class<?> busType;
    try {
      busType = Class.forName("org.apache.cxf.Bus");
    } catch (ClassNotFoundException noCxf) {
      assumeTrue(false, "CXF is not on this execution's class path");
      return;
    }
    List<String> asked = new ArrayList<>();
    Object bus =
        Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {busType},
            (proxy, method, args) -> {
              asked.add(method.getName());
              return null;
            });
    String extension = "dev.errorcontract.jaxrs.internal.cxf.CxfUnmappedThrowables";

    new Hiding(getClass().getClassLoader(), List.of("org.apache.cxf.jaxrs."))
        .loadClass(extension).getConstructor(busType).newInstance(bus);
    assertEquals(List.of(), asked);

    // With the front end, it asks for the server life-cycle manager (none here) to hear of servers.
    Class.forName(extension).getConstructor(busType).newInstance(bus);
    assertEquals(List.of("getExtension"), asked);
  }

  /** The names of the library's main classes, read from its class directory or jar. */
  private static List<String> libraryClasses() throws IOException, URISyntaxException {
    Path root = Path.of(
        ErrorContractFeature.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /**
   * Defines the library's own classes anew (so that what they link against is looked up here) and
   * refuses the {@code hidden} packages; everything else (the API, the catalog, the test catalog) is
   * the parent's.
   */
  private static final class Hiding extends ClassLoader {

    private final List<String> hidden;

    Hiding(ClassLoader parent, List<String> hidden) {
      super(parent);
      this.hidden = hidden;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (hidden.stream().anyMatch(name::startsWith)) {
          throw new ClassNotFoundException(name);
        }
        boolean library = name.startsWith("dev.errorcontract.jaxrs.")
            && !name.startsWith("dev.errorcontract.jaxrs.Test");
        if (!library) {
          return super.loadClass(name, resolve);
        }
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          String resource = name.replace('.', '/') + ".class";
          try (InputStream in = getParent().getResourceAsStream(resource)) {
            if (in == null) {
              return super.loadClass(name, resolve);
            }
            byte[] bytes = in.readAllBytes();
            loaded = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }
}
