package dev.errorcontract.integration.corpus;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorTable;

/**
 * The server side: a suite's resource and filters call {@link #throwIfAt} with the request path, and
 * the case that path names is thrown at its site. Stateless; one instance serves every thread.
 */
public final class CorpusThrower {

  private final ErrorTable table;
  private final CatalogExceptions catalog;

  /**
   * @param table the catalog's table ({@code XError.table()})
   * @param generatedException the catalog's generated {@code XException}
   */
  public CorpusThrower(ErrorTable table, Class<? extends CatalogException> generatedException) {
    this.table = table;
    this.catalog = CatalogExceptions.of(generatedException);
  }

  /** Throws the case {@code path} names when it is to be thrown at {@code site}; else returns. */
  public void throwIfAt(Site site, String path) {
    CorpusCase corpusCase = ThrowableCorpus.parse(path);
    if (corpusCase != null && corpusCase.site() == site) {
      throw CorpusCase.sneakyThrow(corpusCase.build(table, catalog));
    }
  }
}
