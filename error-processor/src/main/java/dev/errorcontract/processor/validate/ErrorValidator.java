package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.StatusCodes;
import dev.errorcontract.processor.collect.Declarations.Arg;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Error;
import dev.errorcontract.processor.collect.Declarations.ProblemBody;
import dev.errorcontract.processor.collect.Declarations.Status;
import dev.errorcontract.processor.derive.ArgumentType;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.derive.DetailTemplate;
import dev.errorcontract.processor.derive.Meaning;
import dev.errorcontract.processor.derive.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The rules for {@code @ApiError} rows and their templates. */
final class ErrorValidator {

  /**
   * Simple names the generated exception refers to unqualified (besides the catalog's own types): a
   * nested exception of that name would shadow them.
   */
  private static final Set<String> NAMES_USED_BY_EXCEPTIONS =
      Set.of("CatalogException", "ErrorBody", "String", "Throwable", "Override", "Object");

  private final Elements elements;
  private final Types types;

  ErrorValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * Names an argument cannot take, with what takes them: each argument becomes a field, a no-argument
   * accessor and a constructor parameter of a nested class of {@code CatalogException}.
   */
  private Map<String, String> reservedArgNames() {
    Map<String, String> reserved = new HashMap<>();
    reserved.put("cause", "the constructor parameter cause");
    reserved.put("serialVersionUID", "the field serialVersionUID");
    TypeElement base = elements.getTypeElement("dev.errorcontract.catalog.CatalogException");
    if (base != null) {
      for (var member : elements.getAllMembers(base)) {
        if (member.getKind() == ElementKind.METHOD
            && ((javax.lang.model.element.ExecutableElement) member).getParameters().isEmpty()) {
          reserved.putIfAbsent(member.getSimpleName().toString(), "the method " + member.getSimpleName() + "()");
        }
      }
    }
    return reserved;
  }

