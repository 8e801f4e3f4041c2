package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Component;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The rules for the Java type of a bound record component: the type must hold what it is bound to (a
 * String for texts and attributes, an integral type for the status, a constant its type can parse); a
 * component bound to a template argument is checked against the argument's types by {@link
 * MemberSources}.
 */
final class ComponentTypes {

  private final Types types;

  ComponentTypes(Types types) {
    this.types = types;
  }

  /**
   * Reports a bound component whose type cannot hold its value ({@code value}: the {@code CatalogValue}
   * it is bound to); the sites are those of the {@code @Bind}'s value, attribute and constant.
   */
  void check(Catalog catalog, Component component, String value, String recordName, Where valueAt,
      Where attributeAt, Where constantAt, Report report) {
    String type = typeName(component.type());
    String name = component.element().getSimpleName().toString();
    if (!Texts.empty(component.argument().get())) {
      return; // checked against the argument's declared types
    }
    if (!Texts.empty(component.attribute().get())) {
      if (!type.equals("java.lang.String")) {
        attributeAt.report(report,
            Message.RECORD_COMPONENT_TYPE, name, recordName, component.type(),
            "the attribute " + component.attribute().get(), "String");
      }
      return;
    }
    switch (value) {
      case "STATUS" -> {
        if (!Set.of("int", "long", "java.lang.Integer", "java.lang.Long").contains(type)) {
          valueAt.report(report, Message.RECORD_COMPONENT_TYPE,
              name, recordName, component.type(), "the HTTP status", "int, long, Integer or Long");
        }
      }
      case "CONSTANT" -> {
        String constant = component.constant().get();
        switch (type) {
          case "java.lang.String" -> {
            Texts.checkLength(catalog, component.constant(), "constant", report);
          }
          case "boolean", "java.lang.Boolean" -> {
            if (!constant.equals("true") && !constant.equals("false")) {
              constantAt.report(report, Message.RECORD_CONSTANT_INVALID, constant, name, "boolean (true or false)");
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
              constantAt.report(report, Message.RECORD_CONSTANT_INVALID, constant, name, type.replace("java.lang.", ""));
            }
          }
          default -> valueAt.report(report, Message.RECORD_COMPONENT_TYPE,
              name, recordName, component.type(), "a constant", "String, boolean, int or long");
        }
      }
      default -> {
        if (!type.equals("java.lang.String")) {
          valueAt.report(report, Message.RECORD_COMPONENT_TYPE,
              name, recordName, component.type(), "the " + value.toLowerCase(Locale.ROOT), "String");
        }
      }
    }
  }

  private String typeName(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED ? types.erasure(type).toString() : type.toString();
  }
}
