package dev.errorcontract.processor.derive;

import dev.errorcontract.catalog.Condition;
import java.util.List;
import java.util.Map;

/**
 * {@code <Name>.catalog.json}: the catalog as data for tools (linters, client generators, docs sites):
 * its {@link Description}, member for member, in declaration order. The documentation writes it, and
 * the baseline comparison reads the current catalog from the very same bytes.
 */
public final class CatalogJson {

  /**
   * Bumped when a member changes meaning or goes away, so tools can tell. 2: status rows cover several
   * codes ({@code codes}), errors carry attributes, titles, types and the conditions they answer, the
   * fallback statuses became {@code conditions}. 3: rows may carry {@code deprecated} (what to use
   * instead) and {@code breaks} (the release acknowledging a breaking change), the catalog {@code
   * breaks}; each only when given, so a format 2 reader that ignores unknown members reads the rest.
   */
  public static final int FORMAT = 3;

  private CatalogJson() {}

  /** The document of {@code catalog}. */
  public static Json.Obj render(Description catalog) {
    List<Object> statuses = Json.list();
    for (StatusModel status : catalog.statuses()) {
      List<Object> headers = Json.list();
      for (HeaderModel header : status.headers()) {
        headers.add(Json.obj().put("name", header.name()).put("value", header.value()));
      }
      List<Object> codes = Json.list();
      codes.addAll(status.codes());
      statuses.add(Json.obj()
          .put("code", status.code())
          .put("codes", codes)
          .put("range", status.range())
          .put("title", status.title())
          .put("titlePublished", status.titlePublished())
          .put("description", status.description())
          .put("constant", status.constantName())
          .put("attributes", map(status.attributeDefaults()))
          .put("headers", headers)
          .putIfNotNull("deprecated", status.deprecated())
          .putIfNotNull("breaks", status.breaks()));
    }
    List<Object> errors = Json.list();
    for (ErrorModel error : catalog.errors()) {
      List<Object> args = Json.list();
      for (ErrorModel.ArgModel arg : error.args()) {
        args.add(Json.obj().put("name", arg.name()).put("type", arg.type().toString()).put("json", arg.json().name()));
      }
      List<Object> answers = Json.list();
      error.answers().forEach(c -> answers.add(c.name()));
      errors.add(Json.obj()
          .put("status", error.code())
          .put("statusRow", error.status().codeCell())
          .put("detail", error.detail())
          .put("title", error.title())
          .putIfNotNull("type", error.type())
          .put("description", error.description())
          .put("code", error.machineCode())
          .put("attributes", map(error.attributes()))
          .put("template", error.isTemplate())
          .put("args", args)
          .put("answers", answers)
          .put("constant", error.constantName())
          .put("exception", error.className())
          .put("addedByLibrary", error.addedByLibrary())
          .put("recordsStackTrace", error.recordsStackTrace())
          .putIfNotNull("deprecated", error.declared() ? error.deprecated() : null)
          .putIfNotNull("breaks", error.breaks()));
    }
    Json.Obj conditions = Json.obj();
    for (Condition condition : Condition.values()) {
      ErrorModel error = catalog.conditions().get(condition);
      if (error != null) {
        conditions.put(condition.name(), error.constantName());
      }
    }
    List<Object> attributes = Json.list();
    attributes.addAll(catalog.attributes());
    return Json.obj()
        .put("format", FORMAT)
        .put("name", catalog.name())
        .put("declaredBy", catalog.declaringType().getQualifiedName().toString())
        .put("package", catalog.packageName())
        .put("mediaType", catalog.body().mediaType())
        .put("instance", catalog.body().instance().name())
        .put("attributes", attributes)
        .put("body", body(catalog.body()))
        .put("statuses", statuses)
        .put("errors", errors)
        .put("conditions", conditions)
        .put("statusColumns", columns(catalog.statusColumns()))
        .put("errorColumns", columns(catalog.errorColumns()))
        .putIfNotNull("breaks", catalog.breaks());
  }

  /** The document of {@code catalog} as bytes, exactly as the documentation writes it. */
  public static byte[] bytes(Description catalog) {
    return Json.write(render(catalog));
  }

  private static Json.Obj map(Map<String, String> values) {
    Json.Obj obj = Json.obj();
    values.forEach(obj::put);
    return obj;
  }

  private static List<Object> columns(List<ColumnModel> columns) {
    List<Object> out = Json.list();
    for (ColumnModel column : columns) {
      out.add(Json.obj().put("header", column.header()).put("cell", column.cell().name())
          .putIfNotNull("attribute", column.attribute()));
    }
    return out;
  }

  private static Json.Obj body(BodyModel body) {
    if (body instanceof BodyModel.Field field) {
      return Json.obj().put("kind", "field").put("field", field.field()).put("members", members(field.members()));
    }
    if (body instanceof BodyModel.Problem problem) {
      return Json.obj().put("kind", "problem").put("extensions", members(problem.extensions()));
    }
    BodyModel.Record record = (BodyModel.Record) body;
    return Json.obj().put("kind", "record").put("record", record.recordName()).put("members", members(record.members()));
  }

  private static List<Object> members(List<BodyModel.Member> members) {
    List<Object> out = Json.list();
    for (BodyModel.Member member : members) {
      Json.Obj json = Json.obj().put("name", member.name());
      if (member instanceof BodyModel.Bound bound) {
        json.put("value", bound.value().name()).put("omitWhenAbsent", bound.omitWhenAbsent());
      } else if (member instanceof BodyModel.Constant constant) {
        json.put("value", "CONSTANT").put("constant", constant.value());
      } else if (member instanceof BodyModel.AttributeValue attribute) {
        json.put("attribute", attribute.attribute()).put("omitWhenAbsent", attribute.omitWhenAbsent());
      } else if (member instanceof BodyModel.ArgumentValue argument) {
        json.put("argument", argument.argument()).put("omitWhenAbsent", argument.omitWhenAbsent());
      } else if (member instanceof BodyModel.Supplied supplied) {
        json.put("value", "SUPPLIED").put("key", supplied.key()).put("omitWhenAbsent", supplied.omitWhenAbsent());
      } else if (member instanceof BodyModel.Violations list) {
        List<Object> items = Json.list();
        list.items().forEach(i -> items.add(Json.obj().put("name", i.name()).put("value", i.path() ? "PATH" : "MESSAGE")));
        json.put("value", "VIOLATIONS").put("key", list.key()).put("items", items)
            .put("omitWhenAbsent", list.omitWhenAbsent());
      } else {
        json.put("members", members(((BodyModel.Nested) member).members()));
      }
      out.add(json);
    }
    return out;
  }
}
