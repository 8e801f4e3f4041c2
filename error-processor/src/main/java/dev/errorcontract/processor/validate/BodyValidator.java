package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Body;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Component;
import dev.errorcontract.processor.collect.Declarations.Extension;
import dev.errorcontract.processor.collect.Declarations.FieldBody;
import dev.errorcontract.processor.collect.Declarations.ProblemBody;
import dev.errorcontract.processor.collect.Declarations.RecordBody;
import dev.errorcontract.processor.collect.Declarations.RecordShape;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** The rules for the body shape: exactly one, and each shape well-formed. */
final class BodyValidator {

  private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

  private final Types types;

  BodyValidator(Types types) {
    this.types = types;
  }

  void validate(Catalog catalog, Report report) {
    if (catalog.bodies().isEmpty()) {
      report.report(Message.BODY_MISSING, catalog.type(), catalog.annotation(), null, catalog.type().getSimpleName());
      return;
    }
    if (catalog.bodies().size() > 1) {
      String names = catalog.bodies().stream()
          .map(b -> "@" + b.annotation().getAnnotationType().asElement().getSimpleName())
          .collect(Collectors.joining(", "));
      for (Body body : catalog.bodies()) {
        report.report(Message.BODY_CONFLICT, catalog.type(), body.annotation(), null, catalog.bodies().size(), names);
      }
      return;
    }
    Body body = catalog.bodies().get(0);
    if (body instanceof FieldBody field) {
      if (field.field().get() != null && field.field().get().isBlank()) {
        report.report(Message.FIELD_NAME_BLANK, catalog.type(), field.field());
      }
    } else if (body instanceof ProblemBody problem) {
      validateProblem(catalog, problem, report);
    } else if (body instanceof RecordBody record) {
      validateRecord(catalog, record, report);
    }
  }

  private static void validateProblem(Catalog catalog, ProblemBody problem, Report report) {
    String type = problem.type().get();
    if (type != null) {
      String reason = null;
      if (type.isBlank()) {
        reason = "it is empty";
      } else {
        try {
          new URI(type);
        } catch (URISyntaxException e) {
          reason = e.getReason() + " at index " + e.getIndex();
        }
      }
      if (reason != null) {
        report.report(Message.PROBLEM_TYPE_INVALID, catalog.type(), problem.type(), type, reason);
      }
    }
    Set<String> names = new HashSet<>();
    for (Extension extension : problem.extensions()) {
      String name = extension.name().get();
      if (name == null) {
        continue;
      }
      if (name.isBlank()) {
        report.report(Message.MEMBER_NAME_BLANK, catalog.type(), extension.name());
      } else if (PROBLEM_MEMBERS.contains(name)) {
        report.report(Message.MEMBER_NAME_RESERVED, catalog.type(), extension.name(), name);
      } else if (!names.add(name)) {
        report.report(Message.MEMBER_NAME_DUPLICATE, catalog.type(), extension.name(), name);
      }
      checkConstantUse(catalog, extension.value(), extension.constant(), report);
    }
  }

  private static void checkConstantUse(Catalog catalog, Located<String> value, Located<String> constant, Report report) {
    if (constant.isExplicit() && value.get() != null && !"CONSTANT".equals(value.get())) {
      report.report(Message.BIND_CONSTANT_IGNORED, catalog.type(), constant, constant.get(), value.get());
    }
  }

  /** Reports the body record components whose type does not compile. */
  void reportUnresolvedComponents(Catalog catalog, Report report) {
    for (Body body : catalog.bodies()) {
      if (body instanceof RecordBody record && record.shape() != null) {
        reportUnresolvedComponents(record.shape(), report);
      }
    }
  }

  private static void reportUnresolvedComponents(RecordShape shape, Report report) {
    for (Component component : shape.components()) {
      if (component.type().getKind() == TypeKind.ERROR) {
        report.report(
            Message.VALUE_UNRESOLVED, position(component),
            "component " + component.element().getSimpleName() + " of " + shape.record().getSimpleName(),
            "its type " + component.type() + " cannot be found");
      } else if (component.nested() != null) {
        reportUnresolvedComponents(component.nested(), report);
      }
    }
  }

