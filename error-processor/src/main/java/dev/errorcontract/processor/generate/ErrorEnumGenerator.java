package dev.errorcontract.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.catalog.BodyTemplate;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.JsonShape;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.model.ErrorModel;
import dev.errorcontract.processor.model.StatusModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Name>Error}: everything the server may answer with, each constant's body encoded
 * once at class initialisation.
 */
final class ErrorEnumGenerator {

  private final GeneratedFiles files;

  ErrorEnumGenerator(GeneratedFiles files) {
    this.files = files;
  }

  JavaFile generate(CatalogModel catalog) {
    ClassName self = GeneratedFiles.type(catalog, catalog.errorEnumName());
    ClassName status = GeneratedFiles.type(catalog, catalog.statusEnumName());
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(DocumentedError.class)
        .addJavadoc("Every error the $L catalog answers with, declared on {@link $T}: one constant per documented\n"
            + "error detail, then one per documented error status that answers with its title.\n",
            catalog.name(), ClassName.get(catalog.declaringType()));
    for (ErrorModel error : catalog.errors()) {
      StatusModel documented = catalog.status(error.status());
      type.addEnumConstant(error.constantName(), TypeSpec.anonymousClassBuilder(arguments(error, status, documented))
          .addJavadoc(Javadocs.error(error, documented))
          .build());
    }
    TypeName stringList = ParameterizedTypeName.get(List.class, String.class);
    type.addType(TypeSpec.classBuilder("Shape")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Holds the body shape: enum constructors may not read the enum's own static fields.\n")
            .addField(FieldSpec.builder(JsonShape.class, "SHAPE", Modifier.STATIC, Modifier.FINAL)
                .initializer(BodyShapeCode.shape(catalog.body()))
                .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .build())
        .addField(status, "status", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "detail", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(stringList, "arguments", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(BodyTemplate.class, "template", Modifier.FINAL)
            .addJavadoc("Encodes this error's body around a rendered detail; used by the exceptions.\n")
            .build())
        .addField(FieldSpec.builder(ErrorBody.class, "body", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The body, encoded once; null for a template detail.\n")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(status, "status")
            .addParameter(String.class, "detail")
            .addParameter(String.class, "description")
            .addParameter(String.class, "code")
            .addParameter(String[].class, "arguments").varargs()
            .addStatement("this.status = status")
            .addStatement("this.detail = detail")
            .addStatement("this.description = description")
            .addStatement("this.code = code")
            .addStatement("this.arguments = $T.of(arguments)", List.class)
            .addStatement("this.template = Shape.SHAPE.compile(status.code(), status.title(), code, description)")
            .addStatement("this.body = arguments.length == 0 ? template.encode(detail) : null")
            .build())
        .addMethod(getter("status", status, "The documented status this error answers with."))
        .addMethod(getter("detail", ClassName.get(String.class), "The detail as published."))
        .addMethod(getter("description", ClassName.get(String.class), "What the error means, as published."))
        .addMethod(getter("code", ClassName.get(String.class), "The machine code, or {@code null}."))
        .addMethod(getter("arguments", stringList, "The template's argument names; empty for a constant detail."))
        .addMethod(getter("body", ClassName.get(ErrorBody.class),
            "The body, encoded once; {@code null} for a template detail."))
        .addMethod(MethodSpec.methodBuilder("mediaType")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The media type of this catalog's bodies.\n")
            .addStatement("return Shape.SHAPE.mediaType()")
            .build())
        .addMethod(forStatus(catalog, self))
        .addMethod(byCode(catalog, self))
        .addMethod(find(self))
        .addMethod(MethodSpec.methodBuilder("table")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ErrorTable.class)
            .addJavadoc("The whole catalog as one object, for framework glue.\n")
            .addStatement("return Table.INSTANCE")
            .build())
        .addType(table(catalog, self, status));
    return files.file(catalog, type);
  }

  /**
   * {@code Status.BAD_REQUEST, "detail", "description", "code", "arg"...}: after the status type, one
   * piece of text rather than a format argument per value, since a catalog has one per error.
   */
  private static CodeBlock arguments(ErrorModel error, ClassName status, StatusModel documented) {
    StringBuilder values = new StringBuilder(documented.constantName())
        .append(", ").append(GeneratedFiles.literal(error.detail()))
        .append(", ").append(GeneratedFiles.literal(error.description()))
        .append(", ").append(GeneratedFiles.literal(error.code()));
    error.args().forEach(a -> values.append(", ").append(GeneratedFiles.literal(a.name())));
    return CodeBlock.of("$T.$L", status, values.toString());
  }

  private static MethodSpec forStatus(CatalogModel catalog, ClassName self) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("forStatus")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(int.class, "status")
        .returns(self)
        .addJavadoc("The error answering an error status: a documented status answers with its own error; an\n"
            + "undocumented 4xx as status $L, an undocumented 5xx as status $L.\n\n"
            + "@throws IllegalArgumentException if {@code status} is not from 400 to 599\n",
            catalog.clientFallback(), catalog.serverFallback())
        .beginControlFlow("switch (status)");
    for (StatusModel status : catalog.statuses()) {
      if (status.isError()) {
        method.addStatement("case $L: return $L", status.code(), catalog.statusError(status.code()).constantName());
      }
    }
    return method.addCode("default:\n$>")
        .beginControlFlow("if (status >= 400 && status <= 499)")
        .addStatement("return $L", catalog.statusError(catalog.clientFallback()).constantName())
        .endControlFlow()
        .beginControlFlow("if (status >= 500 && status <= 599)")
        .addStatement("return $L", catalog.statusError(catalog.serverFallback()).constantName())
        .endControlFlow()
        .addStatement("throw new $T($S + status)", IllegalArgumentException.class, "Not an error status (400 to 599): ")
        .addCode("$<")
        .endControlFlow()
        .build();
  }

  private static MethodSpec byCode(CatalogModel catalog, ClassName self) {
    TypeName result = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
    MethodSpec.Builder method = MethodSpec.methodBuilder("byCode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(String.class, "code")
        .returns(result)
        .addJavadoc("The error with this machine code, if any.\n");
    List<ErrorModel> coded = catalog.errors().stream().filter(e -> e.code() != null).toList();
    if (coded.isEmpty()) {
      return method.addStatement("return $T.empty()", Optional.class).build();
    }
    method.beginControlFlow("if (code == null)")
        .addStatement("return $T.empty()", Optional.class)
        .endControlFlow()
        .beginControlFlow("switch (code)");
    for (ErrorModel error : coded) {
      method.addStatement("case $L: return $T.of($L)", GeneratedFiles.literal(error.code()), Optional.class,
          error.constantName());
    }
    return method.addStatement("default: return $T.empty()", Optional.class).endControlFlow().build();
  }

  private static MethodSpec find(ClassName self) {
    return MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(int.class, "status")
        .addParameter(String.class, "detail")
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addJavadoc("The error with this status and published detail (a template as written), if any.\n")
        .beginControlFlow("for ($T error : values())", self)
        .beginControlFlow("if (error.status.code() == status && error.detail.equals(detail))")
        .addStatement("return $T.of(error)", Optional.class)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.empty()", Optional.class)
        .build();
  }

  private static TypeSpec table(CatalogModel catalog, ClassName self, ClassName status) {
    TypeName statuses = ParameterizedTypeName.get(ClassName.get(List.class), status);
    TypeName errors = ParameterizedTypeName.get(ClassName.get(List.class), self);
    return TypeSpec.classBuilder("Table")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ErrorTable.class)
        .addField(FieldSpec.builder(ClassName.get("", "Table"), "INSTANCE", Modifier.STATIC, Modifier.FINAL)
            .initializer("new Table()").build())
        .addField(FieldSpec.builder(statuses, "STATUSES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($T.values())", List.class, status).build())
        .addField(FieldSpec.builder(errors, "ERRORS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of(values())", List.class).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(override("name", ClassName.get(String.class)).addStatement("return $L",
            GeneratedFiles.literal(catalog.name())).build())
        .addMethod(override("statuses", statuses).addStatement("return STATUSES").build())
        .addMethod(override("errors", errors).addStatement("return ERRORS").build())
        .addMethod(override("forStatus", self).addParameter(int.class, "status")
            .addStatement("return $T.forStatus(status)", self).build())
        .addMethod(override("status", ParameterizedTypeName.get(ClassName.get(Optional.class), status))
            .addParameter(int.class, "code").addStatement("return $T.of(code)", status).build())
        .addMethod(override("byCode", ParameterizedTypeName.get(ClassName.get(Optional.class), self))
            .addParameter(String.class, "code").addStatement("return $T.byCode(code)", self).build())
        .addMethod(override("toString", ClassName.get(String.class))
            .addStatement("return $L", GeneratedFiles.literal(catalog.name() + " error table")).build())
        .build();
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  private static MethodSpec getter(String name, TypeName type, String javadoc) {
    return override(name, type).addJavadoc("$L\n", javadoc).addStatement("return $L", name).build();
  }
}
