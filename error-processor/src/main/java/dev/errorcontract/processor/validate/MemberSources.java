package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Arg;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Component;
import dev.errorcontract.processor.collect.Declarations.Error;
import dev.errorcontract.processor.collect.Declarations.ProblemBody;
import dev.errorcontract.processor.derive.ArgumentType;
import dev.errorcontract.processor.derive.Describer;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.type.TypeMirror;

/**
 * The rules for where a body member's value comes from, shared by the members of field and problem
 * bodies and the components of record bodies: exactly one source (a catalog value, a constant, an
 * attribute or a template argument), and that source usable: a declared attribute, an argument some row
 * has (of a type the component can hold), a problem type only in problem bodies, an instance only when
 * instances have a source.
 */
final class MemberSources {

  private MemberSources() {}

  /**
   * Exactly one source: a catalog value, a constant, an attribute or an argument. Reports and returns
   * false otherwise. A constant counts when written, even empty.
   */
  static boolean checkSources(
      BodyContext context, String subject, Where annotation, Located<String> value, Located<String> constant,
      Located<String> attribute, Located<String> argument) {
    List<String> sources = new ArrayList<>();
    if (value.get() != null && !value.get().equals("CONSTANT")) {
      sources.add("value = CatalogValue." + value.get());
    }
    if (constant.isExplicit()) {
      sources.add("constant = \"" + constant.get() + "\"");
    }
    if (!Texts.empty(attribute.get())) {
      sources.add("attribute = \"" + attribute.get() + "\"");
    }
    if (!Texts.empty(argument.get())) {
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
  static void checkSource(
      BodyContext context, String subject, String value, Located<String> attribute, Located<String> argument,
      Where valueAt, Where attributeAt, Where argumentAt, Component component) {
    Catalog catalog = context.catalog();
    Report report = context.report();
    if (!Texts.empty(attribute.get()) && !context.attributes().isDeclared(attribute.get())) {
      attributeAt.report(report, Message.ATTRIBUTE_UNDECLARED, subject, attribute.get(),
          context.attributes().declaredList());
    }
    if (!Texts.empty(argument.get())) {
      checkArgument(context, subject, argument.get(), argumentAt, component);
    }
    if ("TYPE".equals(value) && !(context.body() instanceof ProblemBody)) {
      valueAt.report(report, Message.TYPE_WITHOUT_PROBLEM, subject);
    }
    if ("INSTANCE".equals(value) && "NONE".equals(context.body().instance().get())) {
      valueAt.report(report, Message.INSTANCE_WITHOUT_SOURCE, subject);
    }
  }

  /**
   * {@code varies} only where a decoder compares a documented value: not on the detail, a template
   * argument, the status or the instance, which it compares or reads as they are.
   */
  static void checkVaries(
      String subject, String value, Located<String> argument, Located<Boolean> varies, Where at, Report report) {
    if (!varies.get()) {
      return;
    }
    String held = !Texts.empty(argument.get())
        ? "the template argument \"" + argument.get() + "\""
        : switch (value == null ? "" : value) {
          case "DETAIL" -> "the detail";
          case "STATUS" -> "the status";
          case "INSTANCE" -> "the instance";
          case "SUPPLIED" -> "a value the throwing code supplies";
          case "VIOLATIONS" -> "the request's violations";
          default -> null;
        };
    if (held != null) {
      at.report(report, Message.MEMBER_VARIES_UNSUPPORTED, subject, held);
    }
  }

  private static void checkArgument(BodyContext context, String subject, String argument, Where at, Component component) {
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

  /**
   * What component types would hold the argument, or null when {@code type} does: a type the argument
   * converts to without loss, boxed when some answer lacks the argument (a primitive cannot be absent).
   * The advice names only types this very check accepts.
   */
  private static String fits(ErrorModel.Json json, String type, TypeMirror argType, boolean sometimesAbsent) {
    List<String> holding = new ArrayList<>();
    ArgumentType kind = ArgumentType.of(argType).orElse(ArgumentType.STRING);
    switch (json) {
      case NUMBER -> {
        boolean big = kind == ArgumentType.BIG_INTEGER;
        boolean wide = kind == ArgumentType.LONG;
        if (!big && !wide && !sometimesAbsent) {
          holding.add("int");
        }
        if (!big && !sometimesAbsent) {
          holding.add("long");
        }
        if (!big && !wide) {
          holding.add("Integer");
        }
        if (!big) {
          holding.add("Long");
        }
        holding.add("BigInteger");
      }
      case BOOLEAN -> {
        if (!sometimesAbsent) {
          holding.add("boolean");
        }
        holding.add("Boolean");
      }
      default -> {
        holding.add("String");
        String own = Describer.typeName(argType);
        if (argType.getKind().isPrimitive()) {
          if (!sometimesAbsent) {
            holding.add(own);
          }
          holding.add(boxName(own));
        } else if (!own.equals("java.lang.String")) {
          holding.add(own.replaceFirst("^java\\.lang\\.", ""));
        }
      }
    }
    String simple = type.replaceFirst("^java\\.(lang|math)\\.", "");
    if (holding.contains(simple) || holding.contains(type)) {
      return null;
    }
    String list = holding.size() == 1 ? holding.get(0)
        : String.join(", ", holding.subList(0, holding.size() - 1)) + " or " + holding.get(holding.size() - 1);
    boolean primitiveRefused = sometimesAbsent && type.indexOf('.') < 0;
    return list + (primitiveRefused ? " (a primitive cannot be absent)" : "");
  }

  private static String boxName(String primitive) {
    return switch (primitive) {
      case "char" -> "Character";
      case "int" -> "Integer";
      default -> Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
    };
  }
}
