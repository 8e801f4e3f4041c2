package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Arg;
import dev.errorcontract.processor.collect.Declarations.Body;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Component;
import dev.errorcontract.processor.collect.Declarations.Error;
import dev.errorcontract.processor.collect.Declarations.FieldBody;
import dev.errorcontract.processor.collect.Declarations.Member;
import dev.errorcontract.processor.collect.Declarations.ProblemBody;
import dev.errorcontract.processor.collect.Declarations.RecordBody;
import dev.errorcontract.processor.collect.Declarations.RecordShape;
import dev.errorcontract.processor.derive.ArgumentType;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.derive.Meaning;
import dev.errorcontract.processor.derive.Describer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** The rules for the body shape: exactly one, each shape well-formed, every member bound to one source. */
final class BodyValidator {

  private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance");
  private static final Set<String> NEVER_ABSENT = Set.of("STATUS", "TITLE", "DETAIL", "DESCRIPTION", "TYPE");
  private static final Set<String> JSON_INCLUDE_AGREEING = Set.of("ALWAYS", "NON_NULL", "NON_ABSENT", "USE_DEFAULTS");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private final Types types;
  private final Predicate<Element> inSource;

  BodyValidator(Types types, Predicate<Element> inSource) {
    this.types = types;
    this.inSource = inSource;
  }

  /** Where a problem goes: an element, an annotation on it and one of its values. */
  private record Where(Element element, AnnotationMirror annotation, AnnotationValue value) {
    void report(Report report, Message message, Object... args) {
      report.report(message, element, annotation, value, args);
    }
  }

  void validate(Catalog catalog, Meaning meaning, Attributes attributes, Report report) {
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
    validateMediaType(catalog, body, report);
    Context context = new Context(catalog, meaning, attributes, body, report);
    if (body instanceof FieldBody field) {
      Set<String> names = new HashSet<>();
      if (field.field().get() != null && field.field().get().isBlank()) {
        report.report(Message.FIELD_NAME_BLANK, catalog.type(), field.field());
      } else if (field.field().get() != null) {
        names.add(field.field().get());
      }
      validateMembers(context, field.members(), names, false);
    } else if (body instanceof ProblemBody problem) {
      if (problem.type().get() != null) {
        checkProblemType(catalog, problem.type(), report);
      }
      validateMembers(context, problem.extensions(), new HashSet<>(), true);
    } else if (body instanceof RecordBody record) {
      validateRecord(context, record);
    }
  }

  /** What member checks need besides the member. */
  private record Context(Catalog catalog, Meaning meaning, Attributes attributes, Body body, Report report) {}

  static void checkProblemType(Catalog catalog, Located<String> type, Report report) {
    String reason = null;
    if (type.get().isBlank()) {
      reason = "it is empty";
    } else {
      try {
        new URI(type.get());
      } catch (URISyntaxException e) {
        reason = e.getReason() + " at index " + e.getIndex();
      }
    }
    if (reason != null) {
      report.report(Message.PROBLEM_TYPE_INVALID, catalog.type(), type, type.get(), reason);
    } else {
      Texts.checkLength(catalog, type, "problem type", report);
    }
  }

  // Media types.

  private static void validateMediaType(Catalog catalog, Body body, Report report) {
    String mediaType = body.mediaType().get();
    if (mediaType == null || mediaType.isEmpty()) {
      return;
    }
    boolean problem = body instanceof ProblemBody;
    String standard = problem ? "application/problem+json" : "application/json";
    String reason = mediaTypeProblem(mediaType);
    if (reason != null) {
      report.report(Message.MEDIA_TYPE_INVALID, catalog.type(), body.mediaType(), Texts.shown(mediaType), reason,
          standard);
      return;
    }
    String base = mediaType.substring(0, mediaType.indexOf(';') < 0 ? mediaType.length() : mediaType.indexOf(';'))
        .strip().toLowerCase(Locale.ROOT);
    boolean fits = problem
        ? base.equals("application/problem+json")
        : base.equals("application/json") || base.startsWith("application/") && base.endsWith("+json");
    if (!fits) {
      report.report(Message.MEDIA_TYPE_MISMATCH, catalog.type(), body.mediaType(), mediaType,
          problem ? "problem-details" : "JSON", base,
          problem ? "application/problem+json" : "application/json or an application/...+json type", standard);
    }
  }

