package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Body;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Component;
import dev.errorcontract.processor.collect.Declarations.RecordBody;
import dev.errorcontract.processor.collect.Declarations.RecordShape;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The rules for a {@code @RecordBody}'s record, component by component and through nested records: a
 * record declared by the team, every component bound once (nested records bound through their own
 * components), each JSON name once, each catalog value bound once, Jackson's {@code @JsonInclude} only
 * where it agrees with the body, no record containing itself. Each problem is shown at the component.
 */
final class RecordShapes {

  private static final Set<String> JSON_INCLUDE_AGREEING = Set.of("ALWAYS", "NON_NULL", "NON_ABSENT", "USE_DEFAULTS");

  private final Predicate<Element> inSource;
  private final ComponentTypes componentTypes;

  RecordShapes(Predicate<Element> inSource, ComponentTypes componentTypes) {
    this.inSource = inSource;
    this.componentTypes = componentTypes;
  }

  /** Reports the body record components whose type does not compile. */
  void reportUnresolved(Catalog catalog, Report report) {
    for (Body body : catalog.bodies()) {
      if (body instanceof RecordBody record && record.shape() != null) {
        reportUnresolvedComponents(catalog, record, record.shape(), report);
      }
    }
  }

  private void reportUnresolvedComponents(Catalog catalog, RecordBody body, RecordShape shape, Report report) {
    for (Component component : shape.components()) {
      if (component.type().getKind() == TypeKind.ERROR) {
        where(catalog, body, component, null, null).report(report,
            Message.VALUE_UNRESOLVED,
            "component " + component.element().getSimpleName() + " of " + shape.record().getSimpleName(),
            "its type " + component.type() + " cannot be found");
      } else if (component.nested() != null) {
        reportUnresolvedComponents(catalog, body, component.nested(), report);
      }
    }
  }

  /**
   * Where a problem with a record component is shown. javac has no source position for a record component
   * element (its diagnostics would have no file and line), so the component's private field, which javac
   * declares from the very same source, stands in for it. A record from a class file (a jar) has no
   * source at all: the problem is shown on the catalog's {@code @RecordBody} value, which names it.
   */
  private Where where(Catalog catalog, RecordBody body, Component component, AnnotationMirror annotation,
      AnnotationValue value) {
    RecordComponentElement element = component.element();
    if (!inSource.test(element.getEnclosingElement())) {
      return new Where(catalog.type(), body.annotation(), body.type().value());
    }
    for (Element member : element.getEnclosingElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(element.getSimpleName())) {
        return new Where(member, annotation, value);
      }
    }
    return new Where(element, annotation, value);
  }

  /** Reports the problems of the record body's shape, each at its component. */
  void validate(BodyContext context, RecordBody record) {
    TypeMirror type = record.type().get();
    if (type == null) {
      return; // javac already reported the value.
    }
    if (record.shape() == null) {
      context.report().report(Message.RECORD_BODY_TYPE, context.catalog().type(), record.type(), type);
      return;
    }
    validateShape(context, record, record.shape(), new HashMap<>(), record.shape().record().getSimpleName().toString());
  }

  /**
   * {@code path}: how the body reaches this record, {@code ApiFailure.error} for the record of its component
   * {@code error}; a record used twice is told apart by it.
   */
  private void validateShape(
      BodyContext context, RecordBody body, RecordShape shape, Map<String, String> bound, String path) {
    Catalog catalog = context.catalog();
    Report report = context.report();
    Set<String> jsonNames = new HashSet<>();
    String recordName = shape.record().getSimpleName().toString();
    if (shape.include() != null && !JSON_INCLUDE_AGREEING.contains(shape.include().get())) {
      Where at = inSource.test(shape.record())
          ? new Where(shape.record(), shape.include().annotation(), shape.include().value())
          : new Where(catalog.type(), body.annotation(), body.type().value());
      at.report(report, Message.JSON_INCLUDE_UNSUPPORTED, shape.include().get(), "record " + recordName);
    }
    for (Component component : shape.components()) {
      String name = component.element().getSimpleName().toString();
      String subject = "Component " + name + " of " + recordName;
      if (!jsonNames.add(component.jsonName())) {
        where(catalog, body, component, null, null).report(report, Message.MEMBER_NAME_DUPLICATE, component.jsonName());
      }
      if (component.include() != null && !JSON_INCLUDE_AGREEING.contains(component.include().get())) {
        where(catalog, body, component, component.include().annotation(), component.include().value())
            .report(report, Message.JSON_INCLUDE_UNSUPPORTED, component.include().get(), "component " + name);
      }
      if (component.cycle()) {
        where(catalog, body, component, null, null).report(report, Message.RECORD_CYCLE, recordName, name);
        continue;
      }
      if (component.nested() != null) {
        if (component.bind() != null) {
          where(catalog, body, component, component.bind(), null)
              .report(report, Message.RECORD_COMPONENT_BOUND_TWICE, name, recordName);
        }
        validateShape(context, body, component.nested(), bound, path + "." + name);
        continue;
      }
      if (component.bind() == null) {
        where(catalog, body, component, null, null).report(report, Message.RECORD_COMPONENT_UNBOUND, name, recordName,
            inSource.test(shape.record())
                ? "Annotate it with @Bind(...) or make its type a record (a nested object)"
                : recordName + " is compiled elsewhere (it comes from the class path), so it cannot be annotated"
                    + " here: declare a record of this project for the body, each component bound with @Bind(...) or"
                    + " a nested record, and name it in @RecordBody");
        continue;
      }
      String value = component.value().get();
      if (value == null) {
        continue;
      }
      Where annotation = where(catalog, body, component, component.bind(), null);
      if (value.equals("SUPPLIED") || value.equals("VIOLATIONS")) {
        where(catalog, body, component, component.bind(), component.value().value())
            .report(report, Message.SUPPLIED_IN_RECORD, subject, value, value);
        continue;
      }
      if (!MemberSources.checkSources(context, subject, annotation, component.value(), component.constant(), component.attribute(),
          component.argument())) {
        continue;
      }
      Where valueAt = where(catalog, body, component, component.bind(), component.value().value());
      MemberSources.checkSource(context, subject, value, component.attribute(), component.argument(), valueAt,
          where(catalog, body, component, component.bind(), component.attribute().value()),
          where(catalog, body, component, component.bind(), component.argument().value()), component);
      MemberSources.checkVaries(subject, value, component.argument(), component.varies(),
          where(catalog, body, component, component.bind(), component.varies().value()), report);
      componentTypes.check(catalog, component, value, recordName, valueAt,
          where(catalog, body, component, component.bind(), component.attribute().value()),
          where(catalog, body, component, component.bind(), component.constant().value()), report);
      if (!value.equals("CONSTANT")) {
        String earlier = bound.putIfAbsent(value, path + "." + name);
        if (earlier != null) {
          valueAt.report(report, Message.RECORD_VALUE_BOUND_TWICE, value, earlier, path + "." + name);
        }
      }
    }
  }

}
