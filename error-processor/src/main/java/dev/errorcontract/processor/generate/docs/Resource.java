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
}
