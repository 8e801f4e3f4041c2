package dev.errorcontract.processor.derive;

import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Column;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Component;
import dev.errorcontract.processor.collect.Declarations.RecordShape;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.derive.ErrorModel.ArgModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Turns a declaration that validated cleanly, with its {@link Meaning}, into its complete {@link
 * Description}. It decides nothing itself: every meaning comes from {@link Meaning}, and this copies it
 * into records.
 */
public final class Describer {

  /** The default columns of the status table, as {@code @PublishedPage} declares them. */
  public static final List<ColumnModel> DEFAULT_STATUS_COLUMNS = List.of(
      new ColumnModel("Code", Column.Cell.STATUS, null),
      new ColumnModel("Title", Column.Cell.TITLE, null),
      new ColumnModel("Description", Column.Cell.DESCRIPTION, null));

  /** The default columns of the error table, as {@code @PublishedPage} declares them. */
  public static final List<ColumnModel> DEFAULT_ERROR_COLUMNS = List.of(
      new ColumnModel("Error Detail", Column.Cell.DETAIL, null),
      new ColumnModel("Description", Column.Cell.DESCRIPTION, null));

  private final Elements elements;

  public Describer(Elements elements) {
    this.elements = elements;
  }

  /** The description of {@code catalog}, which must have no validation errors; {@code meaning} is its meaning. */
  public Description describe(Catalog catalog, Meaning meaning) {
    Map<Declarations.Status, StatusModel> statuses = new IdentityHashMap<>();
    List<StatusModel> statusList = new ArrayList<>();
    for (Declarations.Status status : catalog.statuses()) {
      StatusModel model = status(status, meaning);
      statuses.put(status, model);
      statusList.add(model);
    }
    Declarations.Body body = catalog.bodies().get(0);
    String problemType = body instanceof Declarations.ProblemBody problem ? problem.type().get() : null;
    String stackTraces = catalog.stackTraces().get();
    Map<Meaning.Answer, ErrorModel> errors = new LinkedHashMap<>();
    for (Declarations.Error error : catalog.errors()) {
      Meaning.Answer answer = Meaning.Answer.of(error);
      errors.put(answer, declaredError(error, statuses.get(meaning.statusRow(error)), meaning, answer, problemType,
          stackTraces));
    }
    for (Declarations.Status status : meaning.addedAnswers()) {
      Meaning.Answer answer = Meaning.Answer.added(status);
      errors.put(answer, addedAnswer(statuses.get(status), meaning.answers(answer), problemType, stackTraces));
    }
    Map<Condition, ErrorModel> conditions = new EnumMap<>(Condition.class);
    for (Condition condition : Condition.values()) {
      ErrorModel answer = condition == Condition.STATUS ? null : errors.get(meaning.conditionAnswer(condition));
      if (answer != null) { // none in a client-only catalog
        conditions.put(condition, answer);
      }
    }
    BodyModel bodyModel = body(body);
    List<ColumnModel> statusColumns;
    List<ColumnModel> errorColumns;
    if (catalog.page() == null) {
      // No page to be compared with: the generated page shows every value that reaches the wire.
      statusColumns = wireStatusColumns(statusList, bodyModel);
      errorColumns = wireErrorColumns(errors.values(), bodyModel);
    } else {
      statusColumns = columns(catalog.page().statusColumns(), DEFAULT_STATUS_COLUMNS);
      errorColumns = columns(catalog.page().errorColumns(), DEFAULT_ERROR_COLUMNS);
    }
    return new Description(
        catalog.type(),
        elements.getPackageOf(catalog.type()).getQualifiedName().toString(),
        catalog.name().get(),
        catalog.attributes().stream().map(Located::get).toList(),
        List.copyOf(statusList),
        List.copyOf(errors.values()),
        Map.copyOf(conditions),
        bodyModel,
        statusColumns,
        errorColumns,
        given(catalog.breaks()),
        catalog.clientOnly().get(),
        valueDescriptions(catalog),
        instanceSupplier(catalog, bodyModel));
  }

