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
import dev.errorcontract.processor.generate.Generator;
import dev.errorcontract.processor.generate.Source;
import dev.errorcontract.processor.generate.docs.Resource;
import dev.errorcontract.processor.model.CatalogModel;
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
    return Set.of(PublishedPageValidator.PROJECT_DIR_OPTION);
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
    List<Source> sources = generator.sources(model);
    List<Resource> resources = generator.resources(model);
    for (Source source : sources) {
      try {
        writeSource(source);
      } catch (IOException e) {
        internalError(type, e);
        return;
      }
    }
    if (generator.providersWithoutPriority()) {
      Report priority = new Report();
      priority.report(Message.PROVIDERS_WITHOUT_PRIORITY, type, annotation, null, model.name());
      new Printer(processingEnv).print(priority);
    }
    if (sharedNames.contains(model.name())) {
      resources = resources.stream().map(r -> r.inPackage(model.packageName())).toList();
    }
    writeResources(type, resources);
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

  /** Writes the documentation resources into the class output, so they ship inside the jar. */
  private void writeResources(TypeElement type, List<Resource> resources) {
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
        return;
      } catch (IOException e) {
        internalError(type, e);
        return;
      }
    }
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
