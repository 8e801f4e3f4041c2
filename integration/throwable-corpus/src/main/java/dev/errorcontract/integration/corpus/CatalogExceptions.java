package dev.errorcontract.integration.corpus;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.DocumentedError;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the generated exception of a constant catalog error, with a cause. Found by reflection on the
 * generated {@code XException}'s nested classes, so that no suite writes a switch over its catalog.
 */
public final class CatalogExceptions {

  private final Map<DocumentedError, Constructor<?>> withCause = new HashMap<>();

  private CatalogExceptions() {}

  /** The constant errors' exceptions nested in {@code generatedException} (e.g. {@code ShopException}). */
  public static CatalogExceptions of(Class<? extends CatalogException> generatedException) {
    CatalogExceptions exceptions = new CatalogExceptions();
    for (Class<?> nested : generatedException.getDeclaredClasses()) {
      if (!generatedException.isAssignableFrom(nested)) {
        continue;
      }
      try {
        Constructor<?> constructor = nested.getConstructor(Throwable.class);
        CatalogException sample = (CatalogException) constructor.newInstance((Throwable) null);
        exceptions.withCause.put(sample.error(), constructor);
      } catch (NoSuchMethodException templated) {
        // A template's exception takes its arguments: the corpus throws constant errors only.
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + nested.getName(), e);
      }
    }
    return exceptions;
  }

  /** The exception of {@code error}, with {@code cause}. */
  public CatalogException create(DocumentedError error, Throwable cause) {
    Constructor<?> constructor = withCause.get(error);
    if (constructor == null) {
      throw new IllegalArgumentException("no generated exception with a cause for " + error);
    }
    try {
      return (CatalogException) constructor.newInstance(cause);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