  /**
   * The status table of a catalog without {@code @PublishedPage}: the codes, the title, the description,
   * then each attribute a status row gives a default for and a body member holds.
   */
  private static List<ColumnModel> wireStatusColumns(List<StatusModel> statuses, BodyModel body) {
    List<ColumnModel> columns = new ArrayList<>(DEFAULT_STATUS_COLUMNS);
    for (String attribute : heldAttributes(body)) {
      if (statuses.stream().anyMatch(s -> s.attributeDefaults().containsKey(attribute))) {
        columns.add(new ColumnModel(attribute, Column.Cell.ATTRIBUTE, attribute));
      }
    }
    return List.copyOf(columns);
  }

  /**
   * The error table of a catalog without {@code @PublishedPage}: every value of a row that reaches the
   * wire, in the order a reader looks for them: the status, the machine code (when a row has one), the
   * row's title (when the body carries titles), each attribute a body member holds (when a row has it),
   * the detail and the description.
   */
  private static List<ColumnModel> wireErrorColumns(java.util.Collection<ErrorModel> errors, BodyModel body) {
    List<ErrorModel> declared = errors.stream().filter(e -> !e.addedByLibrary()).toList();
    List<ColumnModel> columns = new ArrayList<>();
    columns.add(new ColumnModel("Status", Column.Cell.STATUS, null));
    if (declared.stream().anyMatch(e -> e.machineCode() != null)) {
      columns.add(new ColumnModel("Code", Column.Cell.CODE, null));
    }
    if (body instanceof BodyModel.Problem || holds(members(body), CatalogValue.TITLE)) {
      columns.add(new ColumnModel("Title", Column.Cell.TITLE, null));
    }
    for (String attribute : heldAttributes(body)) {
      if (declared.stream().anyMatch(e -> e.attributes().get(attribute) != null)) {
        columns.add(new ColumnModel(attribute, Column.Cell.ATTRIBUTE, attribute));
      }
    }
    columns.add(new ColumnModel("Detail", Column.Cell.DETAIL, null));
    columns.add(new ColumnModel("Description", Column.Cell.DESCRIPTION, null));
    return List.copyOf(columns);
  }

  private static List<BodyModel.Member> members(BodyModel body) {
    if (body instanceof BodyModel.Field field) {
      return field.members();
    }
    if (body instanceof BodyModel.Problem problem) {
      return problem.extensions();
    }
    return ((BodyModel.Record) body).members();
  }

  private static boolean holds(List<BodyModel.Member> members, CatalogValue value) {
    for (BodyModel.Member member : members) {
      if (member instanceof BodyModel.Bound bound && bound.value() == value
          || member instanceof BodyModel.Nested nested && holds(nested.members(), value)) {
        return true;
      }
    }
    return false;
  }

  /** The attributes body members hold, in member order, each once. */
  private static List<String> heldAttributes(BodyModel body) {
    java.util.Set<String> held = new java.util.LinkedHashSet<>();
    collectAttributes(members(body), held);
    return List.copyOf(held);
  }

  private static void collectAttributes(List<BodyModel.Member> members, java.util.Set<String> held) {
    for (BodyModel.Member member : members) {
      if (member instanceof BodyModel.AttributeValue attribute) {
        held.add(attribute.attribute());
      } else if (member instanceof BodyModel.Nested nested) {
        collectAttributes(nested.members(), held);
      }
    }
  }

  /** Per attribute, its described values in the order first given, statuses' then rows'. */
  private static Map<String, Map<String, String>> valueDescriptions(Declarations.Catalog catalog) {
    Map<String, Map<String, String>> described = new LinkedHashMap<>();
    List<Declarations.AttributeValue> all = new ArrayList<>();
    catalog.statuses().forEach(s -> all.addAll(s.attributes()));
    catalog.errors().forEach(e -> all.addAll(e.attributes()));
    for (Declarations.AttributeValue value : all) {
      String description = value.description() == null ? null : value.description().get();
      if (description != null && !description.isEmpty() && value.name().get() != null && value.value().get() != null) {
        described.computeIfAbsent(value.name().get(), n -> new LinkedHashMap<>())
            .putIfAbsent(value.value().get(), description);
      }
    }
    Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
    described.forEach((name, values) -> frozen.put(name, java.util.Collections.unmodifiableMap(values)));
    return java.util.Collections.unmodifiableMap(frozen);
  }

  /** A marker's value: null when it is not given (empty). */
  private static String given(Located<String> marker) {
    return marker.get().isEmpty() ? null : marker.get();
  }

