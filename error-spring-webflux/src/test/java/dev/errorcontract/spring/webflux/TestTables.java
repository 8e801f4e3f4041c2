package dev.errorcontract.spring.webflux;

import dev.errorcontract.catalog.ErrorTable;

/** The test catalogs' tables, for tests outside their package (the generated enums are package-private). */
public final class TestTables {

  private TestTables() {}

  /** The {@code Flux} catalog. */
  public static ErrorTable flux() {
    return FluxError.table();
  }

  /** The {@code Other} catalog. */
  public static ErrorTable other() {
    return OtherError.table();
  }
}
