package dev.errorcontract.processor.spring;

import dev.errorcontract.processor.spi.HandlerMethod.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * What Spring MVC makes of a handler method, read from its annotations by name: its mapping combined
 * with its type's, and what its parameters and return type let Spring answer by itself (a required
 * value missing, a value that does not convert, a body that cannot be read, ...), as error-spring-webmvc
 * answers each.
 *
 * @param method the method
 * @param own the method's mapping
 * @param type its type's mapping, if any
 * @param types the compiler's type utilities
 */
record SpringMethod(ExecutableElement method, SpringMapping own, Optional<SpringMapping> type, Types types) {

  static final String CONTROLLER = "org.springframework.stereotype.Controller";
  static final String REST_CONTROLLER = SpringMapping.WEB + "RestController";
  private static final String RESPONSE_BODY = SpringMapping.WEB + "ResponseBody";
  private static final String PATH_VARIABLE = SpringMapping.WEB + "PathVariable";
  private static final String REQUEST_PARAM = SpringMapping.WEB + "RequestParam";
  private static final String REQUEST_HEADER = SpringMapping.WEB + "RequestHeader";
  private static final String COOKIE_VALUE = SpringMapping.WEB + "CookieValue";
  private static final String REQUEST_BODY = SpringMapping.WEB + "RequestBody";
  private static final String REQUEST_PART = SpringMapping.WEB + "RequestPart";
  private static final String MODEL_ATTRIBUTE = SpringMapping.WEB + "ModelAttribute";
  private static final String VALID = "jakarta.validation.Valid";
  private static final String VALIDATED = "org.springframework.validation.annotation.Validated";
  private static final String CONSTRAINTS = "jakarta.validation.constraints.";
  private static final String HTTP_ENTITY = "org.springframework.http.HttpEntity";
  private static final String MULTIPART_FILE = "org.springframework.web.multipart.MultipartFile";
  private static final String SERVLET_PART = "jakarta.servlet.http.Part";
  /** Return types Spring MVC completes asynchronously: a timeout is its 503. */
  private static final Set<String> ASYNC = Set.of(
      "java.util.concurrent.Callable",
      "java.util.concurrent.CompletionStage",
      "org.springframework.web.context.request.async.DeferredResult",
      "org.springframework.web.context.request.async.WebAsyncTask",
      "org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter",
      "org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody",
      "org.reactivestreams.Publisher");
  /** Bodies a converter of every media type writes (all media types): no Accept is refused for them. */
  private static final Set<String> ANY_MEDIA_TYPE = Set.of(
      "java.lang.String", "byte[]", "org.springframework.core.io.Resource",
      "org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter",
      "org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody");
  /** Types Spring binds a request parameter to without an annotation ({@code BeanUtils.isSimpleValueType}). */
  private static final Set<String> SIMPLE = Set.of(
      "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
      "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.lang.Character",
      "java.math.BigInteger", "java.math.BigDecimal", "java.util.UUID", "java.time.LocalDate",
      "java.time.LocalDateTime", "java.time.LocalTime", "java.time.Instant", "java.time.OffsetDateTime",
      "java.time.ZonedDateTime", "java.time.Duration");
  private static final Set<String> TEXT = Set.of("java.lang.String", "java.lang.CharSequence", "java.lang.Object");

  /**
   * The method as a handler method: it carries a mapping and its type is a controller ({@code
   * @Controller}, {@code @RestController}), or an interface whose implementations are.
   */
  static Optional<SpringMethod> of(ExecutableElement method, Types types) {
    Element enclosing = method.getEnclosingElement();
    boolean controller = enclosing.getKind() == ElementKind.INTERFACE || SpringMapping.annotated(enclosing, CONTROLLER);
    if (!controller) {
      return Optional.empty();
    }
    return SpringMapping.of(method).map(m -> new SpringMethod(method, m, SpringMapping.of(enclosing), types));
  }

  /** Every OpenAPI path: the type's paths and the method's combined. */
  List<String> paths() {
    return SpringMapping.combine(type.map(SpringMapping::paths).orElse(List.of()), own.paths());
  }

  /**
   * The HTTP methods: the type's and the method's together; none declared maps them all, which Spring
   * serves for GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS (TRACE is the servlet's), in that order.
   */
  List<String> httpMethods() {
    List<String> methods = new ArrayList<>(type.map(SpringMapping::methods).orElse(List.of()));
    own.methods().stream().filter(m -> !methods.contains(m)).forEach(methods::add);
    return methods.isEmpty() ? List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS") : methods;
  }

