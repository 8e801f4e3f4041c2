package dev.errorcontract.processor.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * A web framework's part of error-contract: what the processor generates for a catalog so that the
 * framework answers with it, and how the framework's handler methods read as API operations.
 *
 * <p>An adapter is a public class with a public no-argument constructor, listed in {@code
 * META-INF/services/dev.errorcontract.processor.spi.RuntimeAdapter} of a jar on the <em>annotation
 * processor path</em> (Maven: {@code annotationProcessorPaths}; Gradle: the {@code annotationProcessor}
 * configuration), beside error-processor. The processor loads every adapter once per compilation, with
 * its own class loader, and uses them in the order of their {@link #name()}s. The JAX-RS glue is one such
 * adapter, named {@code jaxrs}, registered the same way inside error-processor's jar.
 *
 * <p>Lifecycle, per compilation: the adapter is instantiated once; for each catalog that is valid and
 * not {@code clientOnly}, in catalog name order, {@link #applies} is asked and, when true, {@link
 * #generate} called once; when processing is over, {@link #handlerMethod} is asked for the methods of
 * every type compiled from source. Nothing an adapter does may depend on the order of other adapters. An
 * exception an adapter throws becomes the processor's {@code internal-error} on the catalog, naming the
 * adapter, and nothing is generated for the catalog.
 *
 * <p>Every method but {@link #name()} has a default that contributes nothing, so an adapter implements
 * only its part; methods added to this interface later will have such defaults too.
 */
public interface RuntimeAdapter {

  /**
   * The adapter's stable name: lower-case ASCII letters, digits and hyphens, such as {@code jaxrs}. It
   * orders the adapters, names the adapter in diagnostics, and is what {@code
   * -Aerrorcontract.disabledAdapters=<name>,...} turns off.
   */
  String name();

  /**
   * The framework's name as documents write it, such as {@code JAX-RS}: the operation documents say
   * which framework raises the conditions they list.
   *
   * @return the name; by default {@link #name()}
   */
  default String frameworkName() {
    return name();
  }

  /**
   * Whether this compilation is one the adapter generates for: usually, whether its framework's API and
   * its runtime library are on the compiler's class path ({@code
   * environment.getElementUtils().getTypeElement(...) != null}). A disabled adapter that applies is
   * reported ({@code runtime-adapter-disabled}).
   *
   * @param environment the processor's environment
   * @return true when {@link #generate} should run for the compilation's catalogs
   */
  default boolean applies(ProcessingEnvironment environment) {
    return false;
  }

  /**
   * Generates what the framework needs for one catalog: sources and resources written through {@code
   * context}, which holds them until every file of the catalog exists. Output must be deterministic: the
   * same catalog gives the same bytes.
   *
   * @param context the catalog and the means to write and report
   */
  default void generate(CatalogContext context) {}

  /**
   * The annotation types whose presence makes the operations pipeline run (javac calls a processor
   * only for annotation types it names), such as {@code jakarta.ws.rs.Path}; qualified names.
   *
   * @return the names; empty when the adapter reads no handler methods
   */
  default Set<String> handlerAnnotations() {
    return Set.of();
  }

  /**
   * The method as an API operation of the adapter's framework, read from its annotations (by name: the
   * processor path need not hold the framework's API): its HTTP method, path, parameters and the
   * conditions the framework raises for it. The errors the operation declares are the processor's
   * business: its {@code throws} clause. When several adapters read a method, the first by name wins.
   *
   * @param method a method of a type compiled from source
   * @param environment the processor's environment
   * @return the handler, or empty when the method is not one of the framework's handler methods
   */
  default Optional<HandlerMethod> handlerMethod(ExecutableElement method, ProcessingEnvironment environment) {
    return Optional.empty();
  }

  /**
   * The method as every API operation it serves: one per HTTP method and path, for a framework whose
   * handler method may map several (Spring's {@code @RequestMapping(path = {"/a", "/b"}, method = {GET,
   * HEAD})}). The processor checks the method's body once, and documents each operation. When several
   * adapters read a method, the first by name wins.
   *
   * @param method a method of a type compiled from source
   * @param environment the processor's environment
   * @return the operations, in the order documents list them; by default the one {@link #handlerMethod}
   *     reads, if any
   */
  default List<HandlerMethod> handlerMethods(ExecutableElement method, ProcessingEnvironment environment) {
    return handlerMethod(method, environment).map(List::of).orElse(List.of());
  }

  /**
   * The {@code -A} options the adapter reads; the processor declares them to javac, so that they are
   * not reported as unused.
   *
   * @return option names, without {@code -A}
   */
  default Set<String> supportedOptions() {
    return Set.of();
  }
}
