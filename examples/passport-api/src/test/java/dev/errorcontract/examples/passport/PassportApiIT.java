package dev.errorcontract.examples.passport;

import dev.errorcontract.examples.support.SentErrors;
import org.junit.jupiter.api.AfterAll;

/**
 * The Passport HTTP cases ({@link PassportHttpCases}, shared with the Spring MVC server) against this
 * module's jar, the Jersey server; and every example of the per-operation document the processor
 * wrote from {@link RegistryResource}'s {@code throws} clauses is what the server sent.
 */
class PassportApiIT extends PassportHttpCases {

  @AfterAll
  static void everyOperationExampleIsWhatTheServerSent() {
    SentErrors.assertEveryOperationExampleWasSent();
  }
}
