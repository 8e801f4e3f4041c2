package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.InstanceSupplier;
import dev.errorcontract.processor.collect.Declarations.Body;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Issue 25: the {@code instance} of every answer made by the application's {@link InstanceSupplier}
 * ({@code @ErrorCatalog(instanceSupplier = ...)} with {@code instance = Instance.SUPPLIED}). The generated
 * table creates the supplier with {@code new Supplier()} in the catalog's package, so the class must be
 * concrete, not inner, with a constructor without parameters it can call from there that declares no
 * checked exception; and a supplier goes with {@code SUPPLIED} only. That the class implements {@code
 * InstanceSupplier} and that the catalog's package may name it javac checks already ({@code Class<?
 * extends InstanceSupplier>}, and a class literal the catalog's annotation cannot access does not
 * compile): the generated code is in that package.
 */
final class InstanceSources {

  private final Elements elements;
  private final Types types;

  InstanceSources(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  void validate(Catalog catalog, Report report) {
    if (catalog.bodies().size() != 1) {
      return; // body-missing or body-conflict says what is wrong
    }
    Body body = catalog.bodies().get(0);
    Located<TypeMirror> named = catalog.instanceSupplier();
    TypeElement supplier = supplierOf(named);
    boolean supplied = "SUPPLIED".equals(body.instance().get());
    boolean clientOnly = Boolean.TRUE.equals(catalog.clientOnly().get());
    if (supplier == null) {
      if (supplied && !clientOnly) {
        report.report(Message.INSTANCE_SUPPLIER_MISSING, catalog.type(), located(body.instance(), body));
      }
      return;
    }
    String name = supplier.getQualifiedName().toString();
    if (!supplied) {
      report.report(Message.INSTANCE_SUPPLIER_UNUSED, catalog.type(), named, name,
          "Instance." + body.instance().get());
      return;
    }
    if (clientOnly) {
      report.warn(Message.INSTANCE_SUPPLIER_CLIENT_ONLY, catalog.type(), named, List.of(), name);
      return;
    }
    PackageElement catalogPackage = elements.getPackageOf(catalog.type());
    String packageName = catalogPackage.getQualifiedName().toString();
    String notConcrete = notConcrete(supplier);
    if (notConcrete != null) {
      report.report(Message.INSTANCE_SUPPLIER_NOT_CONCRETE, catalog.type(), named, name, notConcrete);
      return;
    }
    if (supplier.getNestingKind() == NestingKind.MEMBER && !supplier.getModifiers().contains(Modifier.STATIC)) {
      report.report(Message.INSTANCE_SUPPLIER_INNER, catalog.type(), named, name,
          ((TypeElement) supplier.getEnclosingElement()).getQualifiedName());
      return;
    }
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(supplier.getEnclosedElements());
    ExecutableElement noArguments = constructors.stream()
        .filter(c -> c.getParameters().isEmpty())
        .findFirst()
        .orElse(null);
    if (noArguments == null || !callable(noArguments, supplier, catalogPackage)) {
      String why = noArguments == null
          ? "its constructors all take parameters"
          : "its constructor without parameters is " + access(noArguments, supplier);
      report.report(Message.INSTANCE_SUPPLIER_CONSTRUCTOR, catalog.type(), named, name, packageName, why,
          supplier.getSimpleName());
      return;
    }
    TypeMirror runtime = elements.getTypeElement(RuntimeException.class.getName()).asType();
    TypeMirror error = elements.getTypeElement(Error.class.getName()).asType();
    for (TypeMirror thrown : noArguments.getThrownTypes()) {
      if (!types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error)) {
        report.report(Message.INSTANCE_SUPPLIER_CONSTRUCTOR_THROWS, catalog.type(), named, name, thrown,
            supplier.getSimpleName());
        return;
      }
    }
  }

  /** The class named, or null when none is ({@code InstanceSupplier} itself is the default). */
  private static TypeElement supplierOf(Located<TypeMirror> named) {
    if (!(named.get() instanceof DeclaredType declared)
        || !(declared.asElement() instanceof TypeElement type)
        || type.getQualifiedName().contentEquals(InstanceSupplier.class.getName())) {
      return null;
    }
    return type;
  }

  /** The body annotation's instance value, or the annotation itself when it was left at its default. */
  private static Located<String> located(Located<String> instance, Body body) {
    return instance.isExplicit() ? instance : new Located<>(instance.get(), body.annotation(), null);
  }

  private static String notConcrete(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case CLASS -> type.getModifiers().contains(Modifier.ABSTRACT) ? "an abstract class" : null;
      default -> null;
    };
  }

  private static boolean callable(ExecutableElement constructor, TypeElement type, PackageElement from) {
    if (constructor.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    // Package-private or protected: callable from the same package only.
    return !constructor.getModifiers().contains(Modifier.PRIVATE) && samePackage(type, from);
  }

  private static String access(ExecutableElement constructor, TypeElement type) {
    if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
      return "private";
    }
    if (constructor.getModifiers().contains(Modifier.PROTECTED)) {
      return "protected, in another package";
    }
    return "package-private, in another package";
  }

  private static boolean samePackage(Element type, PackageElement from) {
    Element e = type;
    while (e != null && e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return e != null && ((PackageElement) e).getQualifiedName().contentEquals(from.getQualifiedName());
  }
}
