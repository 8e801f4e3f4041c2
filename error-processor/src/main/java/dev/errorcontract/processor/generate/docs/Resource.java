package dev.errorcontract.processor.generate.docs;

/**
 * A generated resource, in memory until every one of the catalog exists.
 *
 * @param path the path in {@code CLASS_OUTPUT}, such as {@code META-INF/error-contract/Passport.md}
 * @param bytes the content
 */
public record Resource(String path, byte[] bytes) {

  /** Where the documentation resources go, so they ship inside the jar. */
  public static final String DIRECTORY = "META-INF/error-contract/";

  /**
   * This resource under its catalog's package, {@code META-INF/error-contract/com/example/Passport.md}:
   * for catalogs of one name in different packages of one compilation, which would otherwise write the
   * same file.
   */
  public Resource inPackage(String packageName) {
    String directory = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
    return new Resource(DIRECTORY + directory + path.substring(DIRECTORY.length()), bytes);
  }
}
