package dev.errorcontract.processor.model;

import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Component;
import dev.errorcontract.processor.collect.Declarations.RecordShape;
import dev.errorcontract.processor.model.ErrorModel.ArgModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/** Turns a declaration that validated cleanly into the immutable model generators work from. */
public final class ModelFactory {

  private final Elements elements;

  public ModelFactory(Elements elements) {
    this.elements = elements;
  }

  /** The model of {@code catalog}, which must have no validation errors. */
  public CatalogModel create(Catalog catalog) {
    List<StatusModel> statuses = catalog.statuses().stream().map(ModelFactory::status).toList();
    String stackTraces = catalog.stackTraces().get();
    List<ErrorModel> errors = new ArrayList<>();
    for (Declarations.Error error : catalog.errors()) {
      StatusModel status = find(statuses, error.status().get());
      errors.add(declaredError(error, status, stackTraces));
    }
    for (StatusModel status : statuses) {
      if (!status.isError()) {
        continue;
      }
      boolean titleIsARow = errors.stream()
          .anyMatch(e -> e.status() == status.code() && e.detail().equals(status.title()));
      if (!titleIsARow) {
        String constant = status.constantName();
        errors.add(new ErrorModel(
            status.code(),
            status.title(),
            DetailTemplate.literal(status.title()),
            status.description(),
            null,
            List.of(),
            constant,
            Names.className(constant),
            recordsStackTrace(stackTraces, "CATALOG_DEFAULT", status.code()),
            false,
            true));
      }
    }
    return new CatalogModel(
        catalog.type(),
        elements.getPackageOf(catalog.type()).getQualifiedName().toString(),
        catalog.name().get(),
        statuses,
        List.copyOf(errors),
        body(catalog.bodies().get(0)),
        catalog.clientFallback().get(),
        catalog.serverFallback().get());
  }

  private static StatusModel status(Declarations.Status status) {
    return new StatusModel(
        status.code().get(),
        status.title().get(),
        status.description().get(),
        status.headers().stream().map(h -> new HeaderModel(h.name().get(), h.value().get())).toList(),
        Names.constantName(status.name().get(), status.title().get()));
  }

  private static ErrorModel declaredError(Declarations.Error error, StatusModel status, String stackTraces) {
    String detail = error.detail().get();
    String constant = Names.constantName(error.name().get(), detail);
    String code = error.code().get();
    DetailTemplate template = DetailTemplate.parse(detail);
    // Arguments in placeholder order, so constructors read like the detail.
    List<ArgModel> args = new ArrayList<>();
    for (String placeholder : template.placeholders()) {
      if (args.stream().noneMatch(a -> a.name().equals(placeholder))) {
        error.args().stream()
            .filter(a -> placeholder.equals(a.name().get()))
            .findFirst()
            .ifPresent(a -> args.add(new ArgModel(placeholder, a.type().get())));
      }
    }
    return new ErrorModel(
        status.code(),
        detail,
        template,
        Objects.requireNonNullElse(error.description().get(), ""),
        code == null || code.isEmpty() ? null : code,
        List.copyOf(args),
        constant,
        Names.className(constant),
        recordsStackTrace(stackTraces, error.stackTrace().get(), status.code()),
        true,
        detail.equals(status.title()));
  }

  private static boolean recordsStackTrace(String catalogSetting, String errorSetting, int status) {
    String setting = "CATALOG_DEFAULT".equals(errorSetting) ? catalogSetting : errorSetting;
    switch (setting) {
      case "ALWAYS": return true;
      case "NEVER": return false;
      default: return status >= 500;
    }
  }

  private static StatusModel find(List<StatusModel> statuses, int code) {
    return statuses.stream().filter(s -> s.code() == code).findFirst().orElseThrow();
  }

  private static BodyModel body(Declarations.Body body) {
    if (body instanceof Declarations.FieldBody field) {
      return new BodyModel.Field(field.field().get());
    }
    if (body instanceof Declarations.ProblemBody problem) {
      List<BodyModel.Member> extensions = problem.extensions().stream()
          .map(e -> member(e.name().get(), e.value().get(), e.constant().get(), "java.lang.String"))
          .toList();
      return new BodyModel.Problem(problem.type().get(), problem.instance().get(), extensions);
    }
    Declarations.RecordBody record = (Declarations.RecordBody) body;
    return new BodyModel.Record(record.shape().record().getQualifiedName().toString(), members(record.shape()));
  }

  private static List<BodyModel.Member> members(RecordShape shape) {
    List<BodyModel.Member> members = new ArrayList<>();
    for (Component component : shape.components()) {
      if (component.nested() != null) {
        members.add(new BodyModel.Nested(component.jsonName(), members(component.nested())));
      } else {
        String type = component.type().getKind() == TypeKind.DECLARED
            ? component.type().toString()
            : component.type().getKind().name().toLowerCase(java.util.Locale.ROOT);
        members.add(member(component.jsonName(), component.value().get(), component.constant().get(), type));
      }
    }
    return List.copyOf(members);
  }

  private static BodyModel.Member member(String name, String value, String constant, String type) {
    if (!"CONSTANT".equals(value)) {
      return new BodyModel.Bound(name, CatalogValue.valueOf(value));
    }
    switch (type) {
      case "boolean":
      case "java.lang.Boolean":
        return new BodyModel.Constant(name, Boolean.parseBoolean(constant));
      case "int":
      case "long":
      case "java.lang.Integer":
      case "java.lang.Long":
        return new BodyModel.Constant(name, Long.parseLong(constant));
      default:
        return new BodyModel.Constant(name, constant);
    }
  }
}
