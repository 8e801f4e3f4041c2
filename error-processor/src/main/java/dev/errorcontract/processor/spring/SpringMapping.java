package dev.errorcontract.processor.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A Spring request mapping as declared on a type or a method, read by name (the processor does not
 * depend on Spring): {@code @RequestMapping} itself, or an annotation carrying it, such as {@code
 * @GetMapping}, whose own {@code value}/{@code path}, {@code produces} and {@code consumes} are its
 * attributes and whose HTTP method is the one its {@code @RequestMapping} says.
 *
 * @param paths the declared paths ({@code value} or {@code path}), as written; empty when none
 * @param methods the HTTP methods, upper-case; empty when the mapping names none (all of them)
 * @param produces the declared {@code produces} media types
 * @param consumes the declared {@code consumes} media types
 */
record SpringMapping(List<String> paths, List<String> methods, List<String> produces, List<String> consumes) {

  static final String WEB = "org.springframework.web.bind.annotation.";
  static final String REQUEST_MAPPING = WEB + "RequestMapping";
  /** Spring's own shortcuts, each a {@code @RequestMapping} with one method. */
  static final List<String> SHORTCUTS = List.of(
      WEB + "GetMapping", WEB + "PostMapping", WEB + "PutMapping", WEB + "DeleteMapping", WEB + "PatchMapping");

  /** A regular expression in a template, {@code {id:[0-9]+}}, and a capturing wildcard, {@code {*rest}}. */
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*\\*?([^}:\\s]+)\\s*(?::[^}]*)?}");

  /** The mapping declared on {@code element}, directly or through an annotation carrying one. */
  static Optional<SpringMapping> of(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(REQUEST_MAPPING)) {
        return Optional.of(new SpringMapping(paths(annotation), strings(annotation, "method"),
            strings(annotation, "produces"), strings(annotation, "consumes")));
      }
      Optional<AnnotationMirror> meta = find(type, REQUEST_MAPPING);
      if (meta.isPresent()) {
        return Optional.of(new SpringMapping(paths(annotation), strings(meta.get(), "method"),
            strings(annotation, "produces"), strings(annotation, "consumes")));
      }
    }
    return Optional.empty();
  }

  /**
   * The OpenAPI paths of a method mapping under its type's: every type path joined with every method
   * path by one slash, as Spring combines them, templates without their regular expressions.
   */
  static List<String> combine(List<String> typePaths, List<String> methodPaths) {
    List<String> outer = typePaths.isEmpty() ? List.of("") : typePaths;
    List<String> inner = methodPaths.isEmpty() ? List.of("") : methodPaths;
    List<String> paths = new ArrayList<>();
    for (String prefix : outer) {
      for (String own : inner) {
        String joined = "/" + strip(prefix) + (strip(own).isEmpty() ? "" : "/" + strip(own));
        String path = TEMPLATE.matcher(joined.replace("//", "/")).replaceAll("{$1}");
        String openApi = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (!paths.contains(openApi)) {
          paths.add(openApi);
        }
      }
    }
    return paths;
  }

  private static String strip(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }

  private static List<String> paths(AnnotationMirror annotation) {
    List<String> value = strings(annotation, "value");
    return value.isEmpty() ? strings(annotation, "path") : value;
  }

  /** An attribute's values, explicit ones only (every attribute read here defaults to none). */
  static List<String> strings(AnnotationMirror annotation, String attribute) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        add(values, entry.getValue().getValue());
      }
    }
    return values;
  }

  private static void add(List<String> values, Object value) {
    if (value instanceof List<?> list) {
      for (Object item : list) {
        add(values, ((AnnotationValue) item).getValue());
      }
    } else if (value instanceof VariableElement constant) {
      values.add(constant.getSimpleName().toString());
    } else {
      values.add(String.valueOf(value));
    }
  }

  /** The annotation of this qualified name on the element, if present. */
  static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the element carries the annotation, directly or on one of its annotations (one level, as
   * {@code @RestController} carries {@code @Controller} and {@code @ResponseBody}).
   */
  static boolean annotated(Element element, String qualifiedName) {
    if (find(element, qualifiedName).isPresent()) {
      return true;
    }
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (find(mirror.getAnnotationType().asElement(), qualifiedName).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
