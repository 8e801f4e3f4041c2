package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Maven Central requires of the staged artifacts, read from the staged repository itself: each
 * published jar with its POM, sources and Javadoc; each POM with a name, description, URL, license,
 * developer and SCM (its own or its parent's); no unresolved version; the processor's JavaPoet
 * relocated, and not in its POM.
 */
class StagedArtifactsTest {

  private static final Path STAGING = Path.of(System.getProperty("staging.directory"));
  private static final String VERSION = System.getProperty("error-contract.version");
  private static final List<String> JARS =
      List.of("error-catalog", "error-processor", "error-jaxrs", "error-servlet", "error-spring-webmvc",
          "error-spring-webflux", "error-spring-client",
          "error-evolution");

  /** The staged file of an artifact, the newest build of a SNAPSHOT. */
  private static Path staged(String artifactId, String suffix) throws IOException {
    Path directory = STAGING.resolve("dev/errorcontract").resolve(artifactId).resolve(VERSION);
    String version = VERSION;
    if (VERSION.endsWith("-SNAPSHOT")) {
      String metadata = Files.readString(directory.resolve("maven-metadata.xml"), StandardCharsets.UTF_8);
      Matcher timestamp = Pattern.compile("<timestamp>([^<]+)</timestamp>").matcher(metadata);
      Matcher build = Pattern.compile("<buildNumber>([^<]+)</buildNumber>").matcher(metadata);
      assertTrue(timestamp.find() && build.find(), metadata);
      version = VERSION.replace("SNAPSHOT", timestamp.group(1) + "-" + build.group(1));
    }
    Path file = directory.resolve(artifactId + "-" + version + suffix);
    assertTrue(Files.isRegularFile(file), "not staged: " + file);
    return file;
  }

  private static Element pom(String artifactId) throws Exception {
    Path file = staged(artifactId, ".pom");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertFalse(text.contains("${revision}"), file + " has an unresolved version");
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    return document.getDocumentElement();
  }

  private static Element child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && node.getNodeName().equals(name)) {
        return (Element) node;
      }
    }
    return null;
  }

  private static String text(Element element, String path) {
    Element current = element;
    for (String name : path.split("/")) {
      current = current == null ? null : child(current, name);
    }
    return current == null ? null : current.getTextContent().trim();
  }

  /** Central's required elements, in this POM or the staged parent it names. */
  private static void assertCentralMetadata(String artifactId) throws Exception {
    Element pom = pom(artifactId);
    Element parent = null;
    if (child(pom, "parent") != null) {
      assertEquals("error-contract-parent", text(pom, "parent/artifactId"), artifactId);
      assertEquals(VERSION, text(pom, "parent/version"), artifactId);
      parent = pom("error-contract-parent");
    }
    assertEquals(VERSION, text(pom, "version") == null ? text(pom, "parent/version") : text(pom, "version"));
    assertTrue(text(pom, "name") != null && !text(pom, "name").isEmpty(), artifactId + ": name");
    assertTrue(text(pom, "description") != null && !text(pom, "description").isEmpty(),
        artifactId + ": description");
    for (String required : List.of("url", "licenses/license/name", "licenses/license/url",
        "developers/developer/name", "scm/url", "scm/connection")) {
      String value = text(pom, required);
      if (value == null && parent != null) {
        value = text(parent, required);
      }
      assertTrue(value != null && !value.isEmpty(), artifactId + ": " + required);
    }
    String license = text(pom, "licenses/license/name") != null ? text(pom, "licenses/license/name")
        : text(parent, "licenses/license/name");
    assertEquals("Apache-2.0", license, artifactId);
  }

  @Test
  void everyPublishedJarIsStagedWithItsPomSourcesAndJavadoc() throws Exception {
    for (String artifactId : JARS) {
      assertCentralMetadata(artifactId);
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
        try (JarFile jar = new JarFile(staged(artifactId, suffix).toFile())) {
          assertTrue(jar.stream().anyMatch(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/")),
              artifactId + suffix + " is empty");
        }
      }
    }
  }

  @Test
  void theParentAndTheBomAreStaged() throws Exception {
    assertCentralMetadata("error-contract-parent");
    assertCentralMetadata("error-contract-bom");
    Element bom = pom("error-contract-bom");
    assertEquals(null, child(bom, "parent"), "the BOM stands alone: importing it manages nothing else");
    List<String> managed = new ArrayList<>();
    Element dependencies = child(child(bom, "dependencyManagement"), "dependencies");
    for (Node node = dependencies.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element) {
        assertEquals("dev.errorcontract", text((Element) node, "groupId"));
        managed.add(text((Element) node, "artifactId"));
      }
    }
    assertEquals(List.of("error-catalog", "error-processor", "error-jaxrs", "error-servlet", "error-spring-webmvc",
          "error-spring-webflux", "error-spring-client",
        "error-evolution"), managed);
  }

  @Test
  void theProcessorBundlesJavaPoetRelocatedAndItsPomDoesNotListIt() throws Exception {
    try (JarFile jar = new JarFile(staged("error-processor", ".jar").toFile())) {
      List<String> unrelocated = new ArrayList<>();
      jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith("com/")).forEach(unrelocated::add);
      assertEquals(List.of(), unrelocated);
      assertTrue(jar.getEntry("dev/errorcontract/processor/internal/javapoet/TypeSpec.class") != null);
      String services = new String(jar.getInputStream(
          jar.getEntry("META-INF/services/javax.annotation.processing.Processor")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertTrue(services.contains("dev.errorcontract.processor.ErrorCatalogProcessor"), services);
      String gradle = new String(jar.getInputStream(
          jar.getEntry("META-INF/gradle/incremental.annotation.processors")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertTrue(gradle.contains("dev.errorcontract.processor.ErrorCatalogProcessor,aggregating"), gradle);
    }
    List<String> dependencies = new ArrayList<>();
    Element list = child(pom("error-processor"), "dependencies");
    for (Node node = list.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element) {
        dependencies.add(text((Element) node, "groupId") + ":" + text((Element) node, "artifactId"));
      }
    }
    assertTrue(dependencies.contains("dev.errorcontract:error-catalog"), dependencies.toString());
    if (dependencies.stream().anyMatch(d -> d.contains("javapoet"))) {
      fail("the processor's POM lists JavaPoet, which its jar bundles: " + dependencies);
    }
  }
}
