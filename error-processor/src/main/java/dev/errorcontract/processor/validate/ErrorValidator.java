package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.StatusCodes;
import dev.errorcontract.processor.collect.Declarations.Arg;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Error;
import dev.errorcontract.processor.collect.Declarations.Status;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.model.DetailTemplate;
import dev.errorcontract.processor.model.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The rules for {@code @ErrorDetail} rows and their templates. */
final class ErrorValidator {

  /** Types whose {@code String.valueOf} text means something to a client. */
  private static final Set<String> RENDERABLE =
      Set.of(
          "java.lang.String", "java.lang.CharSequence", "java.lang.Boolean", "java.lang.Character",
          "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
          "java.lang.Double", "java.math.BigInteger", "java.math.BigDecimal", "java.util.UUID", "java.net.URI");

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

  void validate(Catalog catalog, Set<Integer> documented, Report report) {
    Map<Integer, Set<String>> detailsByStatus = new HashMap<>();
    Map<String, Error> codes = new HashMap<>();
    Map<String, String> constants = new HashMap<>();
    Map<String, String> classes = new HashMap<>();
    Map<String, String> reservedArgs = reservedArgNames();
    for (Error error : catalog.errors()) {
      Integer status = error.status().get();
      String detail = error.detail().get();
      if (status == null || detail == null) {
        continue; // javac already reported the value.
      }
      String label = detail.isBlank() ? "(blank)" : detail;
      if (!documented.contains(status)) {
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
      if (!detail.equals(detail.strip())) {
        report.report(Message.DETAIL_WHITESPACE, catalog.type(), error.detail(), detail);
      }
      boolean duplicate = !detailsByStatus.computeIfAbsent(status, s -> new HashSet<>()).add(detail);
      if (duplicate) {
        report.report(Message.DETAIL_DUPLICATE, catalog.type(), error.detail(), status, detail);
      }
      String description = error.description().get();
      if (description == null || description.isBlank()) {
        report.report(Message.MISSING_DESCRIPTION, catalog.type(), error.annotation(), null, detail);
      }
      String code = error.code().get();
      if (code != null && !code.isEmpty()) {
        if (code.isBlank()) {
          report.report(Message.CODE_BLANK, catalog.type(), error.code(), detail, suggestCode(detail));
        } else {
          Error earlier = codes.putIfAbsent(code, error);
          if (earlier != null) {
            report.report(Message.CODE_DUPLICATE, catalog.type(), error.code(), code, earlier.detail().get(), detail);
          }
        }
      }
      validateTemplate(catalog, error, detail, reservedArgs, report);
      String explicitName = error.name().get();
      String constant = Names.constantName(explicitName, detail);
      if (!Names.isConstantName(constant)) {
        report.report(
            Message.CONSTANT_NAME_INVALID, catalog.type(),
            error.name().isExplicit() ? error.name() : error.detail(),
            error.name().isExplicit() ? explicitName : detail,
            error.name().isExplicit() ? "" : " (derived from the detail)",
            constant.isEmpty() || !Character.isLetter(constant.charAt(0)) ? "ERROR_" + status : constant);
      } else if (!(duplicate && !error.name().isExplicit())) {
        // A repeated detail already had its error; the constant it derives would only say it again.
        String row = "Error \"" + detail + "\"";
        String earlier = constants.putIfAbsent(constant, row);
        if (earlier != null) {
          report.report(
              Message.CONSTANT_NAME_DUPLICATE, catalog.type(), error.name().isExplicit() ? error.name() : error.detail(),
              earlier, "error \"" + detail + "\"", catalog.name().get() + "Error", constant);
        } else {
          checkExceptionName(
              catalog, constant, row, error.name().isExplicit() ? error.name() : error.detail(), classes, report);
        }
      }
    }
    // A documented error status whose title no row repeats answers with a constant of its own.
    Set<String> statusConstants = new HashSet<>();
    for (Status status : catalog.statuses()) {
      Integer code = status.code().get();
      String title = status.title().get();
      if (code == null || title == null || title.isBlank()) {
        continue;
      }
      if (!statusConstants.add(Names.constantName(status.name().get(), title))) {
        continue; // The status enum already has this constant: reported once, for the statuses.
      }
      if (code < 400 || code > 599) {
        continue;
      }
      boolean titleIsARow = catalog.errors().stream()
          .anyMatch(e -> Objects.equals(e.status().get(), code) && title.equals(e.detail().get()));
      String constant = Names.constantName(status.name().get(), title);
      if (!titleIsARow && Names.isConstantName(constant)) {
        String earlier = constants.putIfAbsent(constant, "Status " + code);
        var where = status.name().isExplicit() ? status.name() : status.title();
        if (earlier != null) {
          report.report(
              Message.CONSTANT_NAME_DUPLICATE, catalog.type(), where,
              earlier, "status " + code + " (answering with its title)",
              catalog.name().get() + "Error", constant);
        } else {
          checkExceptionName(catalog, constant, "Status " + code, where, classes, report);
        }
      }
    }
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
      }
      TypeMirror type = arg.type().get();
      if (type != null && !isRenderable(type)) {
        report.report(Message.ARG_TYPE_UNSUPPORTED, catalog.type(), arg.type(), name, type);
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

  private boolean isRenderable(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false; // arrays, void
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    return RENDERABLE.contains(name)
        || element.getKind() == ElementKind.ENUM
        || (elements.getPackageOf(element).getQualifiedName().contentEquals("java.time")
            && types.isAssignable(type, elements.getTypeElement("java.time.temporal.TemporalAccessor").asType()))
        || name.equals("java.time.Duration")
        || name.equals("java.time.Period");
  }

  private static String suggestCode(String detail) {
    String code = Names.constantName(detail).toLowerCase(Locale.ROOT);
    return code.isEmpty() ? "invalid_request" : code;
  }
}
