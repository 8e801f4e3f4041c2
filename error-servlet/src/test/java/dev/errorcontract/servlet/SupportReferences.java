package dev.errorcontract.servlet;

import dev.errorcontract.catalog.InstanceSupplier;

/**
 * The application's instances of {@link SuppliedErrors}: the answer as the supplier sees it, so a test
 * reads back what it was given; a request path ending in {@code supplier-throws} makes it throw, one
 * ending in {@code supplier-null} return null, one ending in {@code with-id} ask for the correlation id.
 */
public final class SupportReferences implements InstanceSupplier {

  /** How many were created: the generated table creates one. */
  static final java.util.concurrent.atomic.AtomicInteger CREATED = new java.util.concurrent.atomic.AtomicInteger();

  /** Created by the generated table, once. */
  public SupportReferences() {
    CREATED.incrementAndGet();
  }

  @Override
  public String instance(InstanceSupplier.Answer answer) {
    if (answer.path().endsWith("supplier-throws")) {
      throw new IllegalStateException("the reference service is down");
    }
    if (answer.path().endsWith("supplier-null")) {
      return null;
    }
    if (answer.path().endsWith("with-id")) {
      return "ref-" + answer.correlationId();
    }
    return answer.status() + " " + answer.method() + " " + answer.path() + " " + answer.error();
  }
}
