package dev.errorcontract.spring.webflux;

import dev.errorcontract.catalog.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * The {@link Violation}s of a Bean Validation failure WebFlux raised ({@code WebExchangeBindException}, {@code
 * HandlerMethodValidationException}), by the rule the JAX-RS glue
 * follows (see error-jaxrs's README): a body's (or model attribute's) property path, {@code
 * items[1].sku}; a parameter bound by name ({@code @RequestParam}, {@code @PathVariable}, {@code
 * @RequestHeader}, {@code @CookieValue}, {@code @RequestPart}) its request name, else its Java name;
 * an element of a constrained container parameter its index or key in brackets; a constraint on an
 * object as a whole {@code ""}. Sorted by path, then message; the message is the validator's, the
 * rejected value is never read.
 */
final class SpringViolations {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::message);

  private SpringViolations() {}

  /**
   * The violations {@code condition} reports, or {@code null} when it is no failure of the request's
   * input to meet its constraints: a binding failure (a value of the wrong type) is not one, nor a
   * method's return value.
   */
  static List<Violation> of(Throwable condition) {
    List<Violation> violations = new ArrayList<>();
    if (condition instanceof HandlerMethodValidationException) {
      HandlerMethodValidationException e = (HandlerMethodValidationException) condition;
      if (e.isForReturnValue()) {
        return null;
      }
      for (ParameterValidationResult result : e.getParameterValidationResults()) {
        if (result instanceof ParameterErrors) {
          if (!add((ParameterErrors) result, violations)) {
            return null;
          }
          continue;
        }
        String path = requestName(result.getMethodParameter()) + element(result);
        for (MessageSourceResolvable error : result.getResolvableErrors()) {
          violations.add(new Violation(path, message(error)));
        }
      }
    } else if (condition instanceof BindingResult) {
      if (!add((BindingResult) condition, violations)) {
        return null;
      }
    } else {
      return null;
    }
    if (violations.isEmpty()) {
      return null;
    }
    violations.sort(ORDER);
    return List.copyOf(violations);
  }

  /** Adds the errors of a validated object; false when one is a binding failure, not a violation. */
  private static boolean add(org.springframework.validation.Errors errors, List<Violation> to) {
    for (FieldError error : errors.getFieldErrors()) {
      if (error.isBindingFailure()) {
        return false;
      }
      to.add(new Violation(error.getField(), message(error)));
    }
    for (ObjectError error : errors.getGlobalErrors()) {
      to.add(new Violation("", message(error)));
    }
    return true;
  }

  private static String element(ParameterValidationResult result) {
    if (result.getContainerIndex() != null) {
      return "[" + result.getContainerIndex() + "]";
    }
    if (result.getContainerKey() != null) {
      return "[" + result.getContainerKey() + "]";
    }
    return "";
  }

  /** The name the request gives {@code parameter}, else its Java name, else {@code ""}. */
  static String requestName(MethodParameter parameter) {
    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
    if (param != null) {
      return orJavaName(param.name().isEmpty() ? param.value() : param.name(), parameter);
    }
    PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
    if (variable != null) {
      return orJavaName(variable.name().isEmpty() ? variable.value() : variable.name(), parameter);
    }
    RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
    if (header != null) {
      return orJavaName(header.name().isEmpty() ? header.value() : header.name(), parameter);
    }
    CookieValue cookie = parameter.getParameterAnnotation(CookieValue.class);
    if (cookie != null) {
      return orJavaName(cookie.name().isEmpty() ? cookie.value() : cookie.name(), parameter);
    }
    RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
    if (part != null) {
      return orJavaName(part.name().isEmpty() ? part.value() : part.name(), parameter);
    }
    return orJavaName("", parameter);
  }

  /** {@code name}, or the parameter's Java name when it is empty. */
  private static String orJavaName(String name, MethodParameter parameter) {
    if (name != null && !name.isEmpty()) {
      return name;
    }
    String java = parameter.getParameterName();
    return java == null ? "" : java;
  }

  private static String message(MessageSourceResolvable error) {
    String message = error.getDefaultMessage();
    return message == null ? "" : message;
  }
}
