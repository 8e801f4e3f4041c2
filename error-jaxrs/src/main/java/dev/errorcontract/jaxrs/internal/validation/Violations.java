package dev.errorcontract.jaxrs.internal.validation;

import dev.errorcontract.catalog.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The {@link Violation}s of a Bean Validation failure, the same on every implementation, whatever
 * parameter names its validator is configured with ({@code arg0}, the Java name, CXF's own):
 *
 * <ul>
 *   <li>the resource method's node is dropped: a Java method name means nothing to a client;
 *   <li>a parameter bound from the request by name ({@code @QueryParam}, {@code @PathParam},
 *       {@code @HeaderParam}, {@code @CookieParam}, {@code @FormParam}, {@code @MatrixParam}) is that
 *       name: {@code @QueryParam("limit")} gives {@code limit};
 *   <li>the body (and a {@code @BeanParam}) adds nothing: its properties are the path, dot-separated,
 *       {@code address.street};
 *   <li>an element of a list, array or map is its index or key in brackets: {@code items[0].name},
 *       {@code tags[2]}; a constraint on the body as a whole has the path {@code ""};
 * </ul>
 *
 * <p>The list is sorted by path, then by message, so the bytes of an answer do not depend on the
 * validator's iteration order. The message is the validator's interpolated message; the invalid value
 * is never read.
 */
public final class Violations {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::message);

  private Violations() {}

  /** Whether any of {@code violations} is of a method's return value: a server bug. */
  public static boolean ofReturnValue(Collection<? extends ConstraintViolation<?>> violations) {
    for (ConstraintViolation<?> violation : violations) {
      Path path = violation.getPropertyPath();
      if (path == null) {
        continue;
      }
      for (Path.Node node : path) {
        if (node.getKind() == ElementKind.RETURN_VALUE) {
          return true;
        }
      }
    }
    return false;
  }

  /** The violations, each with its path as the class comment says, sorted by path then message. */
  public static List<Violation> of(Collection<? extends ConstraintViolation<?>> violations) {
    List<Violation> list = new ArrayList<>(violations.size());
    for (ConstraintViolation<?> violation : violations) {
      String message = violation.getMessage();
      list.add(new Violation(path(violation), message == null ? "" : message));
    }
    list.sort(ORDER);
    return List.copyOf(list);
  }

  /** The path of one violation. */
  static String path(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    Path property = violation.getPropertyPath();
    if (property == null) {
      return "";
    }
    Path.MethodNode method = null;
    for (Path.Node node : property) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD) {
        method = node.as(Path.MethodNode.class);
        continue;
      }
      if (kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        String name =
            method == null
                ? null
                : requestName(
                    violation.getRootBeanClass(), method,
                    node.as(Path.ParameterNode.class).getParameterIndex());
        if (name != null) {
          path.append(name);
        }
        continue;
      }
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        path.append('[').append(at == null ? "" : at).append(']');
      }
      if (kind == ElementKind.PROPERTY && node.getName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(node.getName());
      }
    }
    return path.toString();
  }

  /**
   * The name the request gives parameter {@code index} of {@code method}, read from its JAX-RS
   * annotation on the class, a superclass or an interface (a proxy subclass may not repeat it); {@code
   * null} for the body, a {@code @BeanParam}, or a method not found.
   */
  private static String requestName(Class<?> type, Path.MethodNode node, int index) {
    List<Class<?>> parameterTypes = node.getParameterTypes();
    if (type == null || parameterTypes == null || index < 0 || index >= parameterTypes.size()) {
      return null;
    }
    Class<?>[] parameters = parameterTypes.toArray(new Class<?>[0]);
    List<Class<?>> seen = new ArrayList<>();
    List<Class<?>> pending = new ArrayList<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      Class<?> candidate = pending.remove(0);
      if (candidate == null || seen.contains(candidate)) {
        continue;
      }
      seen.add(candidate);
      try {
        Method method = candidate.getDeclaredMethod(node.getName(), parameters);
        String name = nameIn(method.getParameterAnnotations()[index]);
        if (name != null) {
          return name;
        }
      } catch (NoSuchMethodException | SecurityException notHere) {
        // Look further up.
      }
      pending.add(candidate.getSuperclass());
      pending.addAll(List.of(candidate.getInterfaces()));
    }
    return null;
  }

  private static String nameIn(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam) {
        return ((QueryParam) annotation).value();
      }
      if (annotation instanceof PathParam) {
        return ((PathParam) annotation).value();
      }
      if (annotation instanceof HeaderParam) {
        return ((HeaderParam) annotation).value();
      }
      if (annotation instanceof CookieParam) {
        return ((CookieParam) annotation).value();
      }
      if (annotation instanceof FormParam) {
        return ((FormParam) annotation).value();
      }
      if (annotation instanceof MatrixParam) {
        return ((MatrixParam) annotation).value();
      }
    }
    return null;
  }
}
