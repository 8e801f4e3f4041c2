package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.AttributeValue;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules for the catalog's attribute names and the values rows give them. */
final class Attributes {

  private final Catalog catalog;
  private final Set<String> declared = new LinkedHashSet<>();
  /** The description given to each attribute value so far, by attribute and value. */
  private final java.util.Map<String, String> descriptions = new java.util.HashMap<>();

  Attributes(Catalog catalog) {
    this.catalog = catalog;
    for (Located<String> attribute : catalog.attributes()) {
      declared.add(attribute.get());
    }
  }

  /** The catalog's own list: usable names, each once. */
  void validateDeclared(Report report) {
    Set<String> seen = new HashSet<>();
    for (Located<String> attribute : catalog.attributes()) {
      String name = attribute.get();
      String problem = problem(name);
      if (problem != null) {
        report.report(Message.ATTRIBUTE_NAME_INVALID, catalog.type(), attribute, Texts.shown(name), problem);
      } else if (!seen.add(name)) {
        report.report(Message.ATTRIBUTE_DUPLICATE, catalog.type(), attribute, name);
      }
    }
  }

  /** Why an attribute name cannot be used, or null. It is a JSON member name and a documentation cell. */
  private static String problem(String name) {
    if (name.isBlank()) {
      return "it is blank";
    }
    if (!name.equals(name.strip())) {
      return "it starts or ends with whitespace";
    }
    if (name.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
      return "it has control or invisible characters";
    }
    return null;
  }

  boolean isDeclared(String name) {
    return declared.contains(name);
  }

  /** The declared names, for messages. */
  String declaredList() {
    return declared.isEmpty()
        ? "none"
        : declared.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
  }

  /** A row's values: of declared attributes, each once. {@code row} names the row for messages. */
  void validateValues(String row, List<AttributeValue> values, Report report) {
    Set<String> given = new HashSet<>();
    for (AttributeValue value : values) {
      String name = value.name().get();
      if (name == null) {
        continue;
      }
      if (!declared.contains(name)) {
        report.report(Message.ATTRIBUTE_UNDECLARED, catalog.type(), value.name(), row, name, declaredList());
      } else if (!given.add(name)) {
        report.report(Message.ATTRIBUTE_GIVEN_TWICE, catalog.type(), value.name(), row, name);
      }
      if (value.value().get() != null) {
        Texts.checkLength(catalog, value.value(), "attribute value", report);
        String description = value.description() == null ? null : value.description().get();
        if (description != null && !description.isEmpty()) {
          Texts.checkLength(catalog, value.description(), "attribute value description", report);
          String key = name + "\u0000" + value.value().get();
          String earlier = descriptions.putIfAbsent(key, description);
          if (earlier != null && !earlier.equals(description)) {
            report.report(Message.ATTRIBUTE_DESCRIPTION_DIFFERS, catalog.type(), value.description(), name,
                Texts.shown(value.value().get()), Texts.shown(description), Texts.shown(earlier));
          }
        }
      }
    }
  }
}
