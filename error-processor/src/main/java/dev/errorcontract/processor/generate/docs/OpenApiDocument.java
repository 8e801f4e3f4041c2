package dev.errorcontract.processor.generate.docs;

import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.processor.derive.BodyModel;
import dev.errorcontract.processor.derive.Json;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.derive.HeaderModel;
import dev.errorcontract.processor.derive.StatusModel;
import dev.errorcontract.catalog.Instance;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <Name>.openapi.json}: an OpenAPI 3.1 document holding only components, for API documents to
 * reference: the body schema under {@code components/schemas/<Name>ErrorBody}, and one response per
 * error status row under {@code components/responses/<Name><code>} ({@code <Name>5XX} for a range),
 * with the codes it covers ({@code x-error-contract-codes}) and one named example per error that row
 * answers with (the declared rows, then the answer the library adds, said so), keyed by the error's
 * constant name, and the row's meaning beside the body under {@code x-error-contract} (status, title,
 * problem type, machine code, attributes, the conditions it answers, whether the library added it).
 *
 * <p>Each example's value is the body the server sends, bytes made by the runtime ({@link Bodies})
 * and embedded unchanged. A template detail's example carries the detail as published, placeholders
 * and all, and its description says so.
 */
final class OpenApiDocument {

  private OpenApiDocument() {}

  /** The schema's name under {@code components/schemas}. */
  static String schemaName(CatalogModel catalog) {
    return catalog.name() + "ErrorBody";
  }

  /** The response's name under {@code components/responses}: {@code Passport404}, {@code Stripe5XX}. */
  static String responseName(CatalogModel catalog, StatusModel status) {
    return catalog.name() + (status.range() != null ? status.range() : Integer.toString(status.code()));
  }

  /**
   * @param version the document's {@code info.version}: the catalog has no version of its own, so the
   *     caller passes a digest of its content, which changes exactly when the documented errors do
   */
  static Json.Obj render(CatalogModel catalog, Bodies bodies, String version) {
    String schemaRef = "#/components/schemas/" + schemaName(catalog);
    Json.Obj responses = Json.obj();
    for (StatusModel status : catalog.statuses()) {
      if (!status.isError()) {
        continue;
      }
      Json.Obj examples = Json.obj();
      for (ErrorModel error : catalog.errors()) {
        if (error.status().equals(status)) {
          String description = error.isTemplate()
              ? join(error.description(), "The detail is a template: each {name} is replaced by the value of that"
                  + " argument.")
              : error.description();
          if (error.addedByLibrary()) {
            description = join(description, "Added by the library: no row of the published page answers the"
                + " status as a whole (none has answers = Condition.STATUS), so its title is the detail.");
          }
          if (error.isDeprecated()) {
            description = join(description, "Deprecated: " + error.deprecated());
          }
          examples.put(error.constantName(), Json.obj()
              .put("summary", error.detail())
              .putIfNotNull("description", description.isEmpty() ? null : description)
              .put("value", new Json.Raw(bodies.example(catalog, error)))
              .put("x-error-contract", row(error)));
        }
      }
      String title = status.title();
      Json.Obj response = Json.obj()
          .put("description", status.description().isEmpty() || title.equals(status.description())
              ? title
              : title + ": " + status.description());
      if (!status.titlePublished()) {
        // The page gives no title: the standard reason phrase stands in, filled in by the library.
        response.put("x-error-contract-title-source", "REASON_PHRASE");
      }
      List<Object> codes = Json.list();
      codes.addAll(status.codes());
      response.put("x-error-contract-codes", codes);
      if (status.isDeprecated()) {
        // A Response Object has no deprecated field of its own.
        response.put("x-error-contract-deprecated", status.deprecated());
      }
      if (!status.headers().isEmpty()) {
        Json.Obj headers = Json.obj();
        for (HeaderModel header : status.headers()) {
          headers.put(header.name(), Json.obj()
              .put("required", true)
              .put("schema", Json.obj().put("type", "string").put("const", header.value())));
        }
        response.put("headers", headers);
      }
      response.put("content", Json.obj().put(bodies.mediaType(), Json.obj()
          .put("schema", Json.obj().put("$ref", schemaRef))
          .put("examples", examples)));
      responses.put(responseName(catalog, status), response);
    }
    return Json.obj()
        .put("openapi", "3.1.0")
        .put("info", Json.obj()
            .put("title", catalog.name() + " errors")
            .put("version", version)
            .put("description", "The documented errors of the " + catalog.name() + " catalog, generated by"
                + " error-contract from `" + catalog.declaringType().getQualifiedName() + "`. Every example is"
                + " the body the server sends."))
        .put("components", Json.obj()
            .put("schemas", Json.obj().put(schemaName(catalog), schema(catalog)))
            .put("responses", responses));
  }

