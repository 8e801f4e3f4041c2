package dev.errorcontract.examples.passport;

import dev.errorcontract.examples.support.ReadmeTables;
import org.junit.jupiter.api.Test;

/** The README shows the tables generated from the Passport catalog. */
class ReadmeTablesTest {

  @Test
  void theReadmeHoldsTheGeneratedTables() {
    ReadmeTables.assertReadmeHoldsGeneratedTables("Passport");
  }
}
