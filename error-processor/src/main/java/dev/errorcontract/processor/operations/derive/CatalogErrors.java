package dev.errorcontract.processor.operations.derive;

import dev.errorcontract.processor.collect.AnnotationNames;
import dev.errorcontract.processor.collect.CatalogReader;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.derive.Describer;
import dev.errorcontract.processor.derive.Description;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.derive.Meaning;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Tells catalog exceptions from other types and finds the catalog behind them. A generated exception
 * {@code p.PassportException.InvalidNonce} extends {@code p.PassportException}, which extends {@code
 * CatalogException}; its catalog is the type of package {@code p} declaring {@code
 * @ErrorCatalog("Passport")}, read from source or, for a catalog in a jar, from its class file (the
 * catalog annotations have CLASS retention). Its meaning comes from the catalog's own {@link Meaning}
 * and {@link Describer}, never derived here. Descriptions are built once per catalog and compilation.
 */
public final class CatalogErrors {

  private static final String CATALOG_EXCEPTION = "dev.errorcontract.catalog.CatalogException";

  private final Elements elements;
  private final Map<String, Optional<Description>> descriptions = new HashMap<>();

  public CatalogErrors(Elements elements) {
    this.elements = elements;
  }

  /** A catalog exception type: one error ({@code PassportException.InvalidNonce}) or all of them. */
  public record CatalogType(TypeElement type, TypeElement base, boolean allErrors) {

    /** {@code Passport}: the catalog's name, as its generated types carry it. */
    public String catalogName() {
      String base = this.base.getSimpleName().toString();
      return base.substring(0, base.length() - "Exception".length());
    }

    /** {@code p.Passport}: tells catalogs of one name in different packages apart. */
    public String catalogKey() {
      return packageOf(base) + "." + catalogName();
    }

    /** {@code PassportException.InvalidNonce}, as users write it. */
    public String displayName() {
      return allErrors ? base.getSimpleName().toString() : base.getSimpleName() + "." + type.getSimpleName();
    }
  }

  /** The catalog exception {@code type} is, if it is one. */
  public Optional<CatalogType> of(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    TypeElement parent = superclass(element);
    if (parent == null) {
      return Optional.empty();
    }
    if (isCatalogException(parent) && element.getModifiers().contains(Modifier.ABSTRACT)
        && element.getSimpleName().toString().endsWith("Exception")) {
      return Optional.of(new CatalogType(element, element, true));
    }
    TypeElement grandParent = superclass(parent);
    if (grandParent != null && isCatalogException(grandParent) && parent.equals(element.getEnclosingElement())
        && parent.getSimpleName().toString().endsWith("Exception")) {
      return Optional.of(new CatalogType(element, parent, false));
    }
    return Optional.empty();
  }

  /** The description of the catalog behind {@code type}, if its declaration can be found and read. */
  public Optional<Description> description(CatalogType type) {
    return descriptions.computeIfAbsent(type.catalogKey(), key -> find(type).map(this::create));
  }

  /** The error a catalog exception of one error is, in its catalog's description. */
  public Optional<ErrorModel> error(Description catalog, CatalogType type) {
    String className = type.type().getSimpleName().toString();
    return catalog.errors().stream().filter(e -> e.className().equals(className)).findFirst();
  }

  /** Every error a declared type stands for: one, or all of its catalog's for the base exception. */
  public List<ErrorModel> errors(Description catalog, CatalogType type) {
    return type.allErrors() ? catalog.errors() : error(catalog, type).map(List::of).orElse(List.of());
  }

  private Description create(TypeElement declaringType) {
    AnnotationMirror annotation = CatalogReader.find(declaringType, AnnotationNames.ERROR_CATALOG).orElseThrow();
    Catalog declaration = new CatalogReader().read(declaringType, annotation);
    return new Describer(elements).describe(declaration, Meaning.of(declaration));
  }

  private Optional<TypeElement> find(CatalogType type) {
    PackageElement pkg = elements.getPackageOf(type.base());
    for (Element member : pkg.getEnclosedElements()) {
      Optional<TypeElement> found = declaring(member, type.catalogName());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The type declaring the named catalog: {@code member} or a type nested in it. */
  private static Optional<TypeElement> declaring(Element member, String name) {
    if (!(member instanceof TypeElement type)) {
      return Optional.empty();
    }
    Optional<AnnotationMirror> catalog = CatalogReader.find(type, AnnotationNames.ERROR_CATALOG);
    if (catalog.isPresent() && CatalogReader.explicitValue(catalog.get()).filter(name::equals).isPresent()) {
      return Optional.of(type);
    }
    for (Element nested : type.getEnclosedElements()) {
      if (nested.getKind().isInterface() || nested.getKind() == ElementKind.CLASS) {
        Optional<TypeElement> found = declaring(nested, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isCatalogException(TypeElement type) {
    return type.getQualifiedName().contentEquals(CATALOG_EXCEPTION);
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
  }

  private static String packageOf(TypeElement type) {
    Element e = type;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }
}
