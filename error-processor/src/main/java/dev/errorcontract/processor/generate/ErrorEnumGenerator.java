package dev.errorcontract.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.InstanceSupplier;
import dev.errorcontract.catalog.internal.ErrorRow;
import dev.errorcontract.catalog.internal.GuardedInstanceSupplier;
import dev.errorcontract.catalog.internal.JsonShape;
import dev.errorcontract.catalog.Violation;
import dev.errorcontract.catalog.internal.RowBodies;
import dev.errorcontract.catalog.internal.Supplied;
import dev.errorcontract.processor.derive.BodyModel;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.derive.StatusModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Name>Error}: everything the server may answer with, each constant's bodies compiled
 * once at class initialisation, and the table saying which error answers which status and condition.
 */
final class ErrorEnumGenerator {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final MethodSpec NOT_INSTANTIATED = MethodSpec.constructorBuilder()
      .addModifiers(Modifier.PRIVATE)
      .addJavadoc("Only the one instance, or none.\n")
      .build();

  private final GeneratedFiles files;

  ErrorEnumGenerator(GeneratedFiles files) {
    this.files = files;
  }

  JavaFile generate(CatalogModel catalog) {
    return files.file(catalog, type(catalog, false));
  }

  /** For tests: every file through JavaPoet alone, the reference the text must equal. */
  static volatile boolean javaPoetOnly;
  /** For tests: how many files had their constants and row methods written as text. */
  static final AtomicInteger writtenAsText = new AtomicInteger();

  /**
   * The file of {@link #generate}, rendered: the enum by JavaPoet, its constants and row methods, one
   * each per error, written as text by {@link ErrorRows} where it can write them exactly as JavaPoet
   * would, else the whole file by JavaPoet. The text is the same either way.
   */
  Source source(CatalogModel catalog) {
    if (!javaPoetOnly) {
      JavaFile file = files.file(catalog, type(catalog, true));
      String text = new ErrorRows(catalog).render(file.toString());
      if (text != null) {
        writtenAsText.incrementAndGet();
        return new Source(catalog.packageName() + "." + catalog.errorEnumName(),
            file.typeSpec().originatingElements(), text);
      }
    }
    return Source.of(generate(catalog));
  }