  void validate(Catalog catalog, Meaning meaning, Attributes attributes, Report report) {
    Map<Integer, Set<String>> detailsByStatus = new HashMap<>();
    Map<String, Error> codes = new HashMap<>();
    Map<String, String> constants = new HashMap<>();
    Map<String, String> classes = new HashMap<>();
    Map<String, String> reservedArgs = reservedArgNames();
    boolean problemBody = catalog.bodies().size() == 1 && catalog.bodies().get(0) instanceof ProblemBody;
    for (Error error : catalog.errors()) {
      Integer status = error.status().get();
      String detail = error.detail().get();
      if (status == null || detail == null) {
        continue; // javac already reported the value.
      }
      String label = detail.isBlank() ? "(blank)" : detail;
      List<String> suppress = error.suppress().stream().map(Located::get).toList();
      Status row = meaning.statusRow(error);
      if (row == null) {
        if (status >= 100 && status <= 599 && !StatusCodes.allowsBody(status)) {
          report.report(Message.ERROR_STATUS_NO_BODY, catalog.type(), error.status(), label, status);
        } else if (status >= 400 && status <= 599) {
          report.report(Message.ERROR_STATUS_UNDOCUMENTED, catalog.type(), error.status(), label, status, status);
        } else {
          report.report(Message.ERROR_STATUS_NOT_ERROR, catalog.type(), error.status(), label, status);
        }
      } else if (!StatusCodes.allowsBody(status)) {
        report.report(Message.ERROR_STATUS_NO_BODY, catalog.type(), error.status(), label, status);
      } else if (status < 400) {
        report.report(Message.ERROR_STATUS_NOT_ERROR, catalog.type(), error.status(), label, status);
      }
      if (detail.isBlank()) {
        report.report(Message.DETAIL_BLANK, catalog.type(), error.detail(), status);
        continue;
      }
      Texts.checkLength(catalog, error.detail(), "detail", report);
      if (!detail.equals(detail.strip())) {
        report.warn(Message.DETAIL_WHITESPACE, catalog.type(), error.detail(), suppress, detail);
      }
      boolean duplicate = !detailsByStatus.computeIfAbsent(status, s -> new HashSet<>()).add(detail);
      if (duplicate) {
        report.report(Message.DETAIL_DUPLICATE, catalog.type(), error.detail(), status, detail);
      }
      String description = error.description().get();
      if (description == null || description.isBlank()) {
        report.warn(Message.MISSING_DESCRIPTION, catalog.type(), new Located<>(null, error.annotation(), null),
            suppress, detail);
      } else {
        Texts.checkLength(catalog, error.description(), "description", report);
      }
      String code = error.code().get();
      if (code != null && !code.isEmpty()) {
        if (code.isBlank()) {
          report.report(Message.CODE_BLANK, catalog.type(), error.code(), detail, suggestCode(detail));
        } else {
          Texts.checkLength(catalog, error.code(), "code", report);
          Error earlier = codes.putIfAbsent(code, error);
          if (earlier != null) {
            report.report(Message.CODE_DUPLICATE, catalog.type(), error.code(), code, label(earlier), label(error));
          }
        }
      }
      validateTemplate(catalog, error, detail, reservedArgs, report);
      attributes.validateValues("Error \"" + detail + "\"", error.attributes(), report);
      Texts.checkLength(catalog, error.title(), "title", report);
      String type = error.type().get();
      if (type != null && !type.isEmpty()) {
        if (!problemBody) {
          report.report(Message.ERROR_TYPE_NOT_PROBLEM, catalog.type(), error.type(), "type = \"" + type + "\"",
              bodyName(catalog));
        } else {
          BodyValidator.checkProblemType(catalog, error.type(), report);
        }
      }
      String explicitName = error.constant().get();
      String constant = Meaning.errorConstant(error);
      Located<?> where = error.constant().isExplicit() ? error.constant() : error.detail();
      if (!Names.isConstantName(constant)) {
        report.report(
            Message.CONSTANT_NAME_INVALID, catalog.type(), where,
            error.constant().isExplicit() ? explicitName : detail,
            error.constant().isExplicit() ? "" : " (derived from the detail)",
            suggestConstant(constant, detail, status));
      } else if (!(duplicate && !error.constant().isExplicit())) {
        // A repeated detail already had its error; the constant it derives would only say it again.
        String rowLabel = "E" + label(error).substring(1);
        String earlier = constants.putIfAbsent(constant, rowLabel);
        if (earlier != null) {
          report.report(
              Message.CONSTANT_NAME_DUPLICATE, catalog.type(), where,
              earlier, label(error), catalog.name().get() + "Error", constant);
        } else {
          checkExceptionName(catalog, constant, rowLabel, where, classes, report);
        }
      }
    }
    // A status row no error row answers gets an answer of the library's, with the row's constant.
    Set<String> statusConstants = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    for (Status status : catalog.statuses()) {
      if (!statusConstants.add(meaning.statusConstant(status))) {
        repeated.add(meaning.statusConstant(status));
      }
    }
    for (Status status : meaning.addedAnswers()) {
      String constant = meaning.statusConstant(status);
      if (!Names.isConstantName(constant) || repeated.contains(constant)) {
        continue; // reported for the status rows: the status enum has the same problem
      }
      String label = "Status row " + StatusValidator.label(status);
      Located<?> where = status.constant().isExplicit() ? status.constant()
          : status.title().isExplicit() ? status.title() : new Located<>(null, status.annotation(), null);
      String earlier = constants.putIfAbsent(constant, label);
      if (earlier != null) {
        report.report(
            Message.CONSTANT_NAME_DUPLICATE, catalog.type(), where,
            earlier, "status row " + StatusValidator.label(status) + " (answering with its title)",
            catalog.name().get() + "Error", constant);
      } else {
        checkExceptionName(catalog, constant, label, where, classes, report);
      }
    }
  }

  /**
   * An error row in a message that names two: {@code error "Invalid" (status 400)}. The status tells
   * apart rows of one detail under different statuses, which would otherwise read as one row named twice.
   */
  static String label(Error error) {
    return "error \"" + error.detail().get() + "\" (status " + error.status().get() + ")";
  }

  private static String bodyName(Catalog catalog) {
    return catalog.bodies().isEmpty()
        ? "not declared"
        : "@" + catalog.bodies().get(0).annotation().getAnnotationType().asElement().getSimpleName() + " objects";
  }

  /**
   * The nested exception class of a constant must be unique (FOO_1 and FOO1 are both Foo1) and must not
   * take the name of a type the generated code refers to.
   */
  private static void checkExceptionName(
      Catalog catalog, String constant, String label, Located<?> where, Map<String, String> classes, Report report) {
    String catalogName = catalog.name().get();
    if (catalogName == null || !Names.isCatalogName(catalogName)) {
      return;
    }
    String className = Names.className(constant);
    String exception = catalogName + "Exception";
    String clash = null;
    if (className.equals(exception)) {
      clash = "is the name of the exception itself";
    } else if (List.of("Status", "Error", "Feature").stream().anyMatch(s -> className.equals(catalogName + s))) {
      clash = "would hide the generated type " + className;
    } else if (NAMES_USED_BY_EXCEPTIONS.contains(className)) {
      clash = "would hide " + className + ", which the generated code uses";
    } else {
      String earlier = classes.putIfAbsent(className, label);
      if (earlier != null) {
        clash = "is also generated for " + earlier.substring(0, 1).toLowerCase(Locale.ROOT) + earlier.substring(1);
      }
    }
    if (clash != null) {
      report.report(Message.EXCEPTION_NAME_COLLISION, catalog.type(), where, label, exception, className, clash);
    }
  }

