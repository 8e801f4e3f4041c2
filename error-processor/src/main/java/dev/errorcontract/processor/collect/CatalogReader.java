package dev.errorcontract.processor.collect;

import dev.errorcontract.processor.collect.Declarations.Arg;
import dev.errorcontract.processor.collect.Declarations.Body;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Component;
import dev.errorcontract.processor.collect.Declarations.Error;
import dev.errorcontract.processor.collect.Declarations.Extension;
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
    unresolved.clear();
    List<Body> bodies = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      if (name.equals(AnnotationNames.FIELD_BODY)) {
        bodies.add(new FieldBody(mirror, string(mirror, "value")));
      } else if (name.equals(AnnotationNames.PROBLEM_BODY)) {
        bodies.add(readProblemBody(mirror));
      } else if (name.equals(AnnotationNames.RECORD_BODY)) {
        Located<TypeMirror> record = typeValue(mirror, "value");
        bodies.add(new RecordBody(mirror, record, readShape(record.get(), new HashSet<>())));
      }
    }
    return new Catalog(
        type,
        annotation,
        string(annotation, "name"),
        annotations(annotation, "statuses").stream().map(this::readStatus).toList(),
        annotations(annotation, "errors").stream().map(this::readError).toList(),
        integer(annotation, "undocumentedClientErrors"),
        integer(annotation, "undocumentedServerErrors"),
        enumConstant(annotation, "stackTraces"),
        List.copyOf(bodies),
        List.copyOf(unresolved));
  }

  private Status readStatus(AnnotationMirror mirror) {
    return new Status(
        mirror,
        integer(mirror, "code"),
        string(mirror, "title"),
        string(mirror, "description"),
        annotations(mirror, "headers").stream()
            .map(h -> new Header(h, string(h, "name"), string(h, "value")))
            .toList(),
        string(mirror, "name"));
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
        string(mirror, "name"),
        enumConstant(mirror, "stackTrace"));
  }

  private ProblemBody readProblemBody(AnnotationMirror mirror) {
    return new ProblemBody(
        mirror,
        string(mirror, "type"),
        located(mirror, "instance", Boolean.class),
        annotations(mirror, "extensions").stream()
            .map(e -> new Extension(e, string(e, "name"), enumConstant(e, "value"), string(e, "constant")))
            .toList());
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
              nested,
              cycle));
    }
    enclosing.remove(name);
    return new RecordShape(record, List.copyOf(components));
  }

  private static boolean isRecord(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD;
  }

  /**
   * The JSON name Jackson uses: {@code @JsonProperty("...")} wherever javac kept it (the component, its
   * accessor or its field, depending on the annotation's targets), else the component name.
   */
  private String jsonName(RecordComponentElement component) {
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
    for (Element carrier : carriers) {
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

  // Annotation value access. Defaults come from the annotation type; explicit values keep their position.

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
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
