package dev.errorcontract.processor.generate.docs;

import dev.errorcontract.catalog.JsonShape;
import dev.errorcontract.processor.model.BodyModel;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.model.ErrorModel;
import dev.errorcontract.processor.model.StatusModel;
import java.util.List;

/**
 * Example bodies made by the runtime itself: the catalog's {@link JsonShape} is built here from the
 * model, just as the generated enum builds it, and compiled and rendered the same way. Documentation
 * therefore shows the very bytes the server sends, never a second rendition of the JSON.
 *
 * <p>A template detail such as {@code Invalid limit: {limit}} has no fixed bytes: its example is the
 * body rendered with the detail as published, placeholders and all.
 */
final class Bodies {

  private final JsonShape shape;

  Bodies(BodyModel body) {
    this.shape = shape(body);
  }

  /** The media type of the catalog's bodies. */
  String mediaType() {
    return shape.mediaType();
  }

  /** The body {@code error} is answered with (a template: with its placeholders), without instance. */
  byte[] example(CatalogModel catalog, ErrorModel error) {
    StatusModel status = catalog.status(error.status());
    return shape.compile(status.code(), status.title(), error.code(), error.description())
        .render(error.detail())
        .toByteArray();
  }

  private static JsonShape shape(BodyModel body) {
    if (body instanceof BodyModel.Field field) {
      return JsonShape.field(field.field());
    }
    if (body instanceof BodyModel.Problem problem) {
      return JsonShape.problemDetails(problem.type(), problem.instance(), members(problem.extensions()));
    }
    return JsonShape.record(members(((BodyModel.Record) body).members()));
  }

  private static JsonShape.Member[] members(List<BodyModel.Member> members) {
    return members.stream().map(Bodies::member).toArray(JsonShape.Member[]::new);
  }

  private static JsonShape.Member member(BodyModel.Member member) {
    if (member instanceof BodyModel.Bound bound) {
      return JsonShape.bound(bound.name(), bound.value());
    }
    if (member instanceof BodyModel.Constant constant) {
      Object value = constant.value();
      if (value instanceof Long number) {
        return JsonShape.constant(constant.name(), number.longValue());
      }
      if (value instanceof Boolean flag) {
        return JsonShape.constant(constant.name(), flag.booleanValue());
      }
      return JsonShape.constant(constant.name(), (String) value);
    }
    BodyModel.Nested nested = (BodyModel.Nested) member;
    return JsonShape.nested(nested.name(), members(nested.members()));
  }
}