  /**
   * Where a problem with a record component is shown. javac has no source position for a record component
   * element (its diagnostics would have no file and line), so the component's private field, which javac
   * declares from the very same source, stands in for it.
   */
  static Element position(Component component) {
    RecordComponentElement element = component.element();
    for (Element member : element.getEnclosingElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(element.getSimpleName())) {
        return member;
      }
    }
    return element;
  }

  private void validateRecord(Catalog catalog, RecordBody record, Report report) {
    TypeMirror type = record.type().get();
    if (type == null) {
      return; // javac already reported the value.
    }
    if (record.shape() == null) {
      report.report(Message.RECORD_BODY_TYPE, catalog.type(), record.type(), type);
      return;
    }
    validateShape(catalog, record.shape(), new HashMap<>(), report);
  }

  private void validateShape(Catalog catalog, RecordShape shape, Map<String, Component> bound, Report report) {
    Set<String> jsonNames = new HashSet<>();
    String recordName = shape.record().getSimpleName().toString();
    for (Component component : shape.components()) {
      String name = component.element().getSimpleName().toString();
      if (!jsonNames.add(component.jsonName())) {
        report.report(Message.MEMBER_NAME_DUPLICATE, position(component), component.jsonName());
      }
      if (component.cycle()) {
        report.report(Message.RECORD_CYCLE, position(component), recordName, name);
        continue;
      }
      if (component.nested() != null) {
        if (component.bind() != null) {
          report.report(Message.RECORD_COMPONENT_BOUND_TWICE, position(component), component.bind(), null, name, recordName);
        }
        validateShape(catalog, component.nested(), bound, report);
        continue;
      }
      if (component.bind() == null) {
        report.report(Message.RECORD_COMPONENT_UNBOUND, position(component), name, recordName);
        continue;
      }
      String value = component.value().get();
      if (value == null) {
        continue;
      }
      checkConstantUse(catalog, component.value(), component.constant(), report);
      validateBoundType(component, value, recordName, report);
      if (!value.equals("CONSTANT")) {
        Component earlier = bound.putIfAbsent(value, component);
        if (earlier != null) {
          report.report(
              Message.RECORD_VALUE_BOUND_TWICE, position(component), component.bind(), component.value().value(),
              value, describe(earlier), describe(component));
        }
      }
    }
  }

  private void validateBoundType(Component component, String value, String recordName, Report report) {
    String type = typeName(component.type());
    String name = component.element().getSimpleName().toString();
    switch (value) {
      case "STATUS" -> {
        if (!Set.of("int", "long", "java.lang.Integer", "java.lang.Long").contains(type)) {
          report.report(
              Message.RECORD_COMPONENT_TYPE, position(component), component.bind(), component.value().value(),
              name, recordName, component.type(), "the HTTP status", "int, long, Integer or Long");
        }
      }
      case "CONSTANT" -> {
        String constant = component.constant().get();
        switch (type) {
          case "java.lang.String" -> { }
          case "boolean", "java.lang.Boolean" -> {
            if (!constant.equals("true") && !constant.equals("false")) {
              report.report(Message.RECORD_CONSTANT_INVALID, position(component), component.bind(),
                  component.constant().value(), constant, name, "boolean (true or false)");
            }
          }
          case "int", "java.lang.Integer", "long", "java.lang.Long" -> {
            try {
              if (type.equals("int") || type.equals("java.lang.Integer")) {
                Integer.parseInt(constant);
              } else {
                Long.parseLong(constant);
              }
            } catch (NumberFormatException e) {
              report.report(Message.RECORD_CONSTANT_INVALID, position(component), component.bind(),
                  component.constant().value(), constant, name, type.replace("java.lang.", ""));
            }
          }
          default -> report.report(
              Message.RECORD_COMPONENT_TYPE, position(component), component.bind(), component.value().value(),
              name, recordName, component.type(), "a constant", "String, boolean, int or long");
        }
      }
      default -> {
        if (!type.equals("java.lang.String")) {
          report.report(
              Message.RECORD_COMPONENT_TYPE, position(component), component.bind(), component.value().value(),
              name, recordName, component.type(), "the " + value.toLowerCase(java.util.Locale.ROOT), "String");
        }
      }
    }
  }

  private String typeName(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED ? types.erasure(type).toString() : type.toString();
  }

  private static String describe(Component component) {
    return component.element().getEnclosingElement().getSimpleName() + "." + component.element().getSimpleName();
  }
}
