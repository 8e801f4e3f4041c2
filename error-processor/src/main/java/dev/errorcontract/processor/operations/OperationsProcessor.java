package dev.errorcontract.processor.operations;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import dev.errorcontract.processor.RuntimeAdapters;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.generate.docs.OperationsDocuments;
import dev.errorcontract.processor.generate.docs.Resource;
import dev.errorcontract.processor.derive.Description;
import dev.errorcontract.processor.operations.derive.CatalogErrors;
import dev.errorcontract.processor.operations.collect.Handlers;
import dev.errorcontract.processor.operations.collect.Handlers.Read;
import dev.errorcontract.processor.operations.derive.Operation;
import dev.errorcontract.processor.operations.validate.Findings;
import dev.errorcontract.processor.operations.validate.OperationChecker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The operations pipeline (issue 16), separate from the catalogs': collects the handler methods the
 * runtime adapters read (JAX-RS resource methods, ...), checks their bodies against their {@code throws} clauses, and writes the per-operation
 * documents. The generated exceptions a clause names do not exist before the catalog processor's first
 * round, so the type names are recorded each round and analysed once, when processing is over and
 * every generated type has been compiled. Catalogs from a jar are read from their class files.
 *
 * <p>Never claims the annotations it reads ({@code @Path}, ...): other processors still see them.
 */
@AutoService(Processor.class)
public final class OperationsProcessor extends AbstractProcessor {

  /** {@code -Aerrorcontract.microprofileOpenApi=false}: do not write {@code META-INF/openapi.json}. */
  public static final String MICROPROFILE_OPTION = "errorcontract.microprofileOpenApi";
  /** The static document MicroProfile OpenAPI implementations merge into the application's. */
  static final String MICROPROFILE_FILE = "META-INF/openapi.json";

  /** Every type compiled from source, by name: resources, and classes implementing resource interfaces. */
  private final Set<String> types = new TreeSet<>();

  /** The runtime adapters' readers of handler methods, made when javac initialises the processor. */
  private Handlers handlers;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    RuntimeAdapters adapters = RuntimeAdapters.load(environment);
    this.handlers = new Handlers(adapters.enabled(), environment);
    this.options = new LinkedHashSet<>(adapters.options());
    this.options.add(MICROPROFILE_OPTION);
  }

  private Set<String> options = Set.of(MICROPROFILE_OPTION);

  /** The annotations the adapters read handler methods by, such as JAX-RS's {@code @Path}. */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return handlers == null ? Set.of() : handlers.annotations();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return options;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
        record(type);
      }
      if (round.processingOver()) {
        analyse();
      }
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(trace));
    }
    return false;
  }

  private void record(TypeElement type) {
    types.add(type.getQualifiedName().toString());
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      record(nested);
    }
  }

  private void analyse() {
    Trees trees = trees();
    Map<TypeElement, List<Read>> resources = new LinkedHashMap<>();
    List<TypeElement> classes = new ArrayList<>();
    for (String name : types) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null) {
        continue;
      }
      classes.add(type);
      List<Read> methods = new ArrayList<>();
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (compiles(method)) {
          methods.addAll(handlers.of(method));
        }
      }
      if (!methods.isEmpty()) {
        resources.put(type, methods);
      }
    }
    if (resources.isEmpty()) {
      return;
    }
    Findings findings = new Findings();
    CatalogErrors catalogs = new CatalogErrors(processingEnv.getElementUtils());
    OperationChecker checker = new OperationChecker(trees, catalogs, findings);
    List<Operation> operations = new ArrayList<>();
    resources.forEach((type, methods) ->
        operations.addAll(checker.check(type, methods, implementations(type, methods, classes))));
    findings.print(trees, processingEnv.getMessager());
    if (findings.hasErrors() || operations.isEmpty()) {
      return;
    }
    write(operations);
  }

  /** Methods whose throws clause names a type that did not compile are javac's to report. */
  private static boolean compiles(ExecutableElement method) {
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (thrown.getKind() == TypeKind.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** For a resource interface: per method, the methods of compiled classes implementing it. */
  private Map<ExecutableElement, List<ExecutableElement>> implementations(
      TypeElement resource, List<Read> methods, List<TypeElement> classes) {
    Map<ExecutableElement, List<ExecutableElement>> found = new LinkedHashMap<>();
    if (!resource.getKind().isInterface()) {
      return found;
    }
    TypeMirror erasure = processingEnv.getTypeUtils().erasure(resource.asType());
    for (TypeElement type : classes) {
      if (type.getKind().isInterface()
          || !processingEnv.getTypeUtils().isSubtype(processingEnv.getTypeUtils().erasure(type.asType()), erasure)) {
        continue;
      }
      for (ExecutableElement candidate : ElementFilter.methodsIn(type.getEnclosedElements())) {
        // A method serving several operations is read once per operation: its implementations once.
        for (ExecutableElement method : methods.stream().map(r -> r.handler().method()).distinct().toList()) {
          if (handlers.of(candidate).isEmpty()
              && processingEnv.getElementUtils().overrides(candidate, method, type)) {
            found.computeIfAbsent(method, m -> new ArrayList<>()).add(candidate);
          }
        }
      }
    }
    return found;
  }

  private void write(List<Operation> operations) {
    byte[] openApi = OperationsDocuments.openApi(operations);
    Map<String, List<Operation>> byCatalog = new TreeMap<>();
    Map<String, Description> catalogs = new TreeMap<>();
    for (Operation operation : operations) {
      String key = operation.catalog().packageName() + "." + operation.catalog().name();
      byCatalog.computeIfAbsent(key, k -> new ArrayList<>()).add(operation);
      catalogs.putIfAbsent(key, operation.catalog());
    }
    List<Resource> resources = new ArrayList<>();
    resources.add(new Resource(Resource.DIRECTORY + OperationsDocuments.OPENAPI, openApi));
    byCatalog.forEach((key, list) -> {
      Description catalog = catalogs.get(key);
      resources.add(new Resource(Resource.DIRECTORY + OperationsDocuments.markdownName(catalog),
          OperationsDocuments.utf8(OperationsDocuments.markdown(catalog, list))));
    });
    if (!"false".equals(processingEnv.getOptions().get(MICROPROFILE_OPTION))) {
      resources.add(new Resource(MICROPROFILE_FILE, openApi));
    }
    Element[] origins = operations.stream()
        .map(o -> processingEnv.getElementUtils().getTypeElement(o.resource()))
        .distinct()
        .toArray(Element[]::new);
    for (Resource resource : resources) {
      try {
        FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", resource.path(), origins);
        try (OutputStream out = file.openOutputStream()) {
          out.write(resource.bytes());
        }
      } catch (IOException e) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(e));
        return;
      }
    }
  }

  /** The compiler's syntax trees; null (with a warning) where the compiler is not javac. */
  private Trees trees() {
    try {
      return Trees.instance(processingEnv);
    } catch (IllegalArgumentException | LinkageError e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, Message.OPERATIONS_UNCHECKED.format(e));
      return null;
    }
  }
}
