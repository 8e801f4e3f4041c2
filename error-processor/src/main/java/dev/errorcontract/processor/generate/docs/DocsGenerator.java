package dev.errorcontract.processor.generate.docs;

import dev.errorcontract.processor.derive.CatalogJson;
import dev.errorcontract.processor.derive.Json;
import dev.errorcontract.processor.model.CatalogModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Generates a catalog's documentation resources, in memory, under {@value Resource#DIRECTORY}:
 *
 * <ul>
 *   <li>{@code <Name>.md}: the page, in the form of the published pages;
 *   <li>{@code <Name>.openapi.json}: an OpenAPI 3.1 document of the body schema and error responses;
 *   <li>{@code <Name>.catalog.json}: the catalog as data.
 * </ul>
 *
 * <p>Output depends on the model only: the same catalog gives the same bytes, with no timestamp.
 */
public final class DocsGenerator {

  /** The documentation resources of {@code catalog}. */
  public List<Resource> resources(CatalogModel catalog) {
    Bodies bodies = new Bodies(catalog.body());
    String prefix = Resource.DIRECTORY + catalog.name();
    byte[] data = CatalogJson.bytes(catalog.description());
    byte[] openApi = Json.write(OpenApiDocument.render(catalog, bodies, digest(data)));
    byte[] page = MarkdownPage.render(catalog, bodies).getBytes(StandardCharsets.UTF_8);
    return List.of(
        new Resource(prefix + ".md", page),
        new Resource(prefix + ".openapi.json", openApi),
        new Resource(prefix + ".catalog.json", data));
  }

  /** The first 16 hex digits of the SHA-256 of the catalog data: a version that changes with it. */
  private static String digest(byte[] data) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(data);
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
