package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.Condition;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The opt-in run-time check of per-operation error contracts (issue 16), for tests and staging: a
 * catalog exception escaping a resource method whose {@code throws} clause (or that of the interface
 * method it implements) does not declare it is logged with the operation and the error ({@code
 * errorcontract.operations=log}), or answered with the catalog's documented answer to {@link
 * Condition#UNEXPECTED_FAILURE} instead ({@code strict}), as the bug it is. Off by default: the system
 * property is read when the mapper is built, and a mapper that is off does nothing more than test one
 * final field.
 *
 * <p>The declarations are read with {@link Method#getExceptionTypes()}, once per resource method.
 */
final class OperationsCheck {

  /** The system property: {@code off} (the default), {@code log} or {@code strict}. */
  static final String PROPERTY = "errorcontract.operations";

  private static final System.Logger LOGGER = System.getLogger("dev.errorcontract.jaxrs.operations");

  /** What the check does. */
  enum Mode {
    OFF,
    LOG,
    STRICT;

    /** The mode the system property asks for; anything unknown is off, said once in the log. */
    static Mode configured() {
      String value = System.getProperty(PROPERTY);
      if (value == null || value.isBlank()) {
        return OFF;
      }
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        LOGGER.log(System.Logger.Level.WARNING, () -> PROPERTY + "=" + value + " is not off, log or strict: the"
            + " operations check is off");
        return OFF;
      }
    }
  }

  /** Per resource method, the exception types its operation declares. */
  private static final Map<Method, Class<?>[]> DECLARED = new ConcurrentHashMap<>();

  private OperationsCheck() {}

  /**
   * The answer replacing {@code e}'s in strict mode, or null to answer as documented (after logging,
   * in log mode). {@code method} is null when no resource method matched: a filter threw, and filters
   * are no operation.
   */
  static Response check(Mode mode, Contract contract, CatalogException e, Method method) {
    if (method == null || isDeclared(method, e)) {
      return null;
    }
    String operation = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    String error = e.error().getClass().getSimpleName() + "." + e.error() + " (" + e.status() + ")";
    if (mode == Mode.LOG) {
      LOGGER.log(System.Logger.Level.WARNING, () -> "The operation " + operation + " answered " + error
          + ", which its throws clause does not declare");
      return null;
    }
    Answer answer = contract.answerFor(Condition.UNEXPECTED_FAILURE);
    LOGGER.log(System.Logger.Level.ERROR, () -> "The operation " + operation + " answered " + error
        + ", which its throws clause does not declare; answered " + answer.status() + " "
        + answer.error() + " instead (" + PROPERTY + "=strict)", e);
    return contract.respond(answer, null).build();
  }

  private static boolean isDeclared(Method method, CatalogException e) {
    Class<?>[] declared = DECLARED.get(method);
    if (declared == null) {
      declared = DECLARED.computeIfAbsent(method, OperationsCheck::declarations);
    }
    for (Class<?> type : declared) {
      if (type.isInstance(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The method's own declarations and those of the methods it implements or overrides: a resource
   * method declared in an interface is the contract, whichever of the two the implementation reports.
   */
  private static Class<?>[] declarations(Method method) {
    Set<Class<?>> types = new HashSet<>(List.of(method.getExceptionTypes()));
    Deque<Class<?>> supertypes = new ArrayDeque<>();
    supertypes.add(method.getDeclaringClass());
    Set<Class<?>> seen = new HashSet<>();
    while (!supertypes.isEmpty()) {
      Class<?> type = supertypes.poll();
      if (!seen.add(type)) {
        continue;
      }
      try {
        types.addAll(List.of(type.getDeclaredMethod(method.getName(), method.getParameterTypes()).getExceptionTypes()));
      } catch (NoSuchMethodException notHere) {
        // Declared higher up, or not at all.
      }
      if (type.getSuperclass() != null) {
        supertypes.add(type.getSuperclass());
      }
      supertypes.addAll(List.of(type.getInterfaces()));
    }
    return types.toArray(Class<?>[]::new);
  }
}
