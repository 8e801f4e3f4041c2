package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.StatusCodes;
import dev.errorcontract.processor.collect.Declarations.Body;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Component;
import dev.errorcontract.processor.collect.Declarations.FieldBody;
import dev.errorcontract.processor.collect.Declarations.Member;
import dev.errorcontract.processor.collect.Declarations.ProblemBody;
import dev.errorcontract.processor.collect.Declarations.RecordBody;
import dev.errorcontract.processor.collect.Declarations.RecordShape;
import dev.errorcontract.processor.collect.Declarations.Unresolved;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.derive.Meaning;
import dev.errorcontract.processor.derive.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one catalog declaration and reports every problem it finds; it never stops at the first and
 * never generates anything.
 */
public final class CatalogValidator {

  private final Elements elements;
  private final Types types;
  private final Predicate<Element> inSource;
  private final StatusValidator statuses = new StatusValidator();
  private final ErrorValidator errors;
  private final BodyValidator bodies;
  private final ConditionValidator conditions = new ConditionValidator();
  private final ColumnValidator columns = new ColumnValidator();
  private final InstanceSources instanceSources;

  /**
   * @param inSource whether an element is declared in this compilation's sources (rather than read from
   *     a class file): only those have positions, and only those can be the user's own code
   */
  public CatalogValidator(Elements elements, Types types, Predicate<Element> inSource) {
    this.elements = elements;
    this.types = types;
    this.inSource = inSource;
    this.errors = new ErrorValidator(elements, types);
    this.bodies = new BodyValidator(types, inSource);
    this.instanceSources = new InstanceSources(elements, types);
  }

  /** Every problem of {@code catalog}, whose meaning ({@link Meaning#of}) is {@code meaning}. */
  public Report validate(Catalog catalog, Meaning meaning) {
    Report report = new Report();
    TypeElement type = catalog.type();
    if (type.getKind() != ElementKind.INTERFACE && type.getKind() != ElementKind.CLASS) {
      report.report(
          Message.CATALOG_TARGET, type, catalog.annotation(), null,
          kindName(type.getKind()), type.getSimpleName(), type.getSimpleName());
    }
    if (!catalog.isResolved()) {
      // Every other rule would judge javac's placeholders instead of the user's values: report only these.
      for (Unresolved value : catalog.unresolved()) {
        report.report(Message.VALUE_UNRESOLVED, type, value.where(), value.member(), "javac reports why");
      }
      bodies.reportUnresolvedComponents(catalog, report);
      return report;
    }
    String name = catalog.name().get();
    boolean nameUsable = false;
    if (name == null || name.isBlank()) {
      report.report(Message.CATALOG_NAME_BLANK, type, catalog.name());
    } else if (!isPortableCatalogName(name)) {
      report.report(Message.CATALOG_NAME_INVALID, type, catalog.name(), Texts.shown(name), Names.suggestCatalogName(name));
    } else {
      nameUsable = true;
    }
    Attributes attributes = new Attributes(catalog);
    attributes.validateDeclared(report);
    statuses.validate(catalog, meaning, attributes, report);
    errors.validate(catalog, meaning, attributes, report);
    conditions.validate(catalog, meaning, report);
    validateSize(catalog, report);
    if ("CATALOG_DEFAULT".equals(catalog.stackTraces().get())) {
      report.report(Message.STACK_TRACE_SETTING, type, catalog.stackTraces());
    }
    bodies.validate(catalog, meaning, attributes, report);
    instanceSources.validate(catalog, report);
    columns.validate(catalog, attributes, report);
    validateSuppress(catalog, report);
    if (!report.hasErrors()) {
      warnUnusedAttributes(catalog, report);
    }
    if (nameUsable) {
      validateTypeNames(catalog, name, report);
    }
    return report;
  }