  private static StatusModel status(Declarations.Status status, Meaning meaning) {
    String range = status.range().get();
    return new StatusModel(
        meaning.codes(status),
        range == null || range.isEmpty() ? null : range,
        meaning.title(status),
        Meaning.titlePublished(status),
        Objects.requireNonNullElse(status.description().get(), ""),
        status.headers().stream().map(h -> new HeaderModel(h.name().get(), h.value().get())).toList(),
        java.util.Collections.unmodifiableMap(Meaning.values(status.attributes())),
        meaning.statusConstant(status),
        given(status.deprecated()),
        given(status.breaks()));
  }

  private ErrorModel declaredError(
      Declarations.Error error, StatusModel status, Meaning meaning, Meaning.Answer answer, String problemType,
      String stackTraces) {
    String detail = error.detail().get();
    String constant = Meaning.errorConstant(error);
    String code = error.code().get();
    DetailTemplate template = DetailTemplate.parse(detail);
    // Arguments in placeholder order, so constructors read like the detail.
    List<ArgModel> args = new ArrayList<>();
    for (String placeholder : template.placeholders()) {
      if (args.stream().noneMatch(a -> a.name().equals(placeholder))) {
        error.args().stream()
            .filter(a -> placeholder.equals(a.name().get()))
            .findFirst()
            .ifPresent(a -> args.add(new ArgModel(placeholder, a.type().get(), ArgumentType.json(a.type().get()))));
      }
    }
    int statusCode = error.status().get();
    return new ErrorModel(
        status,
        statusCode,
        detail,
        template,
        meaning.rowTitle(error),
        problemType == null ? null : Meaning.rowType(error, problemType),
        Objects.requireNonNullElse(error.description().get(), ""),
        code == null || code.isEmpty() ? null : code,
        List.copyOf(args),
        java.util.Collections.unmodifiableMap(meaning.attributes(error)),
        orderedSet(meaning.answers(answer)),
        constant,
        Names.className(constant),
        recordsStackTrace(stackTraces, error.stackTrace().get(), statusCode),
        false,
        given(error.deprecated()),
        given(error.breaks()));
  }

