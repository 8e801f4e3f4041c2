package dev.errorcontract.processor.operations.collect;

import dev.errorcontract.processor.spi.HandlerMethod;
import dev.errorcontract.processor.spi.RuntimeAdapter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * The handler methods of every framework the processor has an adapter for: a method is the first
 * adapter's (in name order) that reads it as one.
 */
public final class Handlers {

  private final List<RuntimeAdapter> adapters;
  private final ProcessingEnvironment environment;

  /**
   * @param adapters the enabled adapters, in name order
   * @param environment the processor's environment, passed to the adapters
   */
  public Handlers(List<RuntimeAdapter> adapters, ProcessingEnvironment environment) {
    this.adapters = List.copyOf(adapters);
    this.environment = environment;
  }

  /** The annotation types the adapters read handler methods by, which the operations processor claims to see. */
  public Set<String> annotations() {
    Set<String> names = new LinkedHashSet<>();
    for (RuntimeAdapter adapter : adapters) {
      names.addAll(adapter.handlerAnnotations());
    }
    return names;
  }

  /**
   * A handler method and the framework whose adapter read it.
   *
   * @param handler what the adapter read
   * @param framework {@link RuntimeAdapter#frameworkName()}
   */
  public record Read(HandlerMethod handler, String framework) {}

  /**
   * The method as handler methods, one per operation it serves, if an adapter reads it as one: the
   * first adapter (by name) that reads it.
   */
  public List<Read> of(ExecutableElement method) {
    for (RuntimeAdapter adapter : adapters) {
      List<HandlerMethod> handlers = adapter.handlerMethods(method, environment);
      if (!handlers.isEmpty()) {
        return handlers.stream().map(h -> new Read(h, adapter.frameworkName())).toList();
      }
    }
    return List.of();
  }
}
