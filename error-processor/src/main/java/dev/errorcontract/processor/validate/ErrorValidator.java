package dev.errorcontract.processor.validate;

import dev.errorcontract.catalog.StatusCodes;
import dev.errorcontract.processor.collect.Declarations.Arg;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Error;
import dev.errorcontract.processor.collect.Declarations.Status;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.model.DetailTemplate;
import dev.errorcontract.processor.model.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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

  private final Elements elements;
  private final Types types;

  ErrorValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  void validate(Catalog catalog, Set<Integer> documented, Report report) {
    Map<Integer, Set<String>> detailsByStatus = new HashMap<>();
    Map<String, Error> codes = new HashMap<>();
    Map<String, String> constants = new HashMap<>();
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
      if (!detailsByStatus.computeIfAbsent(status, s -> new HashSet<>()).add(detail)) {
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
      validateTemplate(catalog, error, detail, report);
      String explicitName = error.name().get();
      String constant = Names.constantName(explicitName, detail);
      if (!Names.isConstantName(constant)) {
        report.report(
            Message.CONSTANT_NAME_INVALID, catalog.type(),
            error.name().isExplicit() ? error.name() : error.detail(),
            error.name().isExplicit() ? explicitName : detail,
            error.name().isExplicit() ? "" : " (derived from the detail)",
            constant.isEmpty() || !Character.isLetter(constant.charAt(0)) ? "ERROR_" + status : constant);
      } else {
        String earlier = constants.putIfAbsent(constant, "Error \"" + detail + "\"");
        if (earlier != null) {
          report.report(
              Message.CONSTANT_NAME_DUPLICATE, catalog.type(), error.detail(),
              earlier, "error \"" + detail + "\"", catalog.name().get() + "Error", constant);
        }
      }
    }
    // A documented error status whose title no row repeats answers with a constant of its own.
    for (Status status : catalog.statuses()) {
      Integer code = status.code().get();
      String title = status.title().get();
      if (code == null || code < 400 || code > 599 || title == null || title.isBlank()) {
        continue;
      }
      boolean titleIsARow = catalog.errors().stream()
          .anyMatch(e -> Objects.equals(e.status().get(), code) && title.equals(e.detail().get()));
      String constant = Names.constantName(status.name().get(), title);
      if (!titleIsARow && Names.isConstantName(constant)) {
        String earlier = constants.putIfAbsent(constant, "Status " + code);
        if (earlier != null) {
          report.report(
              Message.CONSTANT_NAME_DUPLICATE, catalog.type(), status.title(),
              earlier, "status " + code + " (answering with its title)",
              catalog.name().get() + "Error", constant);
        }
      }
    }
  }

  private void validateTemplate(Catalog catalog, Error error, String detail, Report report) {
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
      }
      TypeMirror type = arg.type().get();
      if (type != null && !isRenderable(type)) {
        report.report(Message.ARG_TYPE_UNSUPPORTED, catalog.type(), arg.type(), name, type);
      }
      if (SourceVersion.isIdentifier(name) && !template.placeholders().contains(name)) {
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
