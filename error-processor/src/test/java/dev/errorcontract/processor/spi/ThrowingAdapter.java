package dev.errorcontract.processor.spi;

import javax.annotation.processing.ProcessingEnvironment;

/**
 * An adapter with a bug, for {@link AdapterLoadingTest}: listed only in that test's own service file,
 * never in one of the test class path, so other tests never load it.
 */
public final class ThrowingAdapter implements RuntimeAdapter {

  /** For the ServiceLoader. */
  public ThrowingAdapter() {}

  @Override
  public String name() {
    return "throwing";
  }

  @Override
  public boolean applies(ProcessingEnvironment environment) {
    return true;
  }

  @Override
  public void generate(CatalogContext context) {
    context.writeSource(context.catalog().qualifiedName("Half"), "class Half {}");
    throw new IllegalStateException("a bug in the adapter");
  }
}
