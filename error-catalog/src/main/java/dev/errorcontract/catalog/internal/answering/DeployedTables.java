package dev.errorcontract.catalog.internal.answering;

import dev.errorcontract.catalog.ErrorTable;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The catalogs this copy of the library answers for, in the order the JAX-RS application first built
 * their contract ({@code error-jaxrs} records each, from its generated providers or its feature). A
 * servlet container keeps one copy of the library per web application, so this is the deployment's
 * list: {@code error-servlet} answers the container's own errors from its first table, without
 * configuration.
 */
public final class DeployedTables {

  private static final CopyOnWriteArrayList<ErrorTable> TABLES = new CopyOnWriteArrayList<>();

  private DeployedTables() {}

  /** Records {@code table}, once. */
  public static void register(ErrorTable table) {
    TABLES.addIfAbsent(Objects.requireNonNull(table, "table"));
  }

  /** Every table registered so far, first built first. */
  public static List<ErrorTable> all() {
    return List.copyOf(TABLES);
  }

  /** The first table the application built a contract for, or {@code null} before any. */
  public static ErrorTable first() {
    // The list only grows: not empty once is not empty for good.
    return TABLES.isEmpty() ? null : TABLES.get(0);
  }
}
