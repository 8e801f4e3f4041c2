package dev.errorcontract.processor;

import com.google.auto.service.AutoService;
import dev.errorcontract.processor.collect.AnnotationNames;
import dev.errorcontract.processor.collect.CatalogReader;
import dev.errorcontract.processor.collect.LocalCatalogs;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.derive.Describer;
import dev.errorcontract.processor.derive.Description;
import dev.errorcontract.processor.derive.Meaning;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Printer;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.generate.AdapterView;
import dev.errorcontract.processor.generate.CatalogIndex;
import dev.errorcontract.processor.generate.Generator;
import dev.errorcontract.processor.generate.Source;
import dev.errorcontract.processor.generate.docs.Resource;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.spi.CatalogView;
import dev.errorcontract.processor.spi.RuntimeAdapter;
import dev.errorcontract.processor.validate.AmbiguityValidator;
import dev.errorcontract.processor.validate.BaselineCheck;
import dev.errorcontract.processor.validate.CatalogValidator;
import dev.errorcontract.processor.validate.EvolutionMarksValidator;
import dev.errorcontract.processor.validate.OrphanAnnotations;
import dev.errorcontract.processor.validate.PublishedPageValidator;
import dev.errorcontract.processor.validate.SourceFiles;
import dev.errorcontract.processor.validate.UnusedSuppressions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Runs one pipeline per {@code @ErrorCatalog}, in the order of the packages (see {@code package-info}):
 * collect the declaration, derive its meaning once, validate (every problem reported), build the
 * immutable model, generate. A catalog with an error generates nothing; other catalogs go on. No
 * exception ever reaches javac.
 */
