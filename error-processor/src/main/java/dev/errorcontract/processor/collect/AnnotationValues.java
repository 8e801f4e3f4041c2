package dev.errorcontract.processor.collect;

import dev.errorcontract.processor.diagnostics.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the members of one catalog's annotations, each value with its position: an explicit value keeps
 * it, a default has none. A value that did not compile is read as absent and recorded ({@link
 * #unresolved()}), so the catalog is neither validated on javac's placeholders nor generated.
 */
final class AnnotationValues {

  /** The values read so far that did not compile. */
  private final List<Declarations.Unresolved> unresolved = new ArrayList<>();
  /** Per annotation type: see {@link #defaults(AnnotationMirror)}. */
  private final Map<Element, Map<String, AnnotationValue>> defaults = new HashMap<>();

  /** The values read so far that did not compile. */
  List<Declarations.Unresolved> unresolved() {
    return List.copyOf(unresolved);
  }

  /** A member's value, and whether it is written (else it is the annotation type's default, or null). */
  private record Value(AnnotationValue value, boolean explicit) {}

  private Value explicitOrDefault(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return new Value(entry.getValue(), true);
      }
    }
    return new Value(defaults(mirror).get(name), false);
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

  <T> Located<T> located(AnnotationMirror mirror, String name, Class<T> type) {
    Value found = explicitOrDefault(mirror, name);
    AnnotationValue value = found.value();
    boolean explicit = found.explicit();
    Object raw = value == null ? null : value.getValue();
    // A member whose value does not compile reaches processors as a placeholder; treat it as absent, and
    // remember it so the catalog is neither validated on guesses nor generated.
    boolean erroneous = isErroneous(value) || (explicit && raw != null && !type.isInstance(raw));
    T typed = erroneous || !type.isInstance(raw) ? null : type.cast(raw);
    Located<T> located = new Located<>(typed, mirror, explicit ? value : null);
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

  Located<String> string(AnnotationMirror mirror, String name) {
    return located(mirror, name, String.class);
  }

  Located<Integer> integer(AnnotationMirror mirror, String name) {
    return located(mirror, name, Integer.class);
  }

  Located<String> enumConstant(AnnotationMirror mirror, String name) {
    Value found = explicitOrDefault(mirror, name);
    AnnotationValue value = found.value();
    boolean explicit = found.explicit();
    Object raw = value == null ? null : value.getValue();
    String constant = raw instanceof VariableElement ? ((VariableElement) raw).getSimpleName().toString() : null;
    Located<String> located = new Located<>(constant, mirror, explicit ? value : null);
    if (value != null && constant == null) {
      unresolved.add(new Declarations.Unresolved(located, "@" + simpleName(mirror) + "." + name));
    }
    return located;
  }

  /** Each element of an array member, located at that element; the default's elements unlocated. */
  <T> List<Located<T>> elements(AnnotationMirror mirror, String name, Class<T> type) {
    Value found = explicitOrDefault(mirror, name);
    AnnotationValue value = found.value();
    boolean explicit = found.explicit();
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
      Located<T> located = new Located<>(type.isInstance(raw) ? type.cast(raw) : null, mirror, explicit ? item : null);
      if (isErroneous(item) || !type.isInstance(raw)) {
        unresolved.add(new Declarations.Unresolved(located, "@" + simpleName(mirror) + "." + name));
      } else {
        result.add(located);
      }
    }
    return result;
  }

  List<Located<String>> strings(AnnotationMirror mirror, String name) {
    return elements(mirror, name, String.class);
  }

  List<Located<String>> enumConstants(AnnotationMirror mirror, String name) {
    return elements(mirror, name, String.class);
  }

  Located<TypeMirror> typeValue(AnnotationMirror mirror, String name) {
    return located(mirror, name, TypeMirror.class);
  }

  List<AnnotationMirror> annotations(AnnotationMirror mirror, String name) {
    Value found = explicitOrDefault(mirror, name);
    AnnotationValue value = found.value();
    boolean explicit = found.explicit();
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
          new Located<>(null, mirror, explicit ? value : null), "@" + simpleName(mirror) + "." + name));
    }
    return result;
  }
}
