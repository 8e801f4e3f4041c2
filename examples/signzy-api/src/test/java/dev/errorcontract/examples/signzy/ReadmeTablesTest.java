package dev.errorcontract.examples.signzy;

import dev.errorcontract.examples.support.ReadmeTables;
import org.junit.jupiter.api.Test;

/** The README shows the tables generated from the Signzy catalog. */
class ReadmeTablesTest {

  @Test
  void theReadmeHoldsTheGeneratedTables() {
    ReadmeTables.assertReadmeHoldsGeneratedTables("Signzy");
  }
}
