package dev.errorcontract.integration.corpus;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorTable;

/**
 * The server side: {@link CorpusResource} and {@link CorpusFilters} call {@link #throwIfAt} with the
 * request path, and the case that path names is thrown at its site. Immutable; one instance serves
 * every thread.
 */
public final class CorpusThrower {

  /** The system property naming the catalog's generated error enum, e.g. {@code com.example.ShopError}. */
  public static final String CATALOG_PROPERTY = "corpus.catalog";

  private static volatile CorpusThrower deployed;

  private final ErrorTable table;
  private final CatalogExceptions catalog;

  /**
   * @param table the catalog's table ({@code XError.table()})
   * @param generatedException the catalog's generated {@code XException}
   */
  private CorpusThrower(ErrorTable table, Class<? extends CatalogException> generatedException) {
    this.table = table;
    this.catalog = CatalogExceptions.of(generatedException);
  }

  /**
   * The thrower of the catalog {@value #CATALOG_PROPERTY} names, built on first use with the class
   * loader of the request (the web application's, Quarkus's): the suite sets the property, in its
   * own JVM or on the server's command line.
   */
  static CorpusThrower deployed() {
    CorpusThrower thrower = deployed;
    if (thrower == null) {
      thrower = load(System.getProperty(CATALOG_PROPERTY));
      deployed = thrower;
    }
    return thrower;
  }

  @SuppressWarnings("unchecked")
  private static CorpusThrower load(String errorEnum) {
    if (errorEnum == null) {
      throw new IllegalStateException("set -D" + CATALOG_PROPERTY + " to the catalog's error enum");
    }
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      Class<?> errors = Class.forName(errorEnum, true, loader);
      ErrorTable table = (ErrorTable) errors.getMethod("table").invoke(null);
      // The processor names the exception after the catalog, beside the error enum.
      Class<?> exception =
          Class.forName(errors.getPackageName() + "." + table.name() + "Exception", true, loader);
      return new CorpusThrower(table, (Class<? extends CatalogException>) exception);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the catalog " + errorEnum, e);
    }
  }

  /**
   * Throws the case {@code path} names, with the {@link #deployed()} catalog, when it is to be thrown
   * at {@code site}; else returns, touching nothing: the filters see every request of the
   * application, most of them no corpus case.
   */
  public static void throwIfAt(Site site, String path) {
    CorpusCase corpusCase = ThrowableCorpus.parse(path);
    if (corpusCase != null && corpusCase.site() == site) {
      CorpusThrower thrower = deployed();
      throw CorpusCase.sneakyThrow(corpusCase.build(thrower.table, thrower.catalog));
    }
  }
}
