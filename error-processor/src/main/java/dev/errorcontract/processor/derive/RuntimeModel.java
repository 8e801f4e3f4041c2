package dev.errorcontract.processor.derive;

import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.internal.ErrorRow;
import dev.errorcontract.catalog.internal.JsonShape;
import dev.errorcontract.processor.derive.BodyModel;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.derive.HeaderModel;
import dev.errorcontract.processor.derive.StatusModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime's own objects built from a catalog's description in the processor, exactly as the
 * generated code builds them when it loads (see {@code generate.BodyShapeCode}), so the ambiguity check
 * compares, and documentation shows, the very bytes the server sends rather than a second rendition of
 * the JSON.
 */
public final class RuntimeModel {

  private RuntimeModel() {}

  /** The catalog's body shape. */
  public static JsonShape shape(BodyModel body) {
    List<JsonShape.Member> members = new java.util.ArrayList<>();
    if (body instanceof BodyModel.Field field) {
      members.add(JsonShape.value(field.field(), CatalogValue.DETAIL));
      field.members().forEach(m -> members.add(member(m)));
    } else if (body instanceof BodyModel.Problem problem) {
      members.add(JsonShape.value("type", CatalogValue.TYPE));
      members.add(JsonShape.value("title", CatalogValue.TITLE));
      members.add(JsonShape.value("status", CatalogValue.STATUS));
      members.add(JsonShape.value("detail", CatalogValue.DETAIL));
      if (problem.instance() != Instance.NONE) {
        members.add(JsonShape.value("instance", CatalogValue.INSTANCE).omittedWhenAbsent());
      }
      problem.extensions().forEach(m -> members.add(member(m)));
    } else {
      ((BodyModel.Record) body).members().forEach(m -> members.add(member(m)));
    }
    return JsonShape.of(members.toArray(JsonShape.Member[]::new)).mediaType(body.mediaType()).instance(body.instance());
  }

  private static JsonShape.Member member(BodyModel.Member member) {
    if (member instanceof BodyModel.Bound bound) {
      JsonShape.Member value = JsonShape.value(bound.name(), bound.value());
      return bound.omitWhenAbsent() ? value.omittedWhenAbsent() : value;
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
    if (member instanceof BodyModel.AttributeValue attribute) {
      JsonShape.Member value = JsonShape.attribute(attribute.name(), attribute.attribute());
      return attribute.omitWhenAbsent() ? value.omittedWhenAbsent() : value;
    }
    if (member instanceof BodyModel.ArgumentValue argument) {
      JsonShape.Member value = JsonShape.argument(argument.name(), argument.argument());
      return argument.omitWhenAbsent() ? value.omittedWhenAbsent() : value;
    }
    if (member instanceof BodyModel.Supplied supplied) {
      JsonShape.Member value = JsonShape.supplied(supplied.name(), supplied.key());
      return supplied.omitWhenAbsent() ? value.omittedWhenAbsent() : value;
    }
    if (member instanceof BodyModel.Violations list) {
      JsonShape.Member value = JsonShape.violations(list.name(), list.key(), list.items().stream()
          .map(i -> i.path() ? JsonShape.path(i.name()) : JsonShape.message(i.name())).toArray(JsonShape.Item[]::new));
      return list.omitWhenAbsent() ? value.omittedWhenAbsent() : value;
    }
    BodyModel.Nested nested = (BodyModel.Nested) member;
    return JsonShape.object(nested.name(),
        nested.members().stream().map(RuntimeModel::member).toArray(JsonShape.Member[]::new));
  }

  /** The completed row of {@code error}. */
  public static ErrorRow row(ErrorModel error) {
    ErrorRow row = ErrorRow.answering(error.code(), error.detail()).title(error.title()).description(error.description());
    if (error.type() != null) {
      row.type(error.type());
    }
    if (error.machineCode() != null) {
      row.code(error.machineCode());
    }
    error.args().forEach(a -> row.arguments(a.name()));
    error.attributes().forEach(row::attribute);
    error.answers().forEach(row::answers);
    if (error.addedByLibrary()) {
      row.addedByLibrary();
    }
    return row.of(status(error.status()));
  }

  /** {@code status} as the runtime sees it. */
  public static DocumentedStatus status(StatusModel status) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (HeaderModel header : status.headers()) {
      headers.put(header.name(), header.value());
    }
    return new DocumentedStatus() {
      @Override
      public int code() {
        return status.code();
      }

      @Override
      public List<Integer> codes() {
        return status.codes();
      }

      @Override
      public boolean covers(int code) {
        return status.covers(code);
      }

      @Override
      public String title() {
        return status.title();
      }

      @Override
      public TitleSource titleSource() {
        return status.titlePublished() ? TitleSource.PUBLISHED : TitleSource.REASON_PHRASE;
      }

      @Override
      public String description() {
        return status.description();
      }

      @Override
      public Map<String, String> headers() {
        return headers;
      }
    };
  }
}
