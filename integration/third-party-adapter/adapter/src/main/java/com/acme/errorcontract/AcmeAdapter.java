package com.acme.errorcontract;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.processor.spi.CatalogContext;
import dev.errorcontract.processor.spi.CatalogView;
import dev.errorcontract.processor.spi.HandlerMethod;
import dev.errorcontract.processor.spi.HandlerMethod.Parameter;
import dev.errorcontract.processor.spi.HandlerMethod.Raised;
import dev.errorcontract.processor.spi.RuntimeAdapter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * The adapter of Acme, an imaginary web framework whose handler methods say {@code @com.acme.web.Route(method
 * = "GET", path = "/orders/{id}")} and whose path variables {@code @com.acme.web.PathVar("id")}. For each
 * catalog it generates {@code <Name>AcmeGlue}, the answer Acme sends for each condition it raises, and the
 * resource {@code META-INF/acme/<Name>.answers}, one line per answer. Written as a third party writes
 * one: the service interface and the JDK, nothing else of the processor.
 */
public final class AcmeAdapter implements RuntimeAdapter {

  private static final String ROUTE = "com.acme.web.Route";
  private static final String PATH_VAR = "com.acme.web.PathVar";

  /** Called by the ServiceLoader. */
  public AcmeAdapter() {}

  @Override
  public String name() {
    return "acme";
  }

  @Override
  public String frameworkName() {
    return "Acme";
  }

  /** Acme's API on the compile class path. */
  @Override
  public boolean applies(ProcessingEnvironment environment) {
    return environment.getElementUtils().getTypeElement(ROUTE) != null;
  }

  @Override
  public void generate(CatalogContext context) {
    CatalogView catalog = context.catalog();
    String glue = catalog.name() + "AcmeGlue";
    String errorEnum = catalog.errorEnumName();
    StringBuilder source = new StringBuilder();
    if (!catalog.packageName().isEmpty()) {
      source.append("package ").append(catalog.packageName()).append(";\n\n");
    }
    source.append("/** What Acme answers for the ").append(catalog.name()).append(" catalog's conditions. */\n");
    if (catalog.hasDeprecatedRows()) {
      source.append("@SuppressWarnings(\"deprecation\")\n");
    }
    source.append("@javax.annotation.processing.Generated(value = \"").append(context.processorName())
        .append("\", comments = \"from ").append(catalog.declaringType().getQualifiedName())
        .append(" by the acme adapter\")\n")
        .append("public final class ").append(glue).append(" {\n\n")
        .append("  private ").append(glue).append("() {}\n");
    for (Map.Entry<Condition, String> condition : new java.util.TreeMap<>(catalog.conditions()).entrySet()) {
      String method = camel(condition.getKey().name());
      source.append("\n  /**\n   * The answer to ").append(condition.getKey().name()).append(".\n   *\n")
          .append("   * @return ").append(errorEnum).append('.').append(condition.getValue()).append("\n   */\n")
          .append("  public static ").append(errorEnum).append(' ').append(method).append("() {\n")
          .append("    return ").append(errorEnum).append('.').append(condition.getValue()).append(";\n")
          .append("  }\n");
    }
    source.append("}\n");
    context.writeSource(catalog.qualifiedName(glue), source);

    StringBuilder answers = new StringBuilder();
    for (CatalogView.Error error : catalog.errors()) {
      answers.append(error.status()).append(' ').append(error.constantName()).append(' ')
          .append(catalog.exceptionName()).append('.').append(error.exceptionName()).append(' ')
          .append(error.detail()).append(error.addedByLibrary() ? " (added by the library)" : "").append('\n');
    }
    context.writeResource("META-INF/acme/" + catalog.name() + ".answers", answers.toString().getBytes(StandardCharsets.UTF_8));
    if (catalog.errors().stream().noneMatch(e -> e.answers().contains(Condition.UNKNOWN_PATH))) {
      context.warning("acme-unknown-path-by-status", "The " + catalog.name() + " catalog names no row for"
          + " Condition.UNKNOWN_PATH; Acme answers an unknown path with the answer of its 404 status");
    }
  }

  @Override
  public Set<String> handlerAnnotations() {
    return Set.of(ROUTE);
  }

  /** A method carrying {@code @Route}; a {@code POST} reads a body, which may be unreadable. */
  @Override
  public Optional<HandlerMethod> handlerMethod(ExecutableElement method, ProcessingEnvironment environment) {
    Optional<AnnotationMirror> route = annotation(method, ROUTE);
    if (route.isEmpty()) {
      return Optional.empty();
    }
    String httpMethod = value(route.get(), "method").orElse("GET");
    String path = value(route.get(), "path").orElse("/");
    List<Parameter> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      annotation(parameter, PATH_VAR).flatMap(a -> value(a, "value")).ifPresent(name -> parameters.add(
          new Parameter(name, "path", parameter.asType().getKind() == TypeKind.LONG ? "integer" : "string")));
    }
    List<Raised> raised = new ArrayList<>();
    if (!parameters.isEmpty()) {
      raised.add(Raised.status(404, "a path variable does not convert (Acme answers 404)"));
    }
    if (httpMethod.equals("POST")) {
      raised.add(Raised.condition(Condition.UNREADABLE_BODY, "Acme cannot read the request body"));
    }
    return Optional.of(new HandlerMethod(method, httpMethod, path, parameters, raised));
  }

  private static Optional<AnnotationMirror> annotation(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(String.valueOf(entry.getValue().getValue()));
      }
    }
    return Optional.empty();
  }

  /** {@code UNKNOWN_PATH} to {@code unknownPath}. */
  private static String camel(String constant) {
    StringBuilder name = new StringBuilder();
    for (String word : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
      name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.toString();
  }
}
