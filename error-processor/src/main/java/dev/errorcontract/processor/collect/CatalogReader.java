package dev.errorcontract.processor.collect;

import dev.errorcontract.processor.collect.Declarations.Arg;
import dev.errorcontract.processor.collect.Declarations.Body;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Component;
import dev.errorcontract.processor.collect.Declarations.Error;
import dev.errorcontract.processor.collect.Declarations.AttributeValue;
import dev.errorcontract.processor.collect.Declarations.Column;
import dev.errorcontract.processor.collect.Declarations.Member;
import dev.errorcontract.processor.collect.Declarations.Page;
import dev.errorcontract.processor.collect.Declarations.FieldBody;
import dev.errorcontract.processor.collect.Declarations.Header;
import dev.errorcontract.processor.collect.Declarations.ProblemBody;
import dev.errorcontract.processor.collect.Declarations.RecordBody;
import dev.errorcontract.processor.collect.Declarations.RecordShape;
import dev.errorcontract.processor.collect.Declarations.Status;
import dev.errorcontract.processor.diagnostics.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads an {@code @ErrorCatalog} declaration, with every value's position, through annotation mirrors:
 * class-valued members are read as types, never loaded.
 */
public final class CatalogReader {

  /** The values of the catalog being read that did not compile. */
  private final List<Declarations.Unresolved> unresolved = new ArrayList<>();
  /** Per annotation type: see {@link #defaults(AnnotationMirror)}. */
  private final Map<Element, Map<String, AnnotationValue>> defaults = new HashMap<>();

  public CatalogReader() {}

