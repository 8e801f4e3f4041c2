package dev.errorcontract.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.internal.GeneratedCode;
import dev.errorcontract.catalog.internal.StatusRow;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.derive.HeaderModel;
import dev.errorcontract.processor.derive.StatusModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Generates {@code <Name>Status}: the published status table as an enum. */
final class StatusEnumGenerator {

  private final GeneratedFiles files;

  StatusEnumGenerator(GeneratedFiles files) {
    this.files = files;
  }

  JavaFile generate(CatalogModel catalog) {
    ClassName self = GeneratedFiles.type(catalog, catalog.statusEnumName());
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(DocumentedStatus.class)
        .addJavadoc("The status table of the $L catalog, as published and declared on {@link $T}.\n",
            catalog.name(), ClassName.get(catalog.declaringType()));
    for (StatusModel status : catalog.statuses()) {
      type.addEnumConstant(status.constantName(), GeneratedFiles.deprecated(
              TypeSpec.anonymousClassBuilder(row(status)).addJavadoc(Javadocs.status(status)), status.isDeprecated())
          .build());
    }
    // Every generated class initializes this enum before it calls the runtime otherwise (an error row
    // holds its status constant): the runtime checks it runs this code once, here, never per request.
    type.addStaticBlock(CodeBlock.of("$T.check($L, $S, $T.class);\n",
        GeneratedCode.class, GeneratedCode.LEVEL, GeneratedFiles.PROCESSOR_VERSION, self));
    TypeName integers = ParameterizedTypeName.get(List.class, Integer.class);
    TypeName headers = ParameterizedTypeName.get(Map.class, String.class, String.class);
    type.addField(FieldSpec.builder(StatusRow.class, "row", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The row's published values.\n")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("A status row of the published table.\n\n@param row the row's published values\n")
            .addParameter(StatusRow.class, "row")
            .addStatement("this.row = row")
            .build())
        .addMethod(delegate("code", TypeName.INT, "The first code the row covers."))
        .addMethod(delegate("codes", integers, "Every code the row covers, ascending."))
        .addMethod(delegate("title", ClassName.get(String.class), "The title as published."))
        .addMethod(delegate("titleSource", ClassName.get(DocumentedStatus.TitleSource.class),
            "Where the title comes from: the page, or the library's standard reason phrase."))
        .addMethod(delegate("description", ClassName.get(String.class), "The description as published."))
        .addMethod(delegate("headers", headers, "The headers every answer with this status carries, in order."))
        .addMethod(MethodSpec.methodBuilder("covers")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(int.class, "code")
            .returns(boolean.class)
            .addJavadoc("Whether the row covers {@code code}.\n")
            .addStatement("return row.covers(code)")
            .build())
        .addMethod(of(catalog, self));
    return files.file(catalog, type);
  }

  /** {@code StatusRow.covering(500, 502).title("...").description("...").header("...", "...")}. */
  private static CodeBlock row(StatusModel status) {
    List<String> codes = new ArrayList<>();
    status.codes().forEach(c -> codes.add(Integer.toString(c)));
    StringBuilder calls = new StringBuilder();
    calls.append(status.titlePublished() ? "\n.title(" : "\n.filledInTitle(")
        .append(GeneratedFiles.literal(status.title())).append(")");
    if (!status.description().isEmpty()) {
      calls.append("\n.description(").append(GeneratedFiles.literal(status.description())).append(")");
    }
    for (HeaderModel header : status.headers()) {
      calls.append("\n.header(").append(GeneratedFiles.literal(header.name())).append(", ")
          .append(GeneratedFiles.literal(header.value())).append(")");
    }
    return CodeBlock.builder()
        .add("$T.covering($L)$>$>", StatusRow.class, String.join(", ", codes))
        .add("$L", calls.toString())
        .add("$<$<")
        .build();
  }

  private static MethodSpec of(CatalogModel catalog, ClassName self) {
    MethodSpec.Builder of = MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(int.class, "code")
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addJavadoc("The status row covering a code.\n\n@param code an HTTP status code\n"
            + "@return the row covering {@code code}, or empty if the catalog documents none\n")
        .beginControlFlow("switch (code)");
    for (StatusModel status : catalog.statuses()) {
      for (int code : status.codes()) {
        of.addCode("case $L:\n", code);
      }
      of.addStatement("$>return $T.of($L)$<", Optional.class, status.constantName());
    }
    of.addStatement("default: return $T.empty()", Optional.class).endControlFlow();
    return of.build();
  }

  private static MethodSpec delegate(String name, TypeName type, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addJavadoc("$L\n", javadoc)
        .addStatement("return row.$L()", name)
        .build();
  }
}