  /** The media types it produces: the method's, else its type's. */
  boolean produces() {
    return !own.produces().isEmpty() || type.map(t -> !t.produces().isEmpty()).orElse(false);
  }

  /** The media types it consumes: the method's, else its type's. */
  boolean consumes() {
    return !own.consumes().isEmpty() || type.map(t -> !t.consumes().isEmpty()).orElse(false);
  }

  /** The path variables, then the query parameters, in declaration order. */
  List<Parameter> parameters() {
    List<Parameter> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      SpringMapping.find(parameter, PATH_VARIABLE).filter(a -> !isMap(parameter))
          .ifPresent(a -> parameters.add(new Parameter(name(a, parameter), "path", schemaType(parameter.asType()))));
    }
    for (VariableElement parameter : method.getParameters()) {
      if (isQuery(parameter)) {
        String name = SpringMapping.find(parameter, REQUEST_PARAM).map(a -> name(a, parameter))
            .orElse(parameter.getSimpleName().toString());
        parameters.add(new Parameter(name, "query", schemaType(parameter.asType())));
      }
    }
    return parameters;
  }

  /** The required values a request may lack, named: {@code query parameter limit}, {@code header X-Trace}. */
  List<String> required() {
    List<String> missing = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      required(parameter, REQUEST_PARAM, "query parameter").ifPresent(missing::add);
      required(parameter, REQUEST_HEADER, "header").ifPresent(missing::add);
      required(parameter, COOKIE_VALUE, "cookie").ifPresent(missing::add);
      required(parameter, REQUEST_PART, "part").ifPresent(missing::add);
    }
    return missing;
  }

  /** The values that may not convert to their parameter's type, named like {@link #required()}. */
  List<String> converted() {
    List<String> converted = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      for (var kind : List.of(List.of(PATH_VARIABLE, "path variable"), List.of(REQUEST_PARAM, "query parameter"),
          List.of(REQUEST_HEADER, "header"), List.of(COOKIE_VALUE, "cookie"))) {
        SpringMapping.find(parameter, kind.get(0))
            .filter(a -> !isMap(parameter) && !isMultipart(parameter) && converts(parameter.asType()))
            .ifPresent(a -> converted.add(kind.get(1) + " " + name(a, parameter)));
      }
      if (isQuery(parameter) && SpringMapping.find(parameter, REQUEST_PARAM).isEmpty() && converts(parameter.asType())) {
        converted.add("query parameter " + parameter.getSimpleName());
      }
    }
    return converted;
  }

  /** Whether it reads the request body: a {@code @RequestBody}, or an {@code HttpEntity} parameter. */
  boolean readsBody() {
    return method.getParameters().stream()
        .anyMatch(p -> SpringMapping.find(p, REQUEST_BODY).isPresent() || isA(p.asType(), Set.of(HTTP_ENTITY)));
  }

  /**
   * Whether Bean Validation may refuse an argument: {@code @Valid} or {@code @Validated} on a parameter
   * (a body, a model attribute), or a constraint on one (Spring's method validation).
   */
  boolean validates() {
    for (VariableElement parameter : method.getParameters()) {
      for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
        String name = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
        if (name.equals(VALID) || name.equals(VALIDATED) || name.startsWith(CONSTRAINTS)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether it takes an upload: a {@code MultipartFile} or {@code Part} parameter, or a {@code @RequestPart}. */
  boolean uploads() {
    return method.getParameters().stream()
        .anyMatch(p -> isMultipart(p) || SpringMapping.find(p, REQUEST_PART).isPresent());
  }

  /** Whether it completes asynchronously ({@code CompletableFuture}, {@code DeferredResult}, ...). */
  boolean async() {
    return isA(method.getReturnType(), ASYNC);
  }

  /**
   * Whether it writes a body some {@code Accept} may refuse: a response body ({@code @ResponseBody},
   * {@code @RestController}, an {@code HttpEntity}) of a type no converter writes as any media type.
   */
  boolean negotiatesBody() {
    TypeMirror result = method.getReturnType();
    boolean body = SpringMapping.annotated(method, RESPONSE_BODY)
        || SpringMapping.annotated(method.getEnclosingElement(), RESPONSE_BODY)
        || isA(result, Set.of(HTTP_ENTITY));
    if (!body) {
      return false;
    }
    TypeMirror async = unwrap(result, ASYNC);
    TypeMirror content = async == null ? null : unwrap(async, Set.of(HTTP_ENTITY));
    if (content == null) {
      return false; // HttpEntity<Void>, CompletableFuture<Void>: no body
    }
    String name = types.erasure(content).toString();
    return content.getKind() != TypeKind.VOID && !name.equals("java.lang.Void") && !isA(content, ANY_MEDIA_TYPE)
        && !ANY_MEDIA_TYPE.contains(name);
  }

  /** The content of a wrapper type ({@code ResponseEntity<Order>} is {@code Order}); null for {@code Void}. */
  private TypeMirror unwrap(TypeMirror type, Set<String> wrappers) {
    if (type == null || type.getKind() != TypeKind.DECLARED || !isA(type, wrappers)) {
      return type;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    // Raw or a wildcard, ResponseEntity<?>: any object, which a converter negotiates; the wrapper stands for it.
    if (arguments.size() != 1 || arguments.get(0).getKind() == TypeKind.WILDCARD) {
      return type;
    }
    TypeMirror argument = arguments.get(0);
    return types.erasure(argument).toString().equals("java.lang.Void") ? null : argument;
  }

  private boolean isQuery(VariableElement parameter) {
    Optional<AnnotationMirror> param = SpringMapping.find(parameter, REQUEST_PARAM);
    if (param.isPresent()) {
      return !isMap(parameter) && !isMultipart(parameter);
    }
    // Without an annotation, a simple value is a request parameter (required = false).
    return parameter.getAnnotationMirrors().stream().noneMatch(a -> ((TypeElement) a.getAnnotationType().asElement())
            .getQualifiedName().toString().startsWith(SpringMapping.WEB))
        && isSimple(parameter.asType());
  }

  private Optional<String> required(VariableElement parameter, String annotation, String kind) {
    return SpringMapping.find(parameter, annotation)
        .filter(a -> !SpringMapping.strings(a, "required").contains("false")
            && SpringMapping.strings(a, "defaultValue").isEmpty()
            && !isMap(parameter)
            && !isA(parameter.asType(), Set.of("java.util.Optional")))
        .map(a -> kind + " " + name(a, parameter));
  }

  private boolean isSimple(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return isSimple(((ArrayType) type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element element = types.asElement(type);
    return element.getKind() == ElementKind.ENUM || SIMPLE.contains(types.erasure(type).toString());
  }

  /** Whether a value can fail to convert to {@code type}: anything but text (Optional and arrays looked into). */
  private boolean converts(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return converts(((ArrayType) type).getComponentType());
    }
    if (type.getKind() == TypeKind.DECLARED && isA(type, Set.of("java.util.Optional", "java.util.Collection"))) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      return arguments.size() == 1 && converts(arguments.get(0));
    }
    return !TEXT.contains(types.erasure(type).toString());
  }

  private boolean isMap(VariableElement parameter) {
    return isA(parameter.asType(), Set.of("java.util.Map", "org.springframework.util.MultiValueMap"));
  }

  private boolean isMultipart(VariableElement parameter) {
    TypeMirror type = parameter.asType();
    if (type.getKind() == TypeKind.ARRAY) {
      type = ((ArrayType) type).getComponentType();
    }
    if (type.getKind() == TypeKind.DECLARED && isA(type, Set.of("java.util.Collection"))
        && ((DeclaredType) type).getTypeArguments().size() == 1) {
      type = ((DeclaredType) type).getTypeArguments().get(0);
    }
    return isA(type, Set.of(MULTIPART_FILE, SERVLET_PART));
  }

  /** Whether {@code type} is or extends one of the named types. */
  private boolean isA(TypeMirror type, Set<String> names) {
    if (type.getKind() != TypeKind.DECLARED && type.getKind() != TypeKind.ARRAY) {
      return false;
    }
    if (names.contains(types.erasure(type).toString())) {
      return true;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (isA(supertype, names)) {
        return true;
      }
    }
    return false;
  }

  private static String name(AnnotationMirror annotation, VariableElement parameter) {
    List<String> value = SpringMapping.strings(annotation, "value");
    List<String> name = value.isEmpty() ? SpringMapping.strings(annotation, "name") : value;
    return name.isEmpty() || name.get(0).isEmpty() ? parameter.getSimpleName().toString() : name.get(0);
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
}