  /** Why a Content-Type value is malformed (RFC 9110 media-type), or null. */
  static String mediaTypeProblem(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' || c >= 0x7f) {
        return String.format("it contains the character U+%04X at index %d; a header value is visible ASCII", (int) c, i);
      }
    }
    String[] parts = value.split(";", -1);
    String[] typeAndSubtype = parts[0].split("/", -1);
    if (typeAndSubtype.length != 2 || !TOKEN.matcher(typeAndSubtype[0]).matches()
        || !TOKEN.matcher(typeAndSubtype[1]).matches()) {
      return "\"" + parts[0] + "\" is not type/subtype";
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int equals = parameter.indexOf('=');
      if (equals <= 0 || !TOKEN.matcher(parameter.substring(0, equals)).matches() || equals == parameter.length() - 1) {
        return "the parameter \"" + parameter + "\" is not name=value";
      }
      String parameterValue = parameter.substring(equals + 1);
      if (!TOKEN.matcher(parameterValue).matches()
          && !(parameterValue.length() >= 2 && parameterValue.startsWith("\"") && parameterValue.endsWith("\""))) {
        return "the parameter value " + parameterValue + " is neither a token nor a quoted string";
      }
    }
    return null;
  }

  // Members of field and problem bodies.

  private void validateMembers(Context context, List<Member> members, Set<String> names, boolean problem) {
    Catalog catalog = context.catalog();
    Report report = context.report();
    for (Member member : members) {
      String name = member.name().get();
      if (name == null) {
        continue;
      }
      if (name.isBlank()) {
        report.report(Message.MEMBER_NAME_BLANK, catalog.type(), member.name());
      } else if (problem && PROBLEM_MEMBERS.contains(name)) {
        report.report(Message.MEMBER_NAME_RESERVED, catalog.type(), member.name(), name, reservedHint(name));
      } else if (!names.add(name)) {
        report.report(Message.MEMBER_NAME_DUPLICATE, catalog.type(), member.name(), name);
      }
      String subject = "The member \"" + name + "\"";
      Where annotation = new Where(catalog.type(), member.annotation(), null);
      String value = member.value().get();
      if (!checkSources(context, subject, annotation, member.value(), member.constant(), member.attribute(),
          member.argument())) {
        continue;
      }
      checkSource(context, subject, value, member.attribute(), member.argument(), at(catalog, member.value()),
          at(catalog, member.attribute()), at(catalog, member.argument()), null);
      Texts.checkLength(catalog, member.constant(), "constant", report);
      Located<Boolean> varies = member.varies();
      if (varies.get()) {
        String held = member.argument().get() != null && !member.argument().get().isEmpty()
            ? "the template argument \"" + member.argument().get() + "\""
            : switch (value == null ? "" : value) {
              case "DETAIL" -> "the detail";
              case "STATUS" -> "the status";
              case "INSTANCE" -> "the instance";
              default -> null;
            };
        if (held != null) {
          report.report(Message.MEMBER_VARIES_UNSUPPORTED, catalog.type(), varies, subject, held);
        }
      }
      if (Boolean.TRUE.equals(member.omitWhenAbsent().get()) && member.omitWhenAbsent().isExplicit()) {
        String never = neverAbsent(value, member.attribute().get(), member.argument().get());
        if (never != null) {
          report.report(Message.OMIT_NEVER_ABSENT, catalog.type(), member.omitWhenAbsent(), subject, never);
        }
      }
    }
  }

  private static String reservedHint(String name) {
    switch (name) {
      case "title": return " (give a row its own title with @ApiError(title = ...))";
      case "type": return " (give a row its own type with @ApiError(type = ...))";
      case "instance": return " (give it a source with @ProblemBody(instance = ...))";
      default: return "";
    }
  }

  /** Why a value is never absent, or null when it can be. */
  private static String neverAbsent(String value, String attribute, String argument) {
    if (NEVER_ABSENT.contains(value)) {
      return "every answer has a " + value.toLowerCase(Locale.ROOT);
    }
    if ("CONSTANT".equals(value) && empty(attribute) && empty(argument)) {
      return "it is a constant";
    }
    return null;
  }

  private static boolean empty(String text) {
    return text == null || text.isEmpty();
  }

  private static Where at(Catalog catalog, Located<?> value) {
    return new Where(catalog.type(), value.annotation(), value.value());
  }

  /**
   * Exactly one source: a catalog value, a constant, an attribute or an argument. Reports and returns
   * false otherwise. A constant counts when written, even empty.
   */
  private static boolean checkSources(
      Context context, String subject, Where annotation, Located<String> value, Located<String> constant,
      Located<String> attribute, Located<String> argument) {
    List<String> sources = new ArrayList<>();
    if (value.get() != null && !value.get().equals("CONSTANT")) {
      sources.add("value = CatalogValue." + value.get());
    }
    if (constant.isExplicit()) {
      sources.add("constant = \"" + constant.get() + "\"");
    }
    if (!empty(attribute.get())) {
      sources.add("attribute = \"" + attribute.get() + "\"");
    }
    if (!empty(argument.get())) {
      sources.add("argument = \"" + argument.get() + "\"");
    }
    if (sources.isEmpty()) {
      annotation.report(context.report(), Message.MEMBER_SOURCE_MISSING, subject);
      return false;
    }
    if (sources.size() > 1) {
      if (sources.size() == 2 && constant.isExplicit() && value.get() != null && !value.get().equals("CONSTANT")) {
        new Where(annotation.element(), constant.annotation(), constant.value())
            .report(context.report(), Message.BIND_CONSTANT_IGNORED, constant.get(), value.get());
      } else {
        annotation.report(context.report(), Message.MEMBER_SOURCE_CONFLICT, subject, String.join(" and ", sources));
      }
      return false;
    }
    return true;
  }

  /**
   * The checks of a member's one source: a declared attribute, an argument some row has, a problem type
   * only for problem bodies, an instance only when instances have a source. {@code component}: the
   * record component, for the argument's type; null for members.
   */
  private void checkSource(
      Context context, String subject, String value, Located<String> attribute, Located<String> argument,
      Where valueAt, Where attributeAt, Where argumentAt, Component component) {
    Catalog catalog = context.catalog();
    Report report = context.report();
    if (!empty(attribute.get()) && !context.attributes().isDeclared(attribute.get())) {
      attributeAt.report(report, Message.ATTRIBUTE_UNDECLARED, subject, attribute.get(),
          context.attributes().declaredList());
    }
    if (!empty(argument.get())) {
      checkArgument(context, subject, argument.get(), argumentAt, component);
    }
    if ("TYPE".equals(value) && !(context.body() instanceof ProblemBody)) {
      valueAt.report(report, Message.TYPE_WITHOUT_PROBLEM, subject);
    }
    if ("INSTANCE".equals(value) && "NONE".equals(context.body().instance().get())) {
      valueAt.report(report, Message.INSTANCE_WITHOUT_SOURCE, subject);
    }
  }

  private void checkArgument(Context context, String subject, String argument, Where at, Component component) {
    List<Arg> declarations = new ArrayList<>();
    List<Error> rows = new ArrayList<>();
    for (Error error : context.catalog().errors()) {
      for (Arg arg : error.args()) {
        if (argument.equals(arg.name().get()) && arg.type().get() != null) {
          declarations.add(arg);
          rows.add(error);
        }
      }
    }
    if (declarations.isEmpty()) {
      Set<String> known = new java.util.TreeSet<>();
      context.catalog().errors().forEach(e -> e.args().forEach(a -> known.add(a.name().get())));
      at.report(context.report(), Message.MEMBER_ARGUMENT_UNKNOWN, subject, argument,
          known.isEmpty() ? "; no row has arguments" : ": rows have " + known.stream()
              .map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")));
      return;
    }
    if (component == null) {
      return; // a member writes each row's argument in its own JSON kind
    }
    boolean sometimesAbsent = rows.size() < context.catalog().errors().size()
        || !context.meaning().addedAnswers().isEmpty();
    String type = Describer.typeName(component.type());
    for (int i = 0; i < declarations.size(); i++) {
      TypeMirror argType = declarations.get(i).type().get();
      ErrorModel.Json json = ArgumentType.json(argType);
      String fits = fits(json, type, argType, sometimesAbsent);
      if (fits != null) {
        at.report(context.report(), Message.MEMBER_ARGUMENT_TYPE, subject, argument, rows.get(i).detail().get(),
            argType, json.name().toLowerCase(Locale.ROOT) + (sometimesAbsent ? ", absent from other answers" : ""),
            "component of type " + component.type(), fits);
        return;
      }
    }
  }

  /** What component type would hold the argument, or null when {@code type} does. */
  private static String fits(ErrorModel.Json json, String type, TypeMirror argType, boolean sometimesAbsent) {
    switch (json) {
      case NUMBER:
        if (Set.of("java.lang.Integer", "java.lang.Long", "java.math.BigInteger").contains(type)
            || !sometimesAbsent && Set.of("int", "long").contains(type)) {
          return null;
        }
        return sometimesAbsent ? "Integer, Long or BigInteger (a primitive cannot be absent)" : "int, long, Integer or Long";
      case BOOLEAN:
        if (type.equals("java.lang.Boolean") || !sometimesAbsent && type.equals("boolean")) {
          return null;
        }
        return sometimesAbsent ? "Boolean (a primitive cannot be absent)" : "boolean or Boolean";
      default:
        return type.equals("java.lang.String") || type.equals(Describer.typeName(argType)) ? null : "String";
    }
  }

  // Record bodies.

  /** Reports the body record components whose type does not compile. */
  void reportUnresolvedComponents(Catalog catalog, Report report) {
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

  private void validateRecord(Context context, RecordBody record) {
    TypeMirror type = record.type().get();
    if (type == null) {
      return; // javac already reported the value.
    }
    if (record.shape() == null) {
      context.report().report(Message.RECORD_BODY_TYPE, context.catalog().type(), record.type(), type);
      return;
    }
    validateShape(context, record, record.shape(), new HashMap<>());
  }

  private void validateShape(Context context, RecordBody body, RecordShape shape, Map<String, Component> bound) {
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
        validateShape(context, body, component.nested(), bound);
        continue;
      }
      if (component.bind() == null) {
        where(catalog, body, component, null, null).report(report, Message.RECORD_COMPONENT_UNBOUND, name, recordName);
        continue;
      }
      String value = component.value().get();
      if (value == null) {
        continue;
      }
      Where annotation = where(catalog, body, component, component.bind(), null);
      if (!checkSources(context, subject, annotation, component.value(), component.constant(), component.attribute(),
          component.argument())) {
        continue;
      }
      Where valueAt = where(catalog, body, component, component.bind(), component.value().value());
      checkSource(context, subject, value, component.attribute(), component.argument(), valueAt,
          where(catalog, body, component, component.bind(), component.attribute().value()),
          where(catalog, body, component, component.bind(), component.argument().value()), component);
      validateBoundType(catalog, body, component, value, recordName, report);
      if (!value.equals("CONSTANT")) {
        Component earlier = bound.putIfAbsent(value, component);
        if (earlier != null) {
          valueAt.report(report, Message.RECORD_VALUE_BOUND_TWICE, value, describe(earlier), describe(component));
        }
      }
    }
  }

  private void validateBoundType(
      Catalog catalog, RecordBody body, Component component, String value, String recordName, Report report) {
    String type = typeName(component.type());
    String name = component.element().getSimpleName().toString();
    Where valueAt = where(catalog, body, component, component.bind(), component.value().value());
    if (!empty(component.argument().get())) {
      return; // checked against the argument's declared types
    }
    if (!empty(component.attribute().get())) {
      if (!type.equals("java.lang.String")) {
        where(catalog, body, component, component.bind(), component.attribute().value()).report(report,
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
        Where constantAt = where(catalog, body, component, component.bind(), component.constant().value());
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

  private static String describe(Component component) {
    return component.element().getEnclosingElement().getSimpleName() + "." + component.element().getSimpleName();
  }
}
