package dev.errorcontract.spring.webmvc;

import dev.errorcontract.catalog.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.SynthesizingMethodParameter;

/**
 * The violations of a {@code jakarta.validation.ConstraintViolationException}, as Spring's AOP method
 * validation raises it for a {@code @Validated} controller, by {@link SpringViolations}'s rule. Linked
 * against {@code jakarta.validation}, so loaded only once such an exception exists: {@link
 * SpringViolations#isConstraintViolation} tells by class name.
 */
final class ConstraintViolations {

  private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

  private ConstraintViolations() {}

  /** Whether {@code t} reports a violated return value: a server bug, not invalid input. */
  static boolean ofReturnValue(Throwable t) {
    for (ConstraintViolation<?> violation : violations(t)) {
      for (Path.Node node : violation.getPropertyPath()) {
        if (node.getKind() == ElementKind.RETURN_VALUE) {
          return true;
        }
      }
    }
    return false;
  }

  /** The violations of {@code t}, unsorted; {@code null} for a return value's or none. */
  static List<Violation> of(Throwable t) {
    Set<ConstraintViolation<?>> found = violations(t);
    if (found.isEmpty() || ofReturnValue(t)) {
      return null;
    }
    List<Violation> list = new ArrayList<>();
    for (ConstraintViolation<?> violation : found) {
      String message = violation.getMessage();
      list.add(new Violation(path(violation), message == null ? "" : message));
    }
    return list;
  }

  private static Set<ConstraintViolation<?>> violations(Throwable t) {
    Set<ConstraintViolation<?>> found = ((ConstraintViolationException) t).getConstraintViolations();
    return found == null ? Set.of() : found;
  }

  private static String path(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    Path.MethodNode method = null;
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD) {
        method = node.as(Path.MethodNode.class);
        continue;
      }
      if (kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        MethodParameter parameter =
            method == null
                ? null
                : parameter(violation.getRootBeanClass(), method,
                    node.as(Path.ParameterNode.class).getParameterIndex());
        if (parameter != null && !isBody(parameter)) {
          path.append(SpringViolations.requestName(parameter));
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

  private static boolean isBody(MethodParameter parameter) {
    return parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
        || parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class);
  }

  /** The parameter, read from the class or a superclass (a CGLIB proxy does not repeat annotations). */
  private static MethodParameter parameter(Class<?> type, Path.MethodNode node, int index) {
    Class<?>[] types = node.getParameterTypes().toArray(new Class<?>[0]);
    for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
      if (candidate.getName().contains("$$")) {
        continue;
      }
      try {
        Method method = candidate.getDeclaredMethod(node.getName(), types);
        MethodParameter parameter = new SynthesizingMethodParameter(method, index);
        parameter.initParameterNameDiscovery(NAMES);
        return parameter;
      } catch (NoSuchMethodException notHere) {
        // Look further up.
      }
    }
    return null;
  }
}
