package dev.errorcontract.processor.spring;

import com.google.auto.service.AutoService;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.processor.spi.HandlerMethod;
import dev.errorcontract.processor.spi.HandlerMethod.Raised;
import dev.errorcontract.processor.spi.RuntimeAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * The Spring MVC adapter, {@code spring-webmvc}: reads the {@code @RequestMapping} handler methods of
 * {@code @Controller} and {@code @RestController} classes ({@code @GetMapping}, {@code @PostMapping}, ...
 * included) as operations, with the conditions Spring MVC raises for them as error-spring-webmvc answers
 * each. It generates nothing for a catalog: error-spring-webmvc finds the catalogs on the class path
 * ({@code META-INF/error-contract/catalogs}). Spring's annotations are read by name; the processor does
 * not depend on Spring.
 */
@AutoService(RuntimeAdapter.class)
public final class SpringAdapter implements RuntimeAdapter {

  /** Called by {@link java.util.ServiceLoader}. */
  public SpringAdapter() {}

  @Override
  public String name() {
    return "spring-webmvc";
  }

  @Override
  public String frameworkName() {
    return "Spring MVC";
  }

  @Override
  public Set<String> handlerAnnotations() {
    Set<String> names = new java.util.LinkedHashSet<>();
    names.add(SpringMethod.CONTROLLER);
    names.add(SpringMethod.REST_CONTROLLER);
    names.add(SpringMapping.REQUEST_MAPPING);
    names.addAll(SpringMapping.SHORTCUTS);
    return names;
  }

  /**
   * One operation per path and HTTP method of a handler method, each with what Spring MVC answers for
   * it by itself: 400 for a required value missing, a value that does not convert and a Bean Validation
   * failure, 406 for a body some {@code Accept} refuses, 415 and an unreadable body for a request body,
   * 413 for an upload, 503 for an asynchronous result that times out.
   */
  @Override
  public List<HandlerMethod> handlerMethods(ExecutableElement method, ProcessingEnvironment environment) {
    return SpringMethod.of(method, environment.getTypeUtils()).map(SpringAdapter::handlers).orElse(List.of());
  }

  private static List<HandlerMethod> handlers(SpringMethod method) {
    List<Raised> raised = raised(method);
    List<HandlerMethod> handlers = new ArrayList<>();
    for (String path : method.paths()) {
      for (String httpMethod : method.httpMethods()) {
        handlers.add(new HandlerMethod(method.method(), httpMethod, path, method.parameters(), raised));
      }
    }
    return handlers;
  }

  private static List<Raised> raised(SpringMethod method) {
    List<Raised> raised = new ArrayList<>();
    List<String> required = method.required();
    if (!required.isEmpty()) {
      raised.add(Raised.status(400, "the request lacks the required " + or(required) + " (Spring MVC answers 400)"));
    }
    List<String> converted = method.converted();
    if (!converted.isEmpty()) {
      raised.add(Raised.status(400, "the " + or(converted) + " does not convert to its type (Spring MVC answers 400)"));
    }
    if (method.validates()) {
      raised.add(Raised.status(400, "an argument fails Bean Validation (Spring MVC answers 400)"));
    }
    if (method.produces() || method.negotiatesBody()) {
      raised.add(Raised.condition(Condition.NOT_ACCEPTABLE, "the request's Accept matches no media type it produces"));
    }
    if (method.consumes() || method.readsBody()) {
      raised.add(Raised.condition(Condition.UNSUPPORTED_MEDIA_TYPE, "the request's Content-Type is not one it consumes"));
    }
    if (method.readsBody()) {
      raised.add(Raised.condition(Condition.UNREADABLE_BODY, "the request body is missing or cannot be read"));
    }
    if (method.uploads()) {
      raised.add(Raised.status(413, "the upload exceeds the maximum size (Spring MVC answers 413)"));
    }
    if (method.async()) {
      raised.add(Raised.status(503, "the asynchronous result is not ready in time (Spring MVC answers 503)"));
    }
    return raised;
  }

  /** {@code a}, {@code a or b}, {@code a, b or c}. */
  private static String or(List<String> items) {
    return items.size() == 1 ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }
}
