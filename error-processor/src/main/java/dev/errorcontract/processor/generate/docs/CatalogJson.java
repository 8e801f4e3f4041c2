package dev.errorcontract.processor.generate.docs;

import dev.errorcontract.processor.model.BodyModel;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.model.ErrorModel;
import dev.errorcontract.processor.model.HeaderModel;
import dev.errorcontract.processor.model.StatusModel;
import java.util.List;

/**
 * {@code <Name>.catalog.json}: the catalog as data for tools (linters, client generators, docs sites):
 * the model, member for member, in declaration order.
 */
final class CatalogJson {

  /** Bumped when a member changes meaning or goes away, so tools can tell. */
  static final int FORMAT = 1;

  private CatalogJson() {}

  static Json.Obj render(CatalogModel catalog, Bodies bodies) {
    List<Object> statuses = Json.list();
    for (StatusModel status : catalog.statuses()) {
      List<Object> headers = Json.list();
      for (HeaderModel header : status.headers()) {
        headers.add(Json.obj().put("name", header.name()).put("value", header.value()));
      }
      statuses.add(Json.obj()
          .put("code", status.code())
          .put("title", status.title())
          .put("description", status.description())
          .put("constant", status.constantName())
          .put("headers", headers));
    }
    List<Object> errors = Json.list();
    for (ErrorModel error : catalog.errors()) {
      List<Object> args = Json.list();
      for (ErrorModel.ArgModel arg : error.args()) {
        args.add(Json.obj().put("name", arg.name()).put("type", arg.type().toString()));
      }
      errors.add(Json.obj()
          .put("status", error.status())
          .put("detail", error.detail())
          .put("description", error.description())
          .put("code", error.code())
          .put("template", error.isTemplate())
          .put("args", args)
          .put("constant", error.constantName())
          .put("exception", error.className())
          .put("declared", error.declared())
          .put("answersStatus", error.answersStatus())
          .put("recordsStackTrace", error.recordsStackTrace()));
    }
    return Json.obj()
        .put("format", FORMAT)
        .put("name", catalog.name())
        .put("declaredBy", catalog.declaringType().getQualifiedName().toString())
        .put("package", catalog.packageName())
        .put("mediaType", bodies.mediaType())
        .put("body", body(catalog.body()))
        .put("statuses", statuses)
        .put("errors", errors)
        .put("undocumentedClientErrors", catalog.clientFallback())
        .put("undocumentedServerErrors", catalog.serverFallback());
  }

  private static Json.Obj body(BodyModel body) {
    if (body instanceof BodyModel.Field field) {
      return Json.obj().put("kind", "field").put("field", field.field());
    }
    if (body instanceof BodyModel.Problem problem) {
      return Json.obj()
          .put("kind", "problem")
          .put("type", problem.type())
          .put("instance", problem.instance())
          .put("extensions", members(problem.extensions()));
    }
    BodyModel.Record record = (BodyModel.Record) body;
    return Json.obj().put("kind", "record").put("record", record.recordName()).put("members", members(record.members()));
  }

  private static List<Object> members(List<BodyModel.Member> members) {
    List<Object> out = Json.list();
    for (BodyModel.Member member : members) {
      Json.Obj json = Json.obj().put("name", member.name());
      if (member instanceof BodyModel.Bound bound) {
        json.put("value", bound.value().name());
      } else if (member instanceof BodyModel.Constant constant) {
        json.put("value", "CONSTANT").put("constant", constant.value());
      } else {
        json.put("members", members(((BodyModel.Nested) member).members()));
      }
      out.add(json);
    }
    return out;
  }
}