  private static ErrorModel addedAnswer(
      StatusModel status, Set<Condition> answers, String problemType, String stackTraces) {
    String constant = status.constantName();
    return new ErrorModel(
        status,
        status.code(),
        status.title(),
        DetailTemplate.literal(status.title()),
        status.title(),
        problemType,
        status.description(),
        null,
        List.of(),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(status.attributeDefaults())),
        orderedSet(answers),
        constant,
        Names.className(constant),
        recordsStackTrace(stackTraces, "CATALOG_DEFAULT", status.code()),
        true,
        status.deprecated(),
        null);
  }

  /** An unmodifiable set iterating in the conditions' declaration order. */
  private static Set<Condition> orderedSet(Set<Condition> conditions) {
    java.util.EnumSet<Condition> set = java.util.EnumSet.noneOf(Condition.class);
    set.addAll(conditions);
    return java.util.Collections.unmodifiableSet(set);
  }

  static boolean recordsStackTrace(String catalogSetting, String errorSetting, int status) {
    String setting = "CATALOG_DEFAULT".equals(errorSetting) ? catalogSetting : errorSetting;
    switch (setting) {
      case "ALWAYS": return true;
      case "NEVER": return false;
      default: return status >= 500;
    }
  }

  private static List<ColumnModel> columns(List<Declarations.Column> declared, List<ColumnModel> defaults) {
    return declared == null ? defaults : columns(declared);
  }

  /** The declared columns of a page table. */
  public static List<ColumnModel> columns(List<Declarations.Column> declared) {
    return declared.stream()
        .map(c -> new ColumnModel(
            c.header().get(),
            Column.Cell.valueOf(c.cell().get()),
            c.attribute().get() == null || c.attribute().get().isEmpty() ? null : c.attribute().get()))
        .toList();
  }

  // Bodies.

  /** The application's supplier, where the body takes its instances from one (validated before). */
  private static TypeElement instanceSupplier(Declarations.Catalog catalog, BodyModel body) {
    if (body.instance() != Instance.SUPPLIED || Boolean.TRUE.equals(catalog.clientOnly().get())
        || !(catalog.instanceSupplier().get() instanceof javax.lang.model.type.DeclaredType declared)) {
      return null;
    }
    return (TypeElement) declared.asElement();
  }

  private static BodyModel body(Declarations.Body body) {
    Instance instance = Instance.valueOf(body.instance().get());
    String declaredType = body.mediaType().get();
    boolean declared = declaredType != null && !declaredType.isEmpty();
    if (body instanceof Declarations.FieldBody field) {
      return new BodyModel.Field(
          field.field().get(), members(field.members()), declared ? declaredType : "application/json", instance);
    }
    if (body instanceof Declarations.ProblemBody problem) {
      return new BodyModel.Problem(
          members(problem.extensions()), declared ? declaredType : "application/problem+json", instance);
    }
    Declarations.RecordBody record = (Declarations.RecordBody) body;
    return new BodyModel.Record(
        record.shape().record().getQualifiedName().toString(),
        members(record.shape()),
        declared ? declaredType : "application/json",
        instance);
  }

  private static List<BodyModel.Member> members(List<Declarations.Member> members) {
    List<BodyModel.Member> result = new ArrayList<>();
    for (Declarations.Member member : members) {
      boolean omit = Boolean.TRUE.equals(member.omitWhenAbsent().get());
      String value = member.value().get();
      if ("SUPPLIED".equals(value)) {
        result.add(new BodyModel.Supplied(member.name().get(), Names.suppliedKey(member.name().get()), omit));
        continue;
      }
      if ("VIOLATIONS".equals(value)) {
        result.add(new BodyModel.Violations(member.name().get(), Names.suppliedKey(member.name().get()),
            member.items().stream().map(i -> new BodyModel.ItemModel(i.name().get(), "PATH".equals(i.value().get())))
                .toList(), omit));
        continue;
      }
      BodyModel.Member model = member(member.name().get(), value, member.constant().get(),
          member.attribute().get(), member.argument().get(), omit, "java.lang.String");
      result.add(member.varies().get() ? varying(model) : model);
    }
    return List.copyOf(result);
  }

  private static List<BodyModel.Member> members(RecordShape shape) {
    List<BodyModel.Member> members = new ArrayList<>();
    for (Component component : shape.components()) {
      if (component.nested() != null) {
        members.add(new BodyModel.Nested(component.jsonName(), members(component.nested())));
      } else {
        BodyModel.Member model = member(component.jsonName(), component.value().get(), component.constant().get(),
            component.attribute().get(), component.argument().get(), omitsAbsent(component, shape),
            typeName(component.type()));
        members.add(component.varies().get() ? varying(model) : model);
      }
    }
    return List.copyOf(members);
  }

  /**
   * Whether Jackson leaves the component out when it is null: {@code @JsonInclude(NON_NULL)} or {@code
   * NON_ABSENT} on the component, else on the record (a component's own {@code USE_DEFAULTS} defers to
   * the record's).
   */
  public static boolean omitsAbsent(Component component, RecordShape shape) {
    Located<String> own = component.include();
    String include = own != null && !"USE_DEFAULTS".equals(own.get()) ? own.get()
        : shape.include() == null ? null : shape.include().get();
    return "NON_NULL".equals(include) || "NON_ABSENT".equals(include);
  }

  /** {@code java.lang.String}, {@code int}: a component type as the member's constant is parsed. */
  public static String typeName(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()
        : type.getKind().name().toLowerCase(Locale.ROOT);
  }

  /** {@code member} declared to vary; the validator let through only members that can. */
  private static BodyModel.Member varying(BodyModel.Member member) {
    if (member instanceof BodyModel.Bound bound) {
      return new BodyModel.Bound(bound.name(), bound.value(), bound.omitWhenAbsent(), true);
    }
    if (member instanceof BodyModel.Constant constant) {
      return new BodyModel.Constant(constant.name(), constant.value(), true);
    }
    if (member instanceof BodyModel.AttributeValue attribute) {
      return new BodyModel.AttributeValue(attribute.name(), attribute.attribute(), attribute.omitWhenAbsent(), true);
    }
    return member;
  }

  private static BodyModel.Member member(
      String name, String value, String constant, String attribute, String argument, boolean omit, String type) {
    if (!"CONSTANT".equals(value)) {
      return new BodyModel.Bound(name, CatalogValue.valueOf(value), omit);
    }
    if (attribute != null && !attribute.isEmpty()) {
      return new BodyModel.AttributeValue(name, attribute, omit);
    }
    if (argument != null && !argument.isEmpty()) {
      return new BodyModel.ArgumentValue(name, argument, omit);
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
