package dev.errorcontract.processor.spi;

import javax.annotation.processing.ProcessingEnvironment;

/**
 * What a {@link RuntimeAdapter} generates one catalog with: the catalog, the processor's environment,
 * and the means to write files and report. Files are held in memory and written by the processor once
 * the adapter returns, with the catalog's type as their originating element; nothing is written for the
 * catalog when an adapter throws.
 */
public interface CatalogContext {

  /** The catalog, valid and complete. */
  CatalogView catalog();

  /** The processor's environment: its element and type utilities, its options. */
  ProcessingEnvironment processingEnvironment();

  /**
   * The qualified name of the processor running the adapter, for the {@code value} of a {@code
   * javax.annotation.processing.Generated} annotation on generated types.
   */
  String processorName();

  /**
   * Adds a Java source file.
   *
   * @param qualifiedName the qualified name of its top-level type
   * @param text the source text, exactly as written
   */
  void writeSource(String qualifiedName, CharSequence text);

  /**
   * Adds a resource to the class output, so that it ships in the jar.
   *
   * @param path its path relative to the class output, such as {@code META-INF/acme/Passport.json}
   * @param bytes its content
   */
  void writeResource(String path, byte[] bytes);

  /**
   * Reports a warning on the catalog's {@code @ErrorCatalog}, printed as {@code [error-contract:<key>]
   * <text>} and silenced, like the processor's own, by {@code @SuppressWarnings("error-contract:<key>")} on
   * the catalog or an enclosing type. A third-party adapter's keys start with its {@link
   * RuntimeAdapter#name()} and a hyphen, so they cannot clash with the processor's.
   *
   * @param key the stable key, lower-case words joined by hyphens
   * @param text what is wrong and how to fix it
   */
  void warning(String key, String text);
}
