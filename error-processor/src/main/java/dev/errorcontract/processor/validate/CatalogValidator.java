package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.StatusCodes;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Unresolved;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.model.Names;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
  private final StatusValidator statuses = new StatusValidator();
  private final ErrorValidator errors;
  private final BodyValidator bodies;

  public CatalogValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.errors = new ErrorValidator(elements, types);
    this.bodies = new BodyValidator(types);
  }

  /** Every problem of {@code catalog}. */
  public Report validate(Catalog catalog) {
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
    } else if (!Names.isCatalogName(name)) {
      report.report(Message.CATALOG_NAME_INVALID, type, catalog.name(), name, Names.suggestCatalogName(name));
    } else {
      nameUsable = true;
    }
    statuses.validate(catalog, report);
    Set<Integer> documented =
        catalog.statuses().stream()
            .map(s -> s.code().get())
            .filter(c -> c != null)
            .collect(Collectors.toSet());
    errors.validate(catalog, documented, report);
    validateSize(catalog, report);
    validateFallback(catalog, documented, report, true);
    validateFallback(catalog, documented, report, false);
    if ("CATALOG_DEFAULT".equals(catalog.stackTraces().get())) {
      report.report(Message.STACK_TRACE_SETTING, type, catalog.stackTraces());
    }
    bodies.validate(catalog, report);
    if (nameUsable) {
      validateTypeNames(catalog, name, report);
    }
    return report;
  }

  private static void validateFallback(Catalog catalog, Set<Integer> documented, Report report, boolean client) {
    var located = client ? catalog.clientFallback() : catalog.serverFallback();
    Integer code = located.get();
    if (code == null) {
      return;
    }
    String member = client ? "undocumentedClientErrors" : "undocumentedServerErrors";
    int low = client ? 400 : 500;
    if (code < low || code > low + 99) {
      report.report(
          Message.FALLBACK_RANGE, catalog.type(), located,
          member, code, client ? "client error" : "server error", low, low + 99);
    } else if (!documented.contains(code)) {
      report.report(Message.FALLBACK_UNDOCUMENTED, catalog.type(), located, member, code, code);
    }
  }

  /**
   * The bytecode the generated error enum's static initializer may use. javac limits a method to 65,535
   * bytes; each constant costs about {@value #BYTES_PER_CONSTANT} bytes and each template argument about
   * {@value #BYTES_PER_ARGUMENT} more (fitted to compilations of catalogs from 700 to 2,000 rows with 0 to
   * 8 arguments; the budget keeps a margin). Past it, users would meet javac's bare "code too large" on
   * generated code.
   */
  static final int ENUM_INITIALIZER_BUDGET = 64_000;
  static final int BYTES_PER_CONSTANT = 36;
  static final int BYTES_PER_ARGUMENT = 6;

  private static void validateSize(Catalog catalog, Report report) {
    // Rows, plus at most one constant per documented error status answering with its title.
    long constants = catalog.errors().size()
        + catalog.statuses().stream().filter(s -> s.code().get() != null && s.code().get() >= 400).count();
    long arguments = catalog.errors().stream().mapToLong(e -> e.args().size()).sum();
    long bytes = constants * BYTES_PER_CONSTANT + arguments * BYTES_PER_ARGUMENT;
    if (bytes > ENUM_INITIALIZER_BUDGET) {
      report.report(
          Message.CATALOG_TOO_LARGE, catalog.type(), catalog.annotation(), null,
          constants, arguments, catalog.name().get() + "Error", bytes);
    }
  }

  /** Generated types must not replace a type the user already has in the package. */
  private void validateTypeNames(Catalog catalog, String name, Report report) {
    PackageElement pkg = elements.getPackageOf(catalog.type());
    for (String suffix : List.of("Status", "Error", "Exception", "Feature")) {
      String simpleName = name + suffix;
      String qualified = pkg.isUnnamed() ? simpleName : pkg.getQualifiedName() + "." + simpleName;
      TypeElement existing = elements.getTypeElement(qualified);
      if (existing != null && !isGenerated(existing, suffix)) {
        report.report(Message.TYPE_NAME_COLLISION, catalog.type(), catalog.name(), qualified, qualified);
      }
    }
  }

  /**
   * Whether an existing type is this processor's own earlier output rather than a user type. In this
   * compilation it carries {@code @Generated}; from an earlier one (a stale class file an IDE or an
   * incremental build keeps on the class path) that SOURCE-retention marker is gone, so the type is
   * recognised by what only the generated type is.
   */
  private boolean isGenerated(TypeElement type, String suffix) {
    boolean marked = type.getAnnotationMirrors().stream()
        .anyMatch(m -> m.getAnnotationType().toString().equals("javax.annotation.processing.Generated")
            && m.getElementValues().values().stream()
                .anyMatch(v -> v.getValue().toString().contains("dev.errorcontract.processor")));
    if (marked) {
      return true;
    }
    switch (suffix) {
      case "Status":
        return type.getKind() == ElementKind.ENUM && isSubtype(type, DocumentedStatus.class.getName());
      case "Error":
        return type.getKind() == ElementKind.ENUM && isSubtype(type, DocumentedError.class.getName());
      case "Exception":
        return isSubtype(type, CatalogException.class.getName());
      default: // Feature: delegates to the error-jaxrs runtime feature.
        return type.getEnclosedElements().stream()
            .anyMatch(e -> e.getKind() == ElementKind.METHOD
                && e.getSimpleName().contentEquals("feature")
                && ((ExecutableElement) e).getReturnType().toString().equals("dev.errorcontract.jaxrs.ErrorContractFeature"));
    }
  }

  private boolean isSubtype(TypeElement type, String supertype) {
    TypeElement parent = elements.getTypeElement(supertype);
    return parent != null && types.isSubtype(types.erasure(type.asType()), types.erasure(parent.asType()));
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
