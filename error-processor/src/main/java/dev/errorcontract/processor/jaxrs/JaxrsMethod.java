package dev.errorcontract.processor.jaxrs;

import dev.errorcontract.processor.spi.HandlerMethod.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What JAX-RS makes of a method, read from its annotations by name (the processor does not depend on
 * the Jakarta REST API): its HTTP method (any annotation carrying {@code @HttpMethod}, so custom verbs
 * count), its path, its parameters and whether it reads a request body.
 *
 * @param method the method
 * @param httpMethod {@code GET}, {@code POST}, ...
 */
record JaxrsMethod(ExecutableElement method, String httpMethod) {

  static final String PKG = "jakarta.ws.rs.";
  static final String PATH = PKG + "Path";
  private static final String HTTP_METHOD = PKG + "HttpMethod";
  private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*:[^}]*}");

  /** The method as a resource method, if it has an HTTP method annotation. */
  static Optional<JaxrsMethod> of(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      Element type = annotation.getAnnotationType().asElement();
      Optional<AnnotationMirror> verb = find(type, HTTP_METHOD);
      if (verb.isPresent()) {
        return Optional.of(new JaxrsMethod(method, value(verb.get()).orElse("")));
      }
    }
    return Optional.empty();
  }

  /**
   * The path: the declaring type's {@code @Path} and the method's, joined with one slash, templates
   * without their regular expressions ({@code {id: [0-9]+}} is {@code {id}}), as OpenAPI writes them.
   */
  String path() {
    String type = pathOf(method.getEnclosingElement());
    String own = pathOf(method);
    String joined = "/" + strip(type) + (own.isEmpty() || strip(own).isEmpty() ? "" : "/" + strip(own));
    String path = TEMPLATE_REGEX.matcher(joined).replaceAll("{$1}");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The path and query parameters, in declaration order. */
  List<Parameter> parameters() {
    List<Parameter> parameters = new ArrayList<>();
    for (String in : List.of("path", "query")) {
      for (VariableElement parameter : method.getParameters()) {
        String annotation = PKG + (in.equals("path") ? "PathParam" : "QueryParam");
        find(parameter, annotation).flatMap(JaxrsMethod::value)
            .ifPresent(name -> parameters.add(new Parameter(name, in, schemaType(parameter.asType()))));
      }
    }
    return parameters;
  }

  /**
   * Whether a parameter's value can fail to convert: JAX-RS then answers 404 (a path or query
   * parameter, JAX-RS 3.1 section 3.2). Text never fails.
   */
  boolean hasConvertedParameter() {
    for (VariableElement parameter : method.getParameters()) {
      boolean pathOrQuery = find(parameter, PKG + "PathParam").isPresent() || find(parameter, PKG + "QueryParam").isPresent();
      if (pathOrQuery && !isText(parameter.asType())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a parameter is the request entity: one with no JAX-RS or context annotation. */
  boolean takesEntity() {
    for (VariableElement parameter : method.getParameters()) {
      boolean annotated = parameter.getAnnotationMirrors().stream()
          .map(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString())
          .anyMatch(name -> name.startsWith(PKG));
      if (!annotated) {
        return true;
      }
    }
    return false;
  }

  /** Whether the method or its type says {@code @Produces}: a request accepting none of it is answered 406. */
  boolean produces() {
    return find(method, PKG + "Produces").isPresent() || find(method.getEnclosingElement(), PKG + "Produces").isPresent();
  }

  /** Whether the method or its type says {@code @Consumes}: another content type is answered 415. */
  boolean consumes() {
    return find(method, PKG + "Consumes").isPresent() || find(method.getEnclosingElement(), PKG + "Consumes").isPresent();
  }

  private static boolean isText(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && type.toString().equals("java.lang.String");
  }

  private static String schemaType(TypeMirror type) {
    switch (type.getKind()) {
      case INT: case LONG: case SHORT: case BYTE:
        return "integer";
      case FLOAT: case DOUBLE:
        return "number";
      case BOOLEAN:
        return "boolean";
      default:
        String name = type.toString();
        if (name.equals("java.lang.Integer") || name.equals("java.lang.Long") || name.equals("java.lang.Short")
            || name.equals("java.math.BigInteger")) {
          return "integer";
        }
        if (name.equals("java.lang.Double") || name.equals("java.lang.Float") || name.equals("java.math.BigDecimal")) {
          return "number";
        }
        return name.equals("java.lang.Boolean") ? "boolean" : "string";
    }
  }

  private static String pathOf(Element element) {
    return find(element, PATH).flatMap(JaxrsMethod::value).orElse("");
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

  /** The annotation of this qualified name on the element, if present. */
  static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> value(AnnotationMirror mirror) {
    for (var entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        AnnotationValue value = entry.getValue();
        return Optional.of(String.valueOf(value.getValue()));
      }
    }
    return Optional.empty();
  }
}
