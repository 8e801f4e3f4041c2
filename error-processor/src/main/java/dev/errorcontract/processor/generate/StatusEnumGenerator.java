package dev.errorcontract.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.model.HeaderModel;
import dev.errorcontract.processor.model.StatusModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Generates {@code <Name>Status}: the documented status table as an enum. */
final class StatusEnumGenerator {

  private final GeneratedFiles files;

  StatusEnumGenerator(GeneratedFiles files) {
    this.files = files;
  }

  JavaFile generate(CatalogModel catalog) {
    ClassName self = GeneratedFiles.type(catalog, catalog.statusEnumName());
    boolean hasHeaders = catalog.statuses().stream().anyMatch(s -> !s.headers().isEmpty());
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(DocumentedStatus.class)
        .addJavadoc("The documented statuses of the $L catalog, as published and declared on {@link $T}.\n",
            catalog.name(), ClassName.get(catalog.declaringType()));
    for (StatusModel status : catalog.statuses()) {
      CodeBlock.Builder arguments = CodeBlock.builder()
          .add("$L, $L, $L", status.code(), GeneratedFiles.literal(status.title()),
              GeneratedFiles.literal(status.description()));
      for (HeaderModel header : status.headers()) {
        arguments.add(", $L, $L", GeneratedFiles.literal(header.name()), GeneratedFiles.literal(header.value()));
      }
      type.addEnumConstant(status.constantName(), TypeSpec.anonymousClassBuilder(arguments.build())
          .addJavadoc("$L $L: $L\n", status.code(), GeneratedFiles.javadoc(status.title()),
              GeneratedFiles.javadoc(status.description()))
          .build());
    }
    type.addField(int.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "title", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(int.class, "code")
        .addParameter(String.class, "title")
        .addParameter(String.class, "description")
        .addStatement("this.code = code")
        .addStatement("this.title = title")
        .addStatement("this.description = description");
    TypeName headerMap = ParameterizedTypeName.get(Map.class, String.class, String.class);
    if (hasHeaders) {
      type.addField(headerMap, "headers", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(String[].class, "headers").varargs()
          .addStatement("this.headers = headerMap(headers)");
    }
    type.addMethod(constructor.build())
        .addMethod(getter("code", int.class, "The HTTP status code."))
        .addMethod(getter("title", String.class, "The title exactly as published."))
        .addMethod(getter("description", String.class, "The description exactly as published."));
    if (hasHeaders) {
      type.addMethod(MethodSpec.methodBuilder("headers")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(headerMap)
          .addJavadoc("The headers every answer with this status carries.\n")
          .addStatement("return headers")
          .build());
      type.addMethod(MethodSpec.methodBuilder("headerMap")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(String[].class, "namesAndValues").varargs()
          .returns(headerMap)
          .beginControlFlow("if (namesAndValues.length == 0)")
          .addStatement("return $T.of()", Map.class)
          .endControlFlow()
          .addStatement("$T map = new $T<>()", headerMap, LinkedHashMap.class)
          .beginControlFlow("for (int i = 0; i < namesAndValues.length; i += 2)")
          .addStatement("map.put(namesAndValues[i], namesAndValues[i + 1])")
          .endControlFlow()
          .addStatement("return $T.unmodifiableMap(map)", Collections.class)
          .build());
    }
    MethodSpec.Builder of = MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(int.class, "code")
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addJavadoc("The documented status with this code, if the catalog documents it.\n")
        .beginControlFlow("switch (code)");
    for (StatusModel status : catalog.statuses()) {
      of.addStatement("case $L: return $T.of($L)", status.code(), Optional.class, status.constantName());
    }
    of.addStatement("default: return $T.empty()", Optional.class).endControlFlow();
    type.addMethod(of.build());
    return files.file(catalog, type);
  }

  private static MethodSpec getter(String name, Class<?> type, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addJavadoc("$L\n", javadoc)
        .addStatement("return $L", name)
        .build();
  }
}