  /** What the example's row says besides its body: the meaning tools need, as catalog.json has it. */
  private static Json.Obj row(ErrorModel error) {
    Json.Obj attributes = Json.obj();
    error.attributes().forEach(attributes::put);
    List<Object> answers = Json.list();
    error.answers().forEach(c -> answers.add(c.name()));
    Json.Obj row = Json.obj()
        .put("status", error.code())
        .put("title", error.title())
        .putIfNotNull("type", error.type())
        .put("code", error.machineCode())
        .put("attributes", attributes)
        .put("answers", answers)
        .put("addedByLibrary", error.addedByLibrary());
    if (error.isDeprecated()) {
      // An Example Object has no deprecated field; the row's extension carries it, as a schema would.
      row.put("deprecated", true).put("deprecation", error.deprecated());
    }
    return row;
  }

  private static String join(String first, String second) {
    return first.isEmpty() ? second : first + " " + second;
  }

  private static Json.Obj schema(CatalogModel catalog) {
    BodyModel body = catalog.body();
    if (body instanceof BodyModel.Field field) {
      List<BodyModel.Member> members = new ArrayList<>();
      members.add(new BodyModel.Bound(field.field(), CatalogValue.DETAIL, false));
      members.addAll(field.members());
      return object(members, catalog);
    }
    if (body instanceof BodyModel.Problem problem) {
      List<BodyModel.Member> members = new ArrayList<>(List.of(
          new BodyModel.Bound("type", CatalogValue.TYPE, false),
          new BodyModel.Bound("title", CatalogValue.TITLE, false),
          new BodyModel.Bound("status", CatalogValue.STATUS, false),
          new BodyModel.Bound("detail", CatalogValue.DETAIL, false)));
      if (problem.instance() != Instance.NONE) {
        // Left out when absent, as RFC 9457 has it.
        members.add(new BodyModel.Bound("instance", CatalogValue.INSTANCE, true));
      }
      members.addAll(problem.extensions());
      return object(members, catalog);
    }
    return object(((BodyModel.Record) body).members(), catalog);
  }

  /** An object schema; a member that can be left out is not required. */
  private static Json.Obj object(List<BodyModel.Member> members, CatalogModel catalog) {
    Json.Obj properties = Json.obj();
    List<Object> required = Json.list();
    for (BodyModel.Member member : members) {
      properties.put(member.name(), property(member, catalog));
      if (!omittable(member) || alwaysPresent(member, catalog)) {
        required.add(member.name());
      }
    }
    return Json.obj().put("type", "object").put("properties", properties).put("required", required);
  }

  /**
   * Whether every answer of the catalog, the ones the library adds included, carries a value for {@code
   * member}: then it is required, and never {@code null}, whatever {@code omitWhenAbsent} says.
   */
  private static boolean alwaysPresent(BodyModel.Member member, CatalogModel catalog) {
    if (member instanceof BodyModel.Bound bound) {
      return switch (bound.value()) {
        case CODE -> catalog.errors().stream().allMatch(e -> e.machineCode() != null);
        // SUPPLIED is absent where the application's supplier fails.
        case INSTANCE -> catalog.body().instance() == Instance.REQUEST_PATH
            || catalog.body().instance() == Instance.CORRELATION_URN
            || catalog.body().instance() == Instance.CORRELATION_UUID;
        default -> true;
      };
    }
    if (member instanceof BodyModel.AttributeValue attribute) {
      return catalog.errors().stream().allMatch(e -> e.attributes().get(attribute.attribute()) != null);
    }
    if (member instanceof BodyModel.Supplied || member instanceof BodyModel.Violations) {
      return false; // absent where the throwing code (or validation) gives none
    }
    if (member instanceof BodyModel.ArgumentValue argument) {
      return catalog.errors().stream()
          .allMatch(e -> e.args().stream().anyMatch(a -> a.name().equals(argument.argument())));
    }
    return true;
  }

  private static boolean omittable(BodyModel.Member member) {
    return member instanceof BodyModel.Bound bound && bound.omitWhenAbsent()
            && (bound.value() == CatalogValue.CODE || bound.value() == CatalogValue.INSTANCE)
        || member instanceof BodyModel.AttributeValue attribute && attribute.omitWhenAbsent()
        || member instanceof BodyModel.ArgumentValue argument && argument.omitWhenAbsent()
        || member instanceof BodyModel.Supplied supplied && supplied.omitWhenAbsent()
        || member instanceof BodyModel.Violations list && list.omitWhenAbsent();
  }

