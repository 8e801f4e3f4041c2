package dev.errorcontract.processor.collect;

import dev.errorcontract.processor.collect.Declarations.Component;
import dev.errorcontract.processor.collect.Declarations.RecordShape;
import dev.errorcontract.processor.diagnostics.Located;
import java.util.ArrayList;
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
 * Reads a body record as a tree of components: each component's JSON name and {@code @JsonInclude} as
 * Jackson sees them (wherever javac kept the annotations), its {@code @Bind}, and a nested record's own
 * shape, a record containing itself marked as a cycle.
 */
final class RecordShapeReader {

  private final AnnotationValues values;

  RecordShapeReader(AnnotationValues values) {
    this.values = values;
  }

  /** Reads a body record's components; null when {@code type} is not a record. */
  RecordShape read(TypeMirror type, Set<String> enclosing) {
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
      AnnotationMirror bind = CatalogReader.find(component, AnnotationNames.BIND).orElse(null);
      RecordShape nested = null;
      boolean cycle = false;
      if (isRecord(componentType)) {
        String nestedName = ((TypeElement) ((DeclaredType) componentType).asElement()).getQualifiedName().toString();
        cycle = enclosing.contains(nestedName);
        nested = cycle ? null : read(componentType, enclosing);
      }
      components.add(
          new Component(
              component,
              jsonName(component),
              componentType,
              bind,
              bind == null ? null : values.enumConstant(bind, "value"),
              bind == null ? null : values.string(bind, "constant"),
              bind == null ? null : values.string(bind, "attribute"),
              bind == null ? null : values.string(bind, "argument"),
              bind == null ? new Located<>(false, null, null) : Marks.flag(bind, "varies"),
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
      Optional<AnnotationMirror> property = CatalogReader.find(carrier, AnnotationNames.JSON_PROPERTY);
      if (property.isPresent()) {
        String value = values.string(property.get(), "value").get();
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
      Optional<AnnotationMirror> include = CatalogReader.find(carrier, AnnotationNames.JSON_INCLUDE);
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
}