  /** The enum; with {@code placeholders}, {@link ErrorRows}'s in place of the constants and row methods. */
  private TypeSpec.Builder type(CatalogModel catalog, boolean placeholders) {
    ClassName self = GeneratedFiles.type(catalog, catalog.errorEnumName());
    ClassName status = GeneratedFiles.type(catalog, catalog.statusEnumName());
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(DocumentedError.class)
        .addJavadoc(catalog.clientOnly()
            ? "Every error the $L catalog answers with, declared on {@link $T}: one constant per row of the\n"
                + "published error table, and nothing else: the catalog is client-only, someone else's API.\n"
            : "Every error the $L catalog answers with, declared on {@link $T}: one constant per row of the\n"
                + "published error table, then one per error status no row answers, which the library adds.\n",
            catalog.name(), ClassName.get(catalog.declaringType()));
    if (placeholders) {
      type.addEnumConstant(ErrorRows.CONSTANTS, ErrorRows.constantsPlaceholder(status));
    }
    for (ErrorModel error : placeholders ? List.<ErrorModel>of() : catalog.errors()) {
      // "$T$L": the status type (imported) and the rest as one piece of text (see GeneratedFiles.text).
      type.addEnumConstant(error.constantName(), GeneratedFiles.deprecated(
              TypeSpec.anonymousClassBuilder("$T$L", status,
                      "." + error.status().constantName() + ", " + rowMethod(error) + "()")
                  .addJavadoc(Javadocs.error(error)),
              error.isDeprecated())
          .build());
    }

    TypeName stringList = ParameterizedTypeName.get(List.class, String.class);
    TypeName attributes = ParameterizedTypeName.get(Map.class, String.class, String.class);
    TypeName conditions = ParameterizedTypeName.get(Set.class, Condition.class);
    type.addType(TypeSpec.classBuilder("Shape")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Holds the body shape: enum constructors may not read the enum's own static fields.\n")
            .addField(FieldSpec.builder(JsonShape.class, "SHAPE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The members of every body, in order, and where their values come from.\n")
                .initializer(BodyShapeCode.shape(catalog.body()))
                .build())
            .addMethod(NOT_INSTANTIATED)
            .build())
        .addField(FieldSpec.builder(status, "status", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The status row this error answers with.\n").build())
        .addField(FieldSpec.builder(ErrorRow.class, "row", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The row's published values.\n").build())
        .addField(FieldSpec.builder(RowBodies.class, "bodies", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The bodies, compiled once: encoded for a constant detail, templates otherwise.\n")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An error of the catalog; its bodies are compiled here, once.\n\n"
                + "@param status the status row it answers with\n@param row its published values\n")
            .addParameter(status, "status")
            .addParameter(ErrorRow.class, "row")
            .addStatement("this.status = status")
            .addStatement("this.row = row.of(status)")
            .addStatement("this.bodies = Shape.SHAPE.compile(this.row)")
            .build())
        .addMethod(override("status", status).addJavadoc("The status row this error answers with.\n")
            .addStatement("return status").build())
        .addMethod(delegate("detail", STRING, "The detail as published; a template keeps its placeholders."))
        .addMethod(delegate("title", STRING, "The title its body carries: the row's own, else its status's."))
        .addMethod(delegate("description", STRING, "What the error means, as published."))
        .addMethod(delegate("code", STRING, "The machine code, or {@code null}."))
        .addMethod(delegate("arguments", stringList, "The template's argument names; empty for a constant detail."))
        .addMethod(delegate("attributes", attributes, "The row's attribute values; an absent one has no entry."))
        .addMethod(delegate("answers", conditions, "The conditions this error answers."))
        .addMethod(override("addedByLibrary", TypeName.BOOLEAN)
            .addJavadoc("Whether the library added this answer because the page has no row for it.\n")
            .addStatement("return row.isAddedByLibrary()").build())
        .addMethod(override("mediaType", STRING).addJavadoc("The exact {@code Content-Type} of the body.\n")
            .addStatement("return bodies.mediaType()").build())
        .addMethod(override("statusFor", TypeName.INT)
            .addParameter(int.class, "requested")
            .addJavadoc("The code to answer with: an added answer answers with any code its row covers, a\n"
                + "declared row with its own code.\n")
            .addStatement("return row.statusFor(requested)").build())
        .addMethod(override("body", ClassName.get(ErrorBody.class))
            .addJavadoc("The body, encoded once; {@code null} for a template detail.\n")
            .addStatement("return bodies.body(row.statusCode())").build())
        .addMethod(override("body", ClassName.get(ErrorBody.class))
            .addParameter(int.class, "status")
            .addParameter(String.class, "instance")
            .addJavadoc("The body answered with {@code status}, carrying {@code instance} ({@code null}: none);\n"
                + "{@code null} for a template detail.\n")
            .addStatement("return bodies.body(status, instance)").build())
        .addMethod(MethodSpec.methodBuilder("render")
            .addParameter(String.class, "detail")
            .addParameter(String.class, "instance")
            .returns(ErrorBody.class)
            .addJavadoc("The body of a template detail; for this catalog's exceptions.\n\n"
                + "@param detail the rendered detail\n@param instance the instance, or {@code null} for none\n"
                + "@return the body, written as it is sent\n")
            .addStatement("return bodies.render(detail, instance)").build())
        .addMethod(MethodSpec.methodBuilder("render")
            .addParameter(String.class, "detail")
            .addParameter(String.class, "instance")
            .addParameter(Object[].class, "arguments")
            .returns(ErrorBody.class)
            .addJavadoc("The body of a template detail whose members hold its arguments; for this catalog's\n"
                + "exceptions.\n\n"
                + "@param detail the rendered detail\n@param instance the instance, or {@code null} for none\n"
                + "@param arguments the template's arguments, in placeholder order\n"
                + "@return the body, written as it is sent\n")
            .addStatement("return bodies.render(detail, instance, arguments)").build())
        .addMethods(suppliedMethods(catalog))
        // issue 15: the compiled bodies are what the catalog's decoder reads received bodies against.
        .addMethod(MethodSpec.methodBuilder("bodies")
            .returns(RowBodies.class)
            .addJavadoc("The compiled bodies; for this catalog's decoder.\n\n@return the bodies\n")
            .addStatement("return bodies").build())
        .addMethod(forStatus(catalog, self))
        .addMethod(forCondition(catalog, self))
        .addMethod(byCode(catalog, self))
        .addMethod(MethodSpec.methodBuilder("table")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ErrorTable.class)
            .addJavadoc("The whole catalog as one object, for framework glue.\n\n@return the catalog's table\n")
            .addStatement("return Table.INSTANCE")
            .build())
        .addMethods(placeholders ? List.of(ErrorRows.ROWS_PLACEHOLDER) : rowMethods(catalog))
        .addType(table(catalog, self, status));
    return type;
  }

  /**
   * One method per constant building its row, such as {@code invalidLimitRow()}. The rows are built in
   * methods rather than in the constants' arguments, as a reader might expect, because the JVM limits
   * the enum's static initializer to 64 KB of bytecode: this way a constant costs it the same few bytes
   * whatever its row declares, and catalogs of thousands of rows compile.
   */
  private static List<MethodSpec> rowMethods(CatalogModel catalog) {
    List<MethodSpec> methods = new ArrayList<>();
    for (ErrorModel error : catalog.errors()) {
      methods.add(MethodSpec.methodBuilder(rowMethod(error))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(ErrorRow.class)
          .addJavadoc(GeneratedFiles.text("The published values of {@link #", error.constantName(),
              "}, built here rather than in the constant's arguments\n"
                  + "to keep the enum's initializer small: the JVM limits it to 64 KB.\n\n@return the row\n"))
          .addStatement("return $L", row(error))
          .build());
    }
    return methods;
  }

  /**
   * {@code invalidLimitRow}: the nested exception's name, unique in the catalog, decapitalised; the
   * suffix keeps it apart from every keyword and every other method of the enum.
   */
  static String rowMethod(ErrorModel error) {
    return Character.toLowerCase(error.className().charAt(0)) + error.className().substring(1) + "Row";
  }

  /**
   * {@code ErrorRow.answering(400, "detail").description("...")...}: everything after the type (a
   * {@code $T}, so that it is imported) as one piece of text rather than a format argument per value,
   * since a catalog has one per error and JavaPoet's emission costs per piece.
   */
  private static CodeBlock row(ErrorModel error) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T$L", ErrorRow.class, rowCalls(error));
    if (!error.answers().isEmpty()) {
      List<CodeBlock> names = new ArrayList<>();
      error.answers().forEach(c -> names.add(CodeBlock.of("$T.$L", Condition.class, c.name())));
      code.add("\n.answers($L)", CodeBlock.join(names, ",$W"));
    }
    if (error.addedByLibrary()) {
      code.add("\n.addedByLibrary()");
    }
    return code.build(); // a statement: JavaPoet indents its continuation lines
  }

  /** {@code .answering(400, "detail").description("...")...}: the row's calls up to its conditions. */
  static String rowCalls(ErrorModel error) {
    StringBuilder calls = new StringBuilder();
    if (!error.title().equals(error.status().title())) {
      call(calls, "title", GeneratedFiles.literal(error.title()));
    }
    if (error.type() != null) {
      call(calls, "type", GeneratedFiles.literal(error.type()));
    }
    if (!error.description().isEmpty()) {
      call(calls, "description", GeneratedFiles.literal(error.description()));
    }
    if (error.machineCode() != null) {
      call(calls, "code", GeneratedFiles.literal(error.machineCode()));
    }
    if (!error.args().isEmpty()) {
      List<String> names = new ArrayList<>();
      error.args().forEach(a -> names.add(GeneratedFiles.literal(a.name())));
      call(calls, "arguments", String.join(", ", names));
    }
    for (Entry<String, String> attribute : error.attributes().entrySet()) {
      call(calls, "attribute", GeneratedFiles.literal(attribute.getKey()) + ", "
          + GeneratedFiles.literal(attribute.getValue()));
    }
    return ".answering(" + error.code() + ", " + GeneratedFiles.literal(error.detail()) + ")" + calls;
  }

  static void call(StringBuilder calls, String method, String arguments) {
    calls.append("\n.").append(method).append('(').append(arguments).append(')');
  }

  /** What a client-only catalog's {@code forStatus} and {@code forCondition} throw: it answers nothing. */
  private static String clientOnlyRefusal(CatalogModel catalog) {
    return "The " + catalog.name() + " catalog is client-only (@ErrorCatalog(clientOnly = true)): it describes"
        + " someone else's API, and none of its errors answers a status or condition of this server";
  }

  /** The Javadoc of a client-only catalog's {@code forStatus} or {@code forCondition}, after its first line. */
  private static final String CLIENT_ONLY_JAVADOC = "\n\nThis catalog is client-only ({@code @ErrorCatalog(clientOnly"
      + " = true)}): it describes someone else's API,\nwhich this code calls but does not serve, so none of its"
      + " errors is an answer of this server.\n\n";

  private static MethodSpec forStatus(CatalogModel catalog, ClassName self) {
    if (catalog.clientOnly()) {
      return MethodSpec.methodBuilder("forStatus")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addParameter(int.class, "status")
          .returns(self)
          .addJavadoc("No error answers a status." + CLIENT_ONLY_JAVADOC
              + "@param status an error status\n@return never returns\n"
              + "@throws UnsupportedOperationException always, naming the catalog as client-only\n")
          .addStatement("throw new $T($S)", UnsupportedOperationException.class, clientOnlyRefusal(catalog))
          .build();
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder("forStatus")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(int.class, "status")
        .returns(self)
        .addJavadoc("The error answering an error status raised without a row of its own: the answer of the\n"
            + "status row covering it, else the answer of an undocumented 4xx or 5xx. Answer with\n"
            + "{@code statusFor(status)}.\n\n"
            + "@param status an error status, 400 to 599\n"
            + "@return the error answering it\n"
            + "@throws IllegalArgumentException if {@code status} is not from 400 to 599\n")
        .beginControlFlow("switch (status)");
    for (StatusModel status : catalog.statuses()) {
      if (status.isError()) {
        for (int code : status.codes()) {
          method.addCode("case $L:\n", code);
        }
        method.addStatement("$>return $L$<", catalog.statusAnswer(status).constantName());
      }
    }
    return method.addCode("default:\n$>")
        .beginControlFlow("if (status >= 400 && status <= 499)")
        .addStatement("return $L", catalog.conditions().get(Condition.UNDOCUMENTED_CLIENT_ERROR).constantName())
        .endControlFlow()
        .beginControlFlow("if (status >= 500 && status <= 599)")
        .addStatement("return $L", catalog.conditions().get(Condition.UNDOCUMENTED_SERVER_ERROR).constantName())
        .endControlFlow()
        .addStatement("throw new $T($S + status)", IllegalArgumentException.class, "Not an error status (400 to 599): ")
        .addCode("$<")
        .endControlFlow()
        .build();
  }

  private static MethodSpec forCondition(CatalogModel catalog, ClassName self) {
    if (catalog.clientOnly()) {
      return MethodSpec.methodBuilder("forCondition")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addParameter(Condition.class, "condition")
          .returns(self)
          .addJavadoc("No error answers a condition." + CLIENT_ONLY_JAVADOC
              + "@param condition a condition\n@return never returns\n"
              + "@throws UnsupportedOperationException always, naming the catalog as client-only\n")
          .addStatement("throw new $T($S)", UnsupportedOperationException.class, clientOnlyRefusal(catalog))
          .build();
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder("forCondition")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(Condition.class, "condition")
        .returns(self)
        .addJavadoc("The error answering a condition the framework raises, as the catalog declares it.\n\n"
            + "@param condition the condition\n"
            + "@return the error answering it\n"
            + "@throws IllegalArgumentException for {@code STATUS}, which depends on the status: use\n"
            + "    {@link #forStatus}\n")
        .beginControlFlow("switch (condition)");
    for (Condition condition : Condition.values()) {
      if (condition != Condition.STATUS) {
        method.addStatement("case $L: return $L", condition.name(), catalog.conditions().get(condition).constantName());
      }
    }
    return method.addStatement("default: throw new $T($S + condition)", IllegalArgumentException.class,
            "Answered per status, see forStatus: ")
        .endControlFlow()
        .build();
  }

  private static MethodSpec byCode(CatalogModel catalog, ClassName self) {
    TypeName result = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
    MethodSpec.Builder method = MethodSpec.methodBuilder("byCode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(String.class, "code")
        .returns(result)
        .addJavadoc("The error with a machine code.\n\n@param code a machine code\n"
            + "@return the error with this code, or empty if none has it\n");
    List<ErrorModel> coded = catalog.errors().stream().filter(e -> e.machineCode() != null).toList();
    if (coded.isEmpty()) {
      return method.addStatement("return $T.empty()", Optional.class).build();
    }
    method.beginControlFlow("if (code == null)")
        .addStatement("return $T.empty()", Optional.class)
        .endControlFlow()
        .beginControlFlow("switch (code)");
    for (ErrorModel error : coded) {
      method.addStatement("case $L: return $T.of($L)", GeneratedFiles.literal(error.machineCode()), Optional.class,
          error.constantName());
    }
    return method.addStatement("default: return $T.empty()", Optional.class).endControlFlow().build();
  }

  private static TypeSpec table(CatalogModel catalog, ClassName self, ClassName status) {
    TypeName statuses = ParameterizedTypeName.get(ClassName.get(List.class), status);
    TypeName errors = ParameterizedTypeName.get(ClassName.get(List.class), self);
    ClassName table = self.nestedClass("Table");
    TypeSpec.Builder builder = TypeSpec.classBuilder(table);
    if (catalog.instanceSupplier() != null) {
      // Created once, on the first answer that needs it, and guarded (GuardedInstanceSupplier).
      ClassName supplier = ClassName.get(catalog.instanceSupplier());
      builder.addField(FieldSpec.builder(InstanceSupplier.class, "SUPPLIER", Modifier.PRIVATE, Modifier.STATIC,
              Modifier.FINAL)
          .addJavadoc("The application's supplier of instances, created once when first asked, guarded.\n")
          .initializer("$T.of($L, $L, $T::new)", GuardedInstanceSupplier.class,
              GeneratedFiles.literal(catalog.name()), GeneratedFiles.literal(supplier.canonicalName()), supplier)
          .build());
      builder.addMethod(override("instanceSupplier", ClassName.get(InstanceSupplier.class))
          .addStatement("return SUPPLIER").build());
    }
    return builder
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ErrorTable.class)
        .addJavadoc("The catalog as one object; its answers are those of the static methods above.\n")
        .addField(FieldSpec.builder(table, "INSTANCE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The one table.\n").initializer("new Table()").build())
        .addField(FieldSpec.builder(statuses, "STATUSES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The status rows, in declaration order.\n")
            .initializer("$T.of($T.values())", List.class, status).build())
        .addField(FieldSpec.builder(errors, "ERRORS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The errors, in declaration order.\n")
            .initializer("$T.of(values())", List.class).build())
        .addMethod(NOT_INSTANTIATED)
        .addMethod(override("name", STRING).addStatement("return $L", GeneratedFiles.literal(catalog.name())).build())
        .addMethod(override("statuses", statuses).addStatement("return STATUSES").build())
        .addMethod(override("errors", errors).addStatement("return ERRORS").build())
        .addMethod(override("instance", ClassName.get(Instance.class))
            .addStatement("return $T.$L", Instance.class, catalog.body().instance().name()).build())
        .addMethod(override("forStatus", self).addParameter(int.class, "status")
            .addStatement("return $T.forStatus(status)", self).build())
        .addMethod(override("forCondition", self).addParameter(Condition.class, "condition")
            .addStatement("return $T.forCondition(condition)", self).build())
        .addMethod(override("status", ParameterizedTypeName.get(ClassName.get(Optional.class), status))
            .addParameter(int.class, "code").addStatement("return $T.of(code)", status).build())
        .addMethod(override("byCode", ParameterizedTypeName.get(ClassName.get(Optional.class), self))
            .addParameter(String.class, "code").addStatement("return $T.byCode(code)", self).build())
        .addMethod(override("toString", STRING)
            .addStatement("return $L", GeneratedFiles.literal(catalog.name() + " error table")).build())
        .build();
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  private static MethodSpec delegate(String name, TypeName type, String javadoc) {
    return override(name, type).addJavadoc("$L\n", javadoc).addStatement("return row.$L()", name).build();
  }

  /**
   * Where the body has members holding supplied values: the bodies with the values an exception supplies,
   * and, for a list of violations, the body validation answers with.
   */
  private static List<MethodSpec> suppliedMethods(CatalogModel catalog) {
    List<BodyModel.Member> supplied = BodyShapeCode.supplied(catalog.body());
    if (supplied.isEmpty()) {
      return List.of();
    }
    TypeName values = ParameterizedTypeName.get(Map.class, String.class, Object.class);
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(MethodSpec.methodBuilder("bodyWithSupplied")
        .addParameter(int.class, "status")
        .addParameter(String.class, "instance")
        .addParameter(values, "supplied")
        .returns(ErrorBody.class)
        .addJavadoc("The body of a constant detail answered with {@code status}, with the values an exception\n"
            + "supplied; for this catalog's exceptions.\n\n"
            + "@param status the code answered with\n@param instance the instance, or {@code null} for none\n"
            + "@param supplied the supplied values, by key\n@return the body, {@code null} for a template detail\n")
        .addStatement("return bodies.body(status, instance, supplied)").build());
    methods.add(MethodSpec.methodBuilder("render")
        .addParameter(String.class, "detail")
        .addParameter(String.class, "instance")
        .addParameter(Object[].class, "arguments")
        .addParameter(values, "supplied")
        .returns(ErrorBody.class)
        .addJavadoc("The body of a template detail with the values an exception supplied; for this catalog's\n"
            + "exceptions.\n\n"
            + "@param detail the rendered detail\n@param instance the instance, or {@code null} for none\n"
            + "@param arguments the template's arguments in placeholder order, or {@code null} where no member\n"
            + "    holds one\n"
            + "@param supplied the supplied values, by key\n@return the body, written as it is sent\n")
        .addStatement("return bodies.render(detail, instance, arguments, supplied)").build());
    for (BodyModel.Member member : supplied) {
      if (member instanceof BodyModel.Violations list) {
        methods.add(MethodSpec.methodBuilder("body")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(int.class, "status")
            .addParameter(String.class, "instance")
            .addParameter(ParameterizedTypeName.get(List.class, Violation.class), "violations")
            .returns(ErrorBody.class)
            .addJavadoc("The body answered with {@code status}, carrying {@code instance} ({@code null}: none)\n"
                + "and the {@code violations} in {@code $L}: the first $L, each value cut to $L characters;\n"
                + "{@code null} for a template detail.\n", list.name(), 100, 1024)
            .beginControlFlow("if (violations == null)")
            .addStatement("return bodies.body(status, instance)")
            .endControlFlow()
            .addStatement("return bodies.body(status, instance, $T.of($S, $T.fromValidation(violations)))",
                Map.class, list.key(), Supplied.class)
            .build());
      }
    }
    return methods;
  }
}