  /** Reads the catalog declared on {@code type} by {@code annotation}. */
  public Catalog read(TypeElement type, AnnotationMirror annotation) {
    List<Body> bodies = new ArrayList<>();
    List<Status> statuses = new ArrayList<>();
    List<Error> errors = new ArrayList<>();
    Page page = null;
    // In source order; a repeated row arrives inside the container javac writes for it.
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      if (name.equals(AnnotationNames.FIELD_BODY)) {
        bodies.add(new FieldBody(
            mirror, string(mirror, "value"), members(mirror, "members"), enumConstant(mirror, "instance"),
            string(mirror, "mediaType")));
      } else if (name.equals(AnnotationNames.PROBLEM_BODY)) {
        bodies.add(new ProblemBody(
            mirror, string(mirror, "type"), enumConstant(mirror, "instance"), members(mirror, "extensions"),
            string(mirror, "mediaType")));
      } else if (name.equals(AnnotationNames.RECORD_BODY)) {
        Located<TypeMirror> record = typeValue(mirror, "value");
        bodies.add(new RecordBody(
            mirror, record, readShape(record.get(), new HashSet<>()), enumConstant(mirror, "instance"),
            string(mirror, "mediaType")));
      } else if (name.equals(AnnotationNames.STATUS)) {
        statuses.add(readStatus(mirror));
      } else if (name.equals(AnnotationNames.STATUS_LIST)) {
        annotations(mirror, "value").forEach(m -> statuses.add(readStatus(m)));
      } else if (name.equals(AnnotationNames.API_ERROR)) {
        errors.add(readError(mirror));
      } else if (name.equals(AnnotationNames.API_ERROR_LIST)) {
        annotations(mirror, "value").forEach(m -> errors.add(readError(m)));
      } else if (name.equals(AnnotationNames.PUBLISHED_PAGE)) {
        page = new Page(
            mirror, string(mirror, "value"), columns(mirror, "statusColumns"), columns(mirror, "errorColumns"));
      }
    }
    return new Catalog(
        type,
        annotation,
        string(annotation, "value"),
        strings(annotation, "attributes"),
        enumConstant(annotation, "stackTraces"),
        List.copyOf(statuses),
        List.copyOf(errors),
        List.copyOf(bodies),
        page,
        Marks.text(annotation, "baseline"),
        Marks.text(annotation, "breaks"),
        Marks.flag(annotation, "clientOnly"),
        List.copyOf(unresolved));
  }

  private Status readStatus(AnnotationMirror mirror) {
    return new Status(
        mirror,
        located(mirror, "code", Object.class),
        elements(mirror, "code", Integer.class),
        string(mirror, "range"),
        string(mirror, "title"),
        string(mirror, "description"),
        annotations(mirror, "headers").stream()
            .map(h -> new Header(h, string(h, "name"), string(h, "value")))
            .toList(),
        attributeValues(mirror),
        string(mirror, "constant"),
        strings(mirror, "suppress"),
        Marks.text(mirror, "deprecated"),
        Marks.text(mirror, "breaks"));
  }

  private Error readError(AnnotationMirror mirror) {
    return new Error(
        mirror,
        integer(mirror, "status"),
        string(mirror, "detail"),
        string(mirror, "description"),
        string(mirror, "code"),
        annotations(mirror, "args").stream()
            .map(a -> new Arg(a, string(a, "name"), typeValue(a, "type")))
            .toList(),
        attributeValues(mirror),
        string(mirror, "title"),
        string(mirror, "type"),
        enumConstants(mirror, "answers"),
        string(mirror, "constant"),
        enumConstant(mirror, "stackTrace"),
        strings(mirror, "suppress"),
        Marks.text(mirror, "deprecated"),
        Marks.text(mirror, "breaks"));
  }

  private List<AttributeValue> attributeValues(AnnotationMirror mirror) {
    return annotations(mirror, "attributes").stream()
        .map(a -> new AttributeValue(a, string(a, "name"), string(a, "value")))
        .toList();
  }

  private List<Member> members(AnnotationMirror mirror, String name) {
    return annotations(mirror, name).stream()
        .map(m -> new Member(
            m, string(m, "name"), enumConstant(m, "value"), string(m, "constant"), string(m, "attribute"),
            string(m, "argument"), located(m, "omitWhenAbsent", Boolean.class), Marks.flag(m, "varies")))
        .toList();
  }

  private List<Column> columns(AnnotationMirror mirror, String name) {
    return annotations(mirror, name).stream()
        .map(c -> new Column(c, string(c, "header"), enumConstant(c, "value"), string(c, "attribute")))
        .toList();
  }

  /** Reads a body record's components; null when {@code type} is not a record. */
  private RecordShape readShape(TypeMirror type, Set<String> enclosing) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement record = (TypeElement) ((DeclaredType) type).asElement();
    if (record.getKind() != ElementKind.RECORD) {
      return null;
    }
    String name = record.getQualifiedName().toString();
    enclosing.add(name);
    List<Component> components = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      TypeMirror componentType = component.asType();
      AnnotationMirror bind = find(component, AnnotationNames.BIND).orElse(null);
      RecordShape nested = null;
      boolean cycle = false;
      if (isRecord(componentType)) {
        String nestedName = ((TypeElement) ((DeclaredType) componentType).asElement()).getQualifiedName().toString();
        cycle = enclosing.contains(nestedName);
        nested = cycle ? null : readShape(componentType, enclosing);
      }
      components.add(
          new Component(
              component,
              jsonName(component),
              componentType,
              bind,
              bind == null ? null : enumConstant(bind, "value"),
              bind == null ? null : string(bind, "constant"),
              bind == null ? null : string(bind, "attribute"),
              bind == null ? null : string(bind, "argument"),
              include(carriers(component)),
              nested,
              cycle));
    }
    enclosing.remove(name);
    return new RecordShape(record, List.copyOf(components), include(List.of(record)));
  }

  private static boolean isRecord(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD;
  }

  /**
   * The elements javac may have kept a component's Jackson annotations on, depending on the
   * annotation's targets: the component, its accessor and its field.
   */
  private static List<Element> carriers(RecordComponentElement component) {
    List<Element> carriers = new ArrayList<>();
    carriers.add(component);
    ExecutableElement accessor = component.getAccessor();
    if (accessor != null) {
      carriers.add(accessor);
    }
    for (Element member : component.getEnclosingElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().contentEquals(component.getSimpleName())
          && member instanceof VariableElement) {
        carriers.add(member);
      }
    }
    return carriers;
  }

  /** The JSON name Jackson uses: {@code @JsonProperty("...")} wherever javac kept it, else the component name. */
  private String jsonName(RecordComponentElement component) {
    for (Element carrier : carriers(component)) {
      Optional<AnnotationMirror> property = find(carrier, AnnotationNames.JSON_PROPERTY);
      if (property.isPresent()) {
        String value = string(property.get(), "value").get();
        if (value != null && !value.isEmpty()) {
          return value;
        }
      }
    }
    return component.getSimpleName().toString();
  }

  /**
   * The explicit {@code @JsonInclude} value on the first of {@code carriers} that has one, such as
   * {@code NON_NULL}; null when none says. Read by name: the processor does not load Jackson.
   */
  private Located<String> include(List<? extends Element> carriers) {
    for (Element carrier : carriers) {
      Optional<AnnotationMirror> include = find(carrier, AnnotationNames.JSON_INCLUDE);
      if (include.isPresent()) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
            include.get().getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("value")
              && entry.getValue().getValue() instanceof VariableElement constant) {
            return new Located<>(constant.getSimpleName().toString(), include.get(), entry.getValue());
          }
        }
        return new Located<>("ALWAYS", include.get(), null);
      }
    }
    return null;
  }

  // Annotation value access. Defaults come from the annotation type; explicit values keep their position.

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The text of an annotation's explicit {@code value}, such as a catalog's name, if it has one. */
  public static Optional<String> explicitValue(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return Optional.of(String.valueOf(entry.getValue().getValue()));
      }
    }
    return Optional.empty();
  }

  /** The annotation of this type on the element, if present. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> qualifiedName(m).equals(qualifiedName))
        .map(m -> (AnnotationMirror) m)
        .findFirst();
  }

  private AnnotationValue explicitOrDefault(AnnotationMirror mirror, String name, boolean[] explicit) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        explicit[0] = true;
        return entry.getValue();
      }
    }
    return defaults(mirror).get(name);
  }

  /**
   * The default values of the members of {@code mirror}'s annotation type, by member name: what
   * {@link javax.lang.model.util.Elements#getElementValuesWithDefaults} adds to the explicit values.
   * That method copies every value into a new map on each call, several times per catalog row.
   */
  private Map<String, AnnotationValue> defaults(AnnotationMirror mirror) {
    return defaults.computeIfAbsent(mirror.getAnnotationType().asElement(), annotationType -> {
      Map<String, AnnotationValue> values = new HashMap<>();
      for (Element member : annotationType.getEnclosedElements()) {
        if (member.getKind() == ElementKind.METHOD) {
          AnnotationValue value = ((ExecutableElement) member).getDefaultValue();
          if (value != null) {
            values.put(member.getSimpleName().toString(), value);
          }
        }
      }
      return values;
    });
  }

  private <T> Located<T> located(AnnotationMirror mirror, String name, Class<T> type) {
    boolean[] explicit = new boolean[1];
    AnnotationValue value = explicitOrDefault(mirror, name, explicit);
    Object raw = value == null ? null : value.getValue();
    // A member whose value does not compile reaches processors as a placeholder; treat it as absent, and
    // remember it so the catalog is neither validated on guesses nor generated.
    boolean erroneous = isErroneous(value) || (explicit[0] && raw != null && !type.isInstance(raw));
    T typed = erroneous || !type.isInstance(raw) ? null : type.cast(raw);
    Located<T> located = new Located<>(typed, mirror, explicit[0] ? value : null);
    if (erroneous) {
      unresolved.add(new Declarations.Unresolved(located, "@" + simpleName(mirror) + "." + name));
    }
    return located;
  }

  /**
   * Whether javac handed over its placeholder for a value that does not compile. javac represents such a
   * value as the unquoted text {@code <error>} (a string literal prints with its quotes), and a class
   * literal of a missing type as an error type.
   */
  private static boolean isErroneous(AnnotationValue value) {
    if (value == null) {
      return false;
    }
    Object raw = value.getValue();
    // The raw value is "<error>" too: compare it first, as printing a string value quotes and escapes it.
    return (raw instanceof String text && text.equals("<error>") && value.toString().equals("<error>"))
        || (raw instanceof TypeMirror t && t.getKind() == TypeKind.ERROR);
  }

  private static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  private Located<String> string(AnnotationMirror mirror, String name) {
    return located(mirror, name, String.class);
  }

  private Located<Integer> integer(AnnotationMirror mirror, String name) {
    return located(mirror, name, Integer.class);
  }

  private Located<String> enumConstant(AnnotationMirror mirror, String name) {
    boolean[] explicit = new boolean[1];
    AnnotationValue value = explicitOrDefault(mirror, name, explicit);
    Object raw = value == null ? null : value.getValue();
    String constant = raw instanceof VariableElement ? ((VariableElement) raw).getSimpleName().toString() : null;
    Located<String> located = new Located<>(constant, mirror, explicit[0] ? value : null);
    if (value != null && constant == null) {
      unresolved.add(new Declarations.Unresolved(located, "@" + simpleName(mirror) + "." + name));
    }
    return located;
  }

  /** Each element of an array member, located at that element; the default's elements unlocated. */
  private <T> List<Located<T>> elements(AnnotationMirror mirror, String name, Class<T> type) {
    boolean[] explicit = new boolean[1];
    AnnotationValue value = explicitOrDefault(mirror, name, explicit);
    List<Located<T>> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    List<AnnotationValue> items = new ArrayList<>();
    if (value.getValue() instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof AnnotationValue item) {
          items.add(item);
        }
      }
    } else {
      items.add(value);
    }
    for (AnnotationValue item : items) {
      Object raw = item.getValue();
      if (type == String.class && raw instanceof VariableElement constant) {
        raw = constant.getSimpleName().toString(); // an enum constant, by name
      }
      Located<T> located = new Located<>(type.isInstance(raw) ? type.cast(raw) : null, mirror, explicit[0] ? item : null);
      if (isErroneous(item) || !type.isInstance(raw)) {
        unresolved.add(new Declarations.Unresolved(located, "@" + simpleName(mirror) + "." + name));
      } else {
        result.add(located);
      }
    }
    return result;
  }

  private List<Located<String>> strings(AnnotationMirror mirror, String name) {
    return elements(mirror, name, String.class);
  }

  private List<Located<String>> enumConstants(AnnotationMirror mirror, String name) {
    return elements(mirror, name, String.class);
  }

  private Located<TypeMirror> typeValue(AnnotationMirror mirror, String name) {
    return located(mirror, name, TypeMirror.class);
  }

  private List<AnnotationMirror> annotations(AnnotationMirror mirror, String name) {
    boolean[] explicit = new boolean[1];
    AnnotationValue value = explicitOrDefault(mirror, name, explicit);
    List<AnnotationMirror> result = new ArrayList<>();
    boolean erroneous = false;
    if (value != null && value.getValue() instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof AnnotationValue item && item.getValue() instanceof AnnotationMirror nested) {
          result.add(nested);
        } else {
          erroneous = true;
        }
      }
    } else if (value != null && value.getValue() instanceof AnnotationMirror single) {
      result.add(single);
    } else if (value != null) {
      erroneous = true;
    }
    if (erroneous) {
      // An element that is not an annotation (javac reported it): the list is not what the user meant.
      unresolved.add(new Declarations.Unresolved(
          new Located<>(null, mirror, explicit[0] ? value : null), "@" + simpleName(mirror) + "." + name));
    }
    return result;
  }
}