  /**
   * The JSON Schema format of the instance: a request path is a relative reference, {@code urn:uuid:...}
   * a URI, the bare correlation id a UUID; the application's own and the exception's have none.
   */
  private static String instanceFormat(Instance instance) {
    return switch (instance) {
      case REQUEST_PATH -> "uri-reference";
      case CORRELATION_URN -> "uri";
      case CORRELATION_UUID -> "uuid";
      default -> null;
    };
  }

  private static Json.Obj property(BodyModel.Member member, CatalogModel catalog) {
    if (member instanceof BodyModel.Bound bound) {
      Json.Obj property = Json.obj();
      boolean canBeNull = !bound.omitWhenAbsent() && !alwaysPresent(bound, catalog);
      switch (bound.value()) {
        case STATUS:
          property.put("type", "integer").put("enum", errorCodes(catalog));
          break;
        case CODE:
          property.put("type", canBeNull ? List.of("string", "null") : "string");
          break;
        case INSTANCE:
          property.put("type", canBeNull ? List.of("string", "null") : "string");
          String format = instanceFormat(catalog.body().instance());
          if (format != null) {
            property.put("format", format);
          }
          return property.put("description", MarkdownPage.instance(catalog));
        case TYPE:
          property.put("type", "string").put("format", "uri-reference");
          break;
        default:
          property.put("type", "string");
      }
      return property.put("description", MarkdownPage.describe(bound.value()));
    }
    if (member instanceof BodyModel.Constant constant) {
      Object value = constant.value();
      String type = value instanceof Long ? "integer" : value instanceof Boolean ? "boolean" : "string";
      return Json.obj().put("type", type).put("const", value);
    }
    if (member instanceof BodyModel.AttributeValue attribute) {
      List<Object> values = Json.list();
      catalog.errors().stream()
          .map(e -> e.attributes().get(attribute.attribute()))
          .filter(v -> v != null)
          .distinct()
          .forEach(values::add);
      Json.Obj property = Json.obj()
          .put("type", attribute.omitWhenAbsent() || alwaysPresent(attribute, catalog) ? "string" : List.of("string", "null"))
          .put("enum", values)
          .put("description", "the error's attribute " + attribute.attribute());
      java.util.Map<String, String> described = catalog.valueDescriptions().get(attribute.attribute());
      if (described != null) {
        // What each value means, as the page's table of values says; enum stays the list of values.
        List<Object> meanings = Json.list();
        for (Object value : values) {
          meanings.add(Json.obj().put("const", value)
              .putIfNotNull("description", described.get((String) value)));
        }
        if (!attribute.omitWhenAbsent() && !alwaysPresent(attribute, catalog)) {
          meanings.add(Json.obj().put("type", "null"));
        }
        property.put("oneOf", meanings);
      }
      return property;
    }
    if (member instanceof BodyModel.ArgumentValue argument) {
      List<Object> kinds = Json.list();
      catalog.errors().stream()
          .flatMap(e -> e.args().stream())
          .filter(a -> a.name().equals(argument.argument()))
          .map(a -> a.json() == ErrorModel.Json.NUMBER ? "integer" : a.json() == ErrorModel.Json.BOOLEAN ? "boolean" : "string")
          .distinct()
          .forEach(kinds::add);
      if (!argument.omitWhenAbsent() && !alwaysPresent(argument, catalog)) {
        kinds.add("null");
      }
      return Json.obj()
          .put("type", kinds.size() == 1 ? kinds.get(0) : kinds)
          .put("description", "the template argument " + argument.argument());
    }
    if (member instanceof BodyModel.Supplied supplied) {
      return Json.obj().put("type", supplied.omitWhenAbsent() ? "string" : List.of("string", "null"))
          .put("maxLength", 1024)
          .put("description", "a value the throwing code supplies");
    }
    if (member instanceof BodyModel.Violations list) {
      Json.Obj properties = Json.obj();
      List<Object> required = Json.list();
      for (BodyModel.ItemModel item : list.items()) {
        properties.put(item.name(), Json.obj().put("type", "string").put("maxLength", 1024).put("description",
            item.path() ? "the property path of the value that failed" : "the constraint's message"));
        required.add(item.name());
      }
      return Json.obj().put("type", list.omitWhenAbsent() ? "array" : List.of("array", "null"))
          .put("maxItems", 100)
          .put("items", Json.obj().put("type", "object").put("properties", properties).put("required", required))
          .put("description", "the request's violations, from validation or the throwing code");
    }
    return object(((BodyModel.Nested) member).members(), catalog);
  }

  /** The statuses a body can carry: every code of the error status rows (undocumented ones answer as these). */
  private static List<Object> errorCodes(CatalogModel catalog) {
    List<Object> codes = Json.list();
    catalog.statuses().stream().filter(StatusModel::isError).forEach(s -> codes.addAll(s.codes()));
    return codes;
  }
}