  private void validateTemplate(
      Catalog catalog, Error error, String detail, Map<String, String> reservedArgs, Report report) {
    DetailTemplate template = DetailTemplate.parse(detail);
    if (template.problem() != null) {
      report.report(Message.TEMPLATE_MALFORMED, catalog.type(), error.detail(), detail, template.problem());
      return;
    }
    Set<String> argNames = new LinkedHashSet<>();
    for (Arg arg : error.args()) {
      String name = arg.name().get();
      if (name == null) {
        continue;
      }
      if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
        report.report(
            Message.ARG_NAME_INVALID, catalog.type(), arg.name(), name,
            SourceVersion.isKeyword(name) ? "; it is a Java keyword" : "");
      } else if (!argNames.add(name)) {
        report.report(Message.ARG_DUPLICATE, catalog.type(), arg.name(), name);
      } else if (reservedArgs.containsKey(name)) {
        report.report(Message.ARG_NAME_RESERVED, catalog.type(), arg.name(), name, reservedArgs.get(name), name);
      } else if (Character.isUpperCase(name.charAt(0))) {
        String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        report.report(Message.ARG_NAME_SHADOWS, catalog.type(), arg.name(), name,
            name.equals("String") ? "java.lang.String" : "a class " + name, lower);
      }
      TypeMirror type = arg.type().get();
      if (type != null && !isRenderable(type)) {
        report.report(Message.ARG_TYPE_UNSUPPORTED, catalog.type(), arg.type(), name, type,
            type.toString().startsWith("java.time.")
                ? " (a java.time value the decoder cannot read back: not a date, a time or an offset)" : "");
      } else if (type != null && type.getKind() == TypeKind.DECLARED) {
        checkAccessible(catalog, arg, (TypeElement) ((DeclaredType) type).asElement(), report);
      }
      if (SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name)
          && !template.placeholders().contains(name)) {
        report.report(Message.ARG_WITHOUT_PLACEHOLDER, catalog.type(), arg.name(), name, detail, name);
      }
    }
    for (String placeholder : new LinkedHashSet<>(template.placeholders())) {
      if (!argNames.contains(placeholder)) {
        report.report(Message.PLACEHOLDER_WITHOUT_ARG, catalog.type(), error.detail(), detail, placeholder, placeholder);
      }
    }
  }

  /** The generated code, in the catalog's package, names the argument's type: it must be able to. */
  private void checkAccessible(Catalog catalog, Arg arg, TypeElement type, Report report) {
    String here = elements.getPackageOf(catalog.type()).getQualifiedName().toString();
    boolean samePackage = elements.getPackageOf(type).getQualifiedName().contentEquals(here);
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = t.getModifiers();
      String problem = null;
      if (modifiers.contains(Modifier.PRIVATE)) {
        problem = (t == type ? "it is" : t.getSimpleName() + ", which declares it, is") + " private";
      } else if (!samePackage && !modifiers.contains(Modifier.PUBLIC)) {
        problem = (t == type ? "it is" : t.getSimpleName() + ", which declares it, is")
            + " not public and belongs to another package";
      }
      if (problem != null) {
        report.report(Message.ARG_TYPE_INACCESSIBLE, catalog.type(), arg.type(), arg.name().get(),
            type.getQualifiedName(), here.isEmpty() ? "(unnamed)" : here, problem, samePackage ? "package-private or public" : "public");
        return;
      }
    }
  }

  /** Whether the vocabulary of argument types ({@link ArgumentType}) has {@code type}. */
  private boolean isRenderable(TypeMirror type) {
    return ArgumentType.supported(type, elements, types).isPresent();
  }

  /**
   * A constant for a row whose detail gives none: the words of the detail's placeholders when it has
   * them ({@code "{field}: {reason}"} gives {@code FIELD_REASON}, so two such rows of one status get two
   * constants), else {@code ERROR_<status>}.
   */
  private static String suggestConstant(String constant, String detail, Object status) {
    if (!constant.isEmpty() && Character.isLetter(constant.charAt(0))) {
      return constant;
    }
    String fromPlaceholders = detail == null ? "" : Names.constantName(detail.replace('{', ' ').replace('}', ' '));
    return Names.isConstantName(fromPlaceholders) ? fromPlaceholders : "ERROR_" + status;
  }

  private static String suggestCode(String detail) {
    String code = Names.constantName(detail).toLowerCase(Locale.ROOT);
    return code.isEmpty() ? "invalid_request" : code;
  }
}