@AutoService(Processor.class)
public final class ErrorCatalogProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>();
    types.add(AnnotationNames.ERROR_CATALOG);
    types.addAll(AnnotationNames.BODIES);
    types.addAll(AnnotationNames.ROWS);
    types.add(AnnotationNames.PUBLISHED_PAGE);
    // Claimed too, though read from the catalog: javac's -Xlint:processing names unclaimed annotations,
    // and a user's -Werror makes that an error. @Generated is on the very types this processor writes;
    // it has SOURCE retention and no processor of its own.
    types.add(AnnotationNames.BIND);
    types.add("javax.annotation.processing.Generated");
    return types;
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new LinkedHashSet<>();
    options.add(PublishedPageValidator.PROJECT_DIR_OPTION);
    options.addAll(adapters().options());
    return options;
  }

  /** The runtime adapters on the processor path, loaded once per compilation. */
  private RuntimeAdapters adapters;
  /** Adapter classes the class path names and the processor path lacks; read once. */
  private List<String> missingAdapters;

  private RuntimeAdapters adapters() {
    if (adapters == null) {
      adapters = RuntimeAdapters.load(processingEnv);
    }
    return adapters;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * Catalogs with a value that did not compile yet, by qualified name: the value may name a type another
   * processor generates in a later round. They are retried each round and reported in the last.
   */
  private final Set<String> deferred = new TreeSet<>();
  /** Catalog names taken so far, {@code package.Name}: two catalogs of one package must not share one. */
  private final Map<String, TypeElement> byGeneratedName = new HashMap<>();
  /** Finds catalogs on local classes, which javac hands no processor; null where trees are not offered. */
  private LocalCatalogs localCatalogs;

  @Override
  public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
    super.init(env);
    localCatalogs = LocalCatalogs.of(env);
  }

  /** Catalog names this round holds in more than one package. */
  private final Set<String> sharedNames = new TreeSet<>();
  /** The catalogs generated so far, listed for runtimes that find catalogs themselves. */
  private final CatalogIndex index = new CatalogIndex();

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | Error e) {
      // Outside any one catalog (finding the annotated types): still never an exception to javac.
      processingEnv.getMessager().printMessage(
          javax.tools.Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(trace(e)));
    }
    // The annotations are ours alone; claiming them keeps javac's -Xlint:processing quiet.
    return true;
  }

  private void processRound(RoundEnvironment round) {
    TypeElement catalogAnnotation = processingEnv.getElementUtils().getTypeElement(AnnotationNames.ERROR_CATALOG);
    if (catalogAnnotation == null) {
      return; // error-catalog is not on the class path: nothing here is ours.
    }
    // One scan for all our annotations: each scan walks every member of every root element, and in the
    // round after generation those are the generated types, with a nested class per error.
    Set<TypeElement> ours = new LinkedHashSet<>();
    for (String name : getSupportedAnnotationTypes()) {
      TypeElement annotationType = processingEnv.getElementUtils().getTypeElement(name);
      if (annotationType != null) {
        ours.add(annotationType);
      }
    }
    Set<? extends Element> annotated = round.getElementsAnnotatedWithAny(ours.toArray(TypeElement[]::new));
    new Printer(processingEnv).print(OrphanAnnotations.report(annotated));
    if (localCatalogs != null) {
      localCatalogs.report(round.getRootElements());
    }
    Map<String, TypeElement> catalogTypes = new TreeMap<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        catalogTypes.put(name, type);
      }
    }
    deferred.clear();
    for (Element element : annotated) {
      if (element instanceof TypeElement type && CatalogReader.find(type, AnnotationNames.ERROR_CATALOG).isPresent()) {
        catalogTypes.put(type.getQualifiedName().toString(), type);
      }
    }
    sharedNames.clear();
    sharedNames.addAll(namesInSeveralPackages(catalogTypes.values()));
    // Sorted by name, so that output and diagnostics do not depend on javac's iteration order.
    for (TypeElement type : catalogTypes.values()) {
      try {
        process(type, round.processingOver());
      } catch (RuntimeException | Error e) {
        internalError(type, e);
      }
    }
    if (round.processingOver() && !index.isEmpty()) {
      writeIndex();
    }
  }

  /** Writes {@link CatalogIndex#PATH}, once, after the last catalog. */
  private void writeIndex() {
    Resource resource = index.resource();
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", resource.path());
      try (OutputStream out = file.openOutputStream()) {
        out.write(resource.bytes());
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(
          javax.tools.Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(trace(e)));
    }
  }

  /**
   * The catalog names given in more than one package: such catalogs are fine, and their documentation
   * goes under their package so that neither overwrites the other.
   */
  private static Set<String> namesInSeveralPackages(Collection<TypeElement> catalogTypes) {
    Map<String, Integer> counts = new HashMap<>();
    for (TypeElement type : catalogTypes) {
      CatalogReader.find(type, AnnotationNames.ERROR_CATALOG)
          .flatMap(CatalogReader::explicitValue)
          .ifPresent(name -> counts.merge(name, 1, Integer::sum));
    }
    Set<String> shared = new TreeSet<>();
    counts.forEach((name, count) -> {
      if (count > 1) {
        shared.add(name);
      }
    });
    return shared;
  }

  private void process(TypeElement type, boolean lastRound) {
    AnnotationMirror annotation = CatalogReader.find(type, AnnotationNames.ERROR_CATALOG).orElseThrow();
    Catalog declaration = new CatalogReader().read(type, annotation);
    if (!declaration.isResolved() && !lastRound) {
      deferred.add(type.getQualifiedName().toString());
      return;
    }
    // What the declaration means, derived once: every later phase reads this one.
    Meaning meaning = Meaning.of(declaration);
    Report report = new CatalogValidator(
            processingEnv.getElementUtils(), processingEnv.getTypeUtils(), SourceFiles.of(processingEnv))
        .validate(declaration, meaning);
    report.addAll(EvolutionMarksValidator.validate(declaration));
    String name = declaration.name().get();
    if (name != null) {
      String key = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName() + "." + name;
      TypeElement other = byGeneratedName.putIfAbsent(key, type);
      if (other != null && !other.equals(type)) {
        report.report(
            Message.CATALOG_NAME_DUPLICATE, type, declaration.name(),
            processingEnv.getElementUtils().getPackageOf(type).getQualifiedName(), name, other.getQualifiedName());
      }
    }
    if (!report.hasErrors()) {
      // The drift check against a checked-in page (@PublishedPage): a drift fails the build like any error.
      report.addAll(new PublishedPageValidator(processingEnv).check(declaration, meaning));
    }
    new Printer(processingEnv).print(report);
    if (report.hasErrors()) {
      return;
    }
    // The complete description needs a valid declaration. Ambiguity needs it (added answers, bodies), as does
    // the comparison with the previous release (@ErrorCatalog(baseline)); both are reported before either
    // stops the catalog.
    Description description = new Describer(processingEnv.getElementUtils()).describe(declaration, meaning);
    Report ambiguity = new AmbiguityValidator().validate(declaration, description);
    Report evolution = new BaselineCheck(processingEnv).check(declaration, description);
    new Printer(processingEnv).print(ambiguity);
    new Printer(processingEnv).print(evolution);
    if (ambiguity.hasErrors() || evolution.hasErrors()) {
      return;
    }
    new Printer(processingEnv).print(UnusedSuppressions.report(declaration, List.of(report, ambiguity, evolution)));
    CatalogModel model = new CatalogModel(description);
    Generator generator = new Generator(processingEnv.getElementUtils());
    List<Source> sources = new ArrayList<>(generator.sources(model));
    List<Resource> resources = generator.resources(model);
    if (sharedNames.contains(model.name())) {
      resources = resources.stream().map(r -> r.inPackage(model.packageName())).toList();
    }
    resources = new ArrayList<>(resources);
    List<AdapterContext> runs = runAdapters(type, annotation, model);
    if (runs == null) {
      return; // An adapter failed: like any internal error, nothing is generated for the catalog.
    }
    for (AdapterContext run : runs) {
      sources.addAll(run.sources());
    }
    for (Source source : sources) {
      try {
        writeSource(source);
      } catch (IOException e) {
        internalError(type, e);
        return;
      }
    }
    for (AdapterContext run : runs) {
      for (AdapterContext.Warning warning : run.warnings()) {
        printAdapterWarning(type, annotation, warning);
      }
      resources.addAll(run.resources());
    }
    // A client-only catalog describes someone else's API: no runtime of this app may answer with it.
    if (writeResources(type, resources) && !model.clientOnly()) {
      index.add(model);
    }
  }

  /**
   * Runs every enabled adapter that applies on the catalog, in name order; reports the adapters that
   * would apply but are disabled, and those the class path names but the processor path lacks. A client
   * catalog gets no adapter: it has no server. Null when an adapter threw, which is reported.
   */
  private List<AdapterContext> runAdapters(TypeElement type, AnnotationMirror annotation, CatalogModel model) {
    List<AdapterContext> runs = new ArrayList<>();
    if (model.clientOnly()) {
      return runs;
    }
    RuntimeAdapters loaded = adapters();
    Report report = new Report();
    for (RuntimeAdapter adapter : loaded.disabled()) {
      if (adapter.applies(processingEnv)) {
        report.report(Message.RUNTIME_ADAPTER_DISABLED, type, annotation, null, adapter.name(), model.name(),
            adapter.name());
      }
    }
    for (String unloadable : loaded.unloadable()) {
      report.report(Message.RUNTIME_ADAPTER_UNLOADABLE, type, annotation, null, RuntimeAdapters.SERVICE_FILE,
          unloadable, model.name());
    }
    if (missingAdapters == null) {
      missingAdapters = loaded.missing(processingEnv);
    }
    for (String missing : missingAdapters) {
      report.report(Message.RUNTIME_ADAPTER_MISSING, type, annotation, null, missing,
          RuntimeAdapter.class.getName(), model.name());
    }
    new Printer(processingEnv).print(report);
    CatalogView view = AdapterView.of(model);
    for (RuntimeAdapter adapter : loaded.enabled()) {
      AdapterContext run = new AdapterContext(processingEnv, view);
      try {
        if (adapter.applies(processingEnv)) {
          adapter.generate(run);
          runs.add(run);
        }
      } catch (RuntimeException | Error e) {
        processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
            Message.INTERNAL_ERROR.format("runtime adapter " + adapter.name() + " (" + adapter.getClass().getName()
                + "): " + trace(e)), type);
        return null;
      }
    }
    return runs;
  }

  /**
   * An adapter's warning, on the catalog's {@code @ErrorCatalog}, silenced as the processor's own are: by
   * {@code @SuppressWarnings("error-contract:<key>")} or {@code "error-contract"} on the catalog or an
   * enclosing element.
   */
  private void printAdapterWarning(TypeElement type, AnnotationMirror annotation, AdapterContext.Warning warning) {
    String key = "error-contract:" + warning.key();
    for (Element e = type; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && java.util.Arrays.stream(suppress.value())
          .anyMatch(v -> v.equals(key) || v.equals("error-contract"))) {
        return;
      }
    }
    processingEnv.getMessager().printMessage(
        javax.tools.Diagnostic.Kind.WARNING, "[" + key + "] " + warning.text(), type, annotation);
  }

  private void writeSource(Source source) throws IOException {
    JavaFileObject file = processingEnv.getFiler()
        .createSourceFile(source.name(), source.originatingElements().toArray(Element[]::new));
    try (Writer writer = file.openWriter()) {
      writer.write(source.text());
    } catch (IOException | RuntimeException e) {
      file.delete(); // As JavaPoet's writeTo(Filer) does: no half-written source for javac to read.
      throw e;
    }
  }

  /**
   * Writes the documentation resources into the class output, so they ship inside the jar; false when
   * one could not be written (reported).
   */
  private boolean writeResources(TypeElement type, List<Resource> resources) {
    for (Resource resource : resources) {
      try {
        FileObject file = processingEnv.getFiler()
            .createResource(StandardLocation.CLASS_OUTPUT, "", resource.path(), type);
        try (OutputStream out = file.openOutputStream()) {
          out.write(resource.bytes());
        }
      } catch (javax.annotation.processing.FilerException e) {
        Report report = new Report();
        report.report(Message.DOCS_RESOURCE_EXISTS, type, resource.path());
        new Printer(processingEnv).print(report);
        return false;
      } catch (IOException e) {
        internalError(type, e);
        return false;
      }
    }
    return true;
  }

  private void internalError(TypeElement type, Throwable failure) {
    processingEnv.getMessager().printMessage(
        javax.tools.Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(trace(failure)), type);
  }

  private static String trace(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