  /** ASCII letters and digits, starting upper-case: generated file names must survive any file system. */
  private static boolean isPortableCatalogName(String name) {
    return Names.isCatalogName(name) && name.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c));
  }

  /** A row's {@code suppress} names warning keys; anything else would silently turn nothing off. */
  private static void validateSuppress(Catalog catalog, Report report) {
    Set<String> keys = StatusValidator.warningKeys();
    List<Located<String>> all = new ArrayList<>();
    catalog.statuses().forEach(s -> all.addAll(s.suppress()));
    catalog.errors().forEach(e -> all.addAll(e.suppress()));
    for (Located<String> key : all) {
      if (!keys.contains(key.get()) && !"error-contract".equals(key.get())) {
        report.report(Message.SUPPRESS_UNKNOWN, catalog.type(), key, Texts.shown(key.get()), String.join(", ", keys));
      }
    }
  }

  /** An attribute no body member holds would never reach a client. */
  private static void warnUnusedAttributes(Catalog catalog, Report report) {
    Set<String> held = new HashSet<>();
    for (Body body : catalog.bodies()) {
      List<Member> members = body instanceof FieldBody f ? f.members()
          : body instanceof ProblemBody p ? p.extensions() : List.of();
      members.forEach(m -> held.add(m.attribute().get()));
      if (body instanceof RecordBody r && r.shape() != null) {
        collectAttributes(r.shape(), held);
      }
    }
    for (Located<String> attribute : catalog.attributes()) {
      if (!held.contains(attribute.get())) {
        report.report(Message.ATTRIBUTE_UNUSED, catalog.type(), attribute, attribute.get(), attribute.get(),
            attribute.get());
      }
    }
  }

  private static void collectAttributes(RecordShape shape, Set<String> held) {
    for (Component component : shape.components()) {
      if (component.nested() != null) {
        collectAttributes(component.nested(), held);
      } else if (component.attribute() != null) {
        held.add(component.attribute().get());
      }
    }
  }

  /**
   * The bytecode the largest methods of the generated error enum may use. javac limits a method to 65,535
   * bytes. The static initializer costs about {@value #BYTES_PER_CONSTANT} bytes per constant (each row is
   * built by a method of its own, so the initializer only calls it, whatever the row holds), and {@code
   * byCode}, a switch over the machine codes, about {@value #BYTES_PER_CODE} bytes per code. Fitted to the
   * v2 generator's output for catalogs of 200 and 1,000 rows, measured with javap; the budget keeps a
   * margin. Past it, users would meet javac's bare "code too large" on generated code.
   */
  static final int METHOD_BUDGET = 64_000;
  static final int BYTES_PER_CONSTANT = 22;
  static final int BYTES_PER_CODE = 36;

  private static void validateSize(Catalog catalog, Report report) {
    // Rows, plus at most one constant per status row answering with its title.
    long constants = catalog.errors().size() + catalog.statuses().size();
    long codes = catalog.errors().stream()
        .filter(e -> e.code().get() != null && !e.code().get().isEmpty())
        .count();
    long initializer = constants * BYTES_PER_CONSTANT;
    long byCode = codes * BYTES_PER_CODE;
    if (initializer > METHOD_BUDGET || byCode > METHOD_BUDGET) {
      boolean codesLimit = byCode >= initializer;
      report.report(
          Message.CATALOG_TOO_LARGE, catalog.type(), catalog.annotation(), null,
          constants, codes, catalog.name().get() + "Error",
          codesLimit ? "lookup by machine code (byCode)" : "static initializer",
          codesLimit ? byCode : initializer);
    }
  }

  /** Generated types must not replace a type the user already has in the package. */
  /**
   * The suffixes of every type the processor may generate for a catalog: the enums, the exception and
   * the feature, and (with error-jaxrs on the class path) the JAX-RS providers of ProvidersGenerator.
   * All are reserved whether or not the providers are generated, so that adding error-jaxrs later
   * cannot turn a compiling project into a clash.
   */
  private static final List<String> GENERATED_SUFFIXES =
      List.of("Status", "Error", "Exception", "Feature",
          // issue 14: the generated providers.
          "ExceptionMapper", "WebApplicationExceptionMapper", "ThrowableMapper", "ResponseFilter",
          "BodyWriter", "ReaderInterceptor");

  private void validateTypeNames(Catalog catalog, String name, Report report) {
    PackageElement pkg = elements.getPackageOf(catalog.type());
    for (String suffix : GENERATED_SUFFIXES) {
      String simpleName = name + suffix;
      String qualified = pkg.isUnnamed() ? simpleName : pkg.getQualifiedName() + "." + simpleName;
      TypeElement existing = elements.getTypeElement(qualified);
      if (existing != null && !(isGenerated(existing) || !inSource.test(existing) && looksGenerated(existing, suffix))) {
        report.report(Message.TYPE_NAME_COLLISION, catalog.type(), catalog.name(), qualified,
            withArticle(kindName(existing.getKind()).substring(4))
                + (inSource.test(existing) ? " in the sources" : " on the class path"));
      }
    }
  }

  /**
   * Whether an existing type is this processor's own output of this compilation: it carries {@code
   * @Generated} naming the processor.
   */
  private static boolean isGenerated(TypeElement type) {
    return type.getAnnotationMirrors().stream()
        .anyMatch(m -> m.getAnnotationType().toString().equals("javax.annotation.processing.Generated")
            && m.getElementValues().values().stream()
                .anyMatch(v -> v.getValue().toString().contains("dev.errorcontract.processor")));
  }

  /**
   * Whether a type from a class file is this processor's output of an earlier compilation (a stale class
   * file an IDE or an incremental build keeps on the class path), whose SOURCE-retention {@code
   * @Generated} is gone: it is recognised by what only the generated type is. A type in the sources is
   * never taken for one, however much it looks like it: it is the user's.
   */
  private boolean looksGenerated(TypeElement type, String suffix) {
    switch (suffix) {
      case "Status":
        return type.getKind() == ElementKind.ENUM && isSubtype(type, DocumentedStatus.class.getName());
      case "Error":
        return type.getKind() == ElementKind.ENUM && isSubtype(type, DocumentedError.class.getName());
      case "Exception":
        return isSubtype(type, CatalogException.class.getName());
      case "Feature": // delegates to the error-jaxrs runtime feature.
        return type.getEnclosedElements().stream()
            .anyMatch(e -> e.getKind() == ElementKind.METHOD
                && e.getSimpleName().contentEquals("feature")
                && ((ExecutableElement) e).getReturnType().toString().equals("dev.errorcontract.jaxrs.ErrorContractFeature"));
      default: // a generated JAX-RS provider: it names its catalog through this marker interface.
        return isSubtype(type, "dev.errorcontract.jaxrs.internal.GeneratedProvider");
    }
  }

  private boolean isSubtype(TypeElement type, String supertype) {
    TypeElement parent = elements.getTypeElement(supertype);
    return parent != null && types.isSubtype(types.erasure(type.asType()), types.erasure(parent.asType()));
  }

  private static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String kindName(ElementKind kind) {
    switch (kind) {
      case ENUM: return "the enum";
      case RECORD: return "the record";
      case ANNOTATION_TYPE: return "the annotation type";
      default: return "the " + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The standard reason phrase, for the title warning; null for unregistered codes. */
  static String reasonPhrase(int code) {
    return StatusCodes.reasonPhrase(code);
  }
}
