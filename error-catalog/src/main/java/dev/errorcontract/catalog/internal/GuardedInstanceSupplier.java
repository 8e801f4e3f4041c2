package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.InstanceSupplier;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The application's {@link InstanceSupplier} as a generated table hands it out: created once, the first
 * time an answer needs it, and guarded, so that it never breaks an answer. Where the application's class
 * cannot be created, throws or returns {@code null}, the answer goes without an instance ({@code null}
 * here), and the first failure of each kind is logged at {@code WARNING} on the logger {@value #LOGGER},
 * naming the class and the catalog; later ones of that kind are not, so a supplier failing on every
 * request does not flood the log. An {@link Error} such as {@link OutOfMemoryError} is no supplier's
 * failure and is thrown on.
 *
 * <p>Internal: public because generated code of every package creates it; not an API. Thread-safe.
 */
public final class GuardedInstanceSupplier implements InstanceSupplier {

  /** The logger failures go to. */
  public static final String LOGGER = "dev.errorcontract.catalog.InstanceSupplier";

  private static final System.Logger LOG = System.getLogger(LOGGER);

  private final String catalog;
  private final String type;
  private final Supplier<? extends InstanceSupplier> factory;
  private final AtomicBoolean creationLogged = new AtomicBoolean();
  private final AtomicBoolean throwLogged = new AtomicBoolean();
  private final AtomicBoolean nullLogged = new AtomicBoolean();
  /** The created supplier, once created; written under {@code this} only. */
  private volatile InstanceSupplier created;
  /** Whether creating it failed: it is not tried again; written under {@code this} only. */
  private volatile boolean failed;

  private GuardedInstanceSupplier(
      String catalog, String type, Supplier<? extends InstanceSupplier> factory) {
    this.catalog = catalog;
    this.type = type;
    this.factory = factory;
  }

  /**
   * The guarded supplier of a catalog.
   *
   * @param catalog the catalog's name, for the log
   * @param type the application's class, for the log
   * @param factory creates the application's supplier, such as {@code ShopInstances::new}; called once
   */
  public static GuardedInstanceSupplier of(
      String catalog, String type, Supplier<? extends InstanceSupplier> factory) {
    return new GuardedInstanceSupplier(
        Objects.requireNonNull(catalog, "catalog"),
        Objects.requireNonNull(type, "type"),
        Objects.requireNonNull(factory, "factory"));
  }

  /**
   * The application's instance of {@code answer}, or {@code null} where the supplier failed (logged
   * once per kind of failure).
   */
  @Override
  public String instance(Answer answer) {
    InstanceSupplier supplier = supplier();
    if (supplier == null) {
      return null;
    }
    String instance;
    try {
      instance = supplier.instance(answer);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      if (throwLogged.compareAndSet(false, true)) {
        LOG.log(System.Logger.Level.WARNING,
            () -> "The instance supplier " + type + " of the catalog " + catalog + " threw for " + answer
                + "; answers go without an instance when it fails (logged once)", e);
      }
      return null;
    }
    if (instance == null && nullLogged.compareAndSet(false, true)) {
      LOG.log(System.Logger.Level.WARNING,
          () -> "The instance supplier " + type + " of the catalog " + catalog + " returned null for "
              + answer + "; answers go without an instance when it does (logged once)");
    }
    return instance;
  }

  private InstanceSupplier supplier() {
    InstanceSupplier supplier = created;
    if (supplier != null || failed) {
      return supplier;
    }
    return create();
  }

  private synchronized InstanceSupplier create() {
    if (created != null || failed) {
      return created;
    }
    try {
      created = Objects.requireNonNull(factory.get(), "the factory made no supplier");
    } catch (RuntimeException | LinkageError | AssertionError e) {
      failed = true;
      if (creationLogged.compareAndSet(false, true)) {
        LOG.log(System.Logger.Level.WARNING,
            () -> "The instance supplier " + type + " of the catalog " + catalog + " could not be"
                + " created; answers go without an instance (logged once)", e);
      }
    }
    return created;
  }

  /** The class and the catalog, for diagnostics. */
  @Override
  public String toString() {
    return "GuardedInstanceSupplier[" + type + " of " + catalog + "]";
  }
}
