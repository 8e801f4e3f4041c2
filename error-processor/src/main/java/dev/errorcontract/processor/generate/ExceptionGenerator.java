package dev.errorcontract.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.Violation;
import dev.errorcontract.catalog.internal.Supplied;
import dev.errorcontract.processor.derive.BodyModel;
import dev.errorcontract.processor.derive.ArgumentType;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.derive.DetailTemplate;
import dev.errorcontract.processor.derive.ErrorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * Generates {@code <Name>Exception}: a sealed base with one nested final exception per error, so code
 * can only throw what the catalog documents.
 */
final class ExceptionGenerator {

  // Specs are immutable: the parts every nested exception has are built once.
  private static final FieldSpec SERIAL_VERSION_UID =
      FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The serialized form's version.\n")
          .initializer("1L")
          .build();
  private static final AnnotationSpec OVERRIDE = AnnotationSpec.builder(Override.class).build();
  private static final ParameterSpec CAUSE = ParameterSpec.builder(Throwable.class, "cause").build();
  private static final CodeBlock CREATES = CodeBlock.of("Creates the exception.\n");
  private static final CodeBlock CREATES_WITH_CAUSE =
      CodeBlock.of("Creates the exception with its cause, which is logged but never sent to the client.\n");
  private static final CodeBlock CAUSE_PARAM = CodeBlock.of("@param cause the cause, or {@code null}\n");

  /** For tests: every file through JavaPoet alone, the reference the text must equal. */
  static volatile boolean javaPoetOnly;
  /** For tests: how many files had their nested exceptions written as text. */
  static final AtomicInteger writtenAsText = new AtomicInteger();

  private final GeneratedFiles files;
  /** The two constructors of an error without arguments, by whether it records its stack trace. */
  private final Map<Boolean, List<MethodSpec>> constructorsWithoutArgs = new HashMap<>();

  ExceptionGenerator(GeneratedFiles files) {
    this.files = files;
  }

  JavaFile generate(CatalogModel catalog) {
    ClassName self = GeneratedFiles.type(catalog, catalog.exceptionName());
    ClassName errorEnum = GeneratedFiles.type(catalog, catalog.errorEnumName());
    TypeSpec.Builder type = base(catalog, self, errorEnum);
    boolean supplies = !BodyShapeCode.supplied(catalog.body()).isEmpty();
    Set<String> boundArguments = BodyShapeCode.boundArguments(catalog.body());
    for (ErrorModel error : catalog.errors()) {
      type.addType(exception(error, self, errorEnum, boundArguments, supplies));
    }
    return files.file(catalog, type);
  }

  /**
   * The file of {@link #generate}, rendered: the base class by JavaPoet, the nested exceptions, one per
   * error, written as text by {@link NestedExceptions} where it can write them exactly as JavaPoet
   * would, else the whole file by JavaPoet. The text is the same either way.
   */
  Source source(CatalogModel catalog) {
    ClassName self = GeneratedFiles.type(catalog, catalog.exceptionName());
    ClassName errorEnum = GeneratedFiles.type(catalog, catalog.errorEnumName());
    NestedExceptions nested = javaPoetOnly ? null : NestedExceptions.of(catalog, self, errorEnum, ExceptionGenerator::isTransient);
    if (nested == null) {
      return Source.of(generate(catalog));
    }
    TypeSpec.Builder type = base(catalog, self, errorEnum);
    type.addType(nested.placeholder());
    JavaFile file = files.file(catalog, type);
    String text = nested.render(file.toString(), BodyShapeCode.boundArguments(catalog.body()),
        !BodyShapeCode.supplied(catalog.body()).isEmpty());
    if (text == null) {
      return Source.of(generate(catalog));
    }
    writtenAsText.incrementAndGet();
    return new Source(catalog.packageName() + "." + self.simpleName(), file.typeSpec().originatingElements(),
        text);
  }

  /** Whether an argument's field is transient: its type is not serializable. */
  static boolean isTransient(TypeMirror argType) {
    return !ArgumentType.of(argType).map(ArgumentType::serializable).orElse(false);
  }

  private static TypeSpec.Builder base(CatalogModel catalog, ClassName self, ClassName errorEnum) {
    List<BodyModel.Member> supplied = BodyShapeCode.supplied(catalog.body());
    TypeSpec.Builder type = baseClass(catalog, self, errorEnum, supplied.isEmpty()
        ? "return error().body(status(), instance)" : "return error().bodyWithSupplied(status(), instance, supplied())");
    for (BodyModel.Member member : supplied) {
      suppliedMethods(type, self, member);
    }
    return type;
  }

  /** The typed {@code with} method and accessor of a supplied member. */
  private static void suppliedMethods(TypeSpec.Builder type, ClassName self, BodyModel.Member member) {
    boolean list = member instanceof BodyModel.Violations;
    String key = list ? ((BodyModel.Violations) member).key() : ((BodyModel.Supplied) member).key();
    TypeName valueType = list ? ParameterizedTypeName.get(List.class, Violation.class) : TypeName.get(String.class);
    String with = "with" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    type.addMethod(MethodSpec.methodBuilder(with)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addParameter(valueType, key)
        .returns(self)
        .addJavadoc(list
            ? "Supplies the list of the body's {@code $L} member: the violations of the request's input.\n\n"
                + "@param $L the violations, at most $L, each path and message at most $L characters\n"
                + "@return this exception\n"
                + "@throws IllegalArgumentException past those limits\n"
            : "Supplies the value of the body's {@code $L} member, which the detail does not carry.\n\n"
                + "@param $L the value, at most $L characters\n@return this exception\n"
                + "@throws IllegalArgumentException past that limit\n",
            list ? new Object[] {member.name(), key, 100, 1024} : new Object[] {member.name(), key, 1024})
        .addStatement("withSupplied($S, $T.checked($S, $L))", key, Supplied.class, key, key)
        .addStatement("return this")
        .build());
    MethodSpec.Builder accessor = MethodSpec.methodBuilder(key)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .returns(valueType)
        .addJavadoc("The value of the body's {@code $L} member, as supplied (or decoded).\n\n"
            + "@return the value, or {@code null} where none was supplied\n", member.name());
    if (list) {
      accessor.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
          .addComment("withSupplied($S, ...) above and the decoder put only unmodifiable lists of violations here.", key)
          .addStatement("return ($T) supplied().get($S)", valueType, key);
    } else {
      accessor.addStatement("return (String) supplied().get($S)", key);
    }
    type.addMethod(accessor.build());
  }

  private static TypeSpec.Builder baseClass(CatalogModel catalog, ClassName self, ClassName errorEnum,
      String constantBody) {
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.SEALED)
        .superclass(CatalogException.class)
        .addJavadoc("The exceptions of the $L catalog, declared on {@link $T}: each nested class is one\n"
            + "error of {@link $T}, and no other can exist.\n", catalog.name(), ClassName.get(catalog.declaringType()),
            errorEnum)
        .addField(SERIAL_VERSION_UID)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Only the nested exceptions extend this class.\n\n@param cause the cause, or {@code null}\n"
                + "@param recordStackTrace whether the stack trace is filled in\n")
            .addParameter(Throwable.class, "cause")
            .addParameter(boolean.class, "recordStackTrace")
            .addStatement("super(cause, recordStackTrace)")
            .build())
        .addMethod(MethodSpec.methodBuilder("error")
            .addAnnotation(OVERRIDE)
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(errorEnum)
            .addJavadoc("The documented error this exception is.\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("body")
            .addAnnotation(OVERRIDE)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(ErrorBody.class)
            .addJavadoc("The body, with this exception's own instance where the body has one.\n")
            .addStatement("return body(null)")
            .build())
        .addMethod(MethodSpec.methodBuilder("body")
            .addAnnotation(OVERRIDE)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addParameter(String.class, "instance")
            .returns(ErrorBody.class)
            .addJavadoc("The body, with this exception's own instance, else {@code instance}, where the body has\n"
                + "one.\n")
            .addStatement("String own = instance()")
            .addStatement("return bodyWithInstance(own != null ? own : instance)")
            .build())
        .addMethod(MethodSpec.methodBuilder("bodyWithInstance")
            .addParameter(String.class, "instance")
            .returns(ErrorBody.class)
            .addJavadoc("The body with this instance: shared by every exception of a constant detail; rendered per\n"
                + "exception by the template ones, which override this.\n\n"
                + "@param instance the instance, or {@code null} for none\n@return the body\n")
            .addStatement(constantBody)
            .build());
  }

  private TypeSpec exception(ErrorModel error, ClassName base, ClassName errorEnum, Set<String> boundArguments,
      boolean supplies) {
    TypeSpec.Builder type = TypeSpec.classBuilder(error.className())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(base)
        .addJavadoc(Javadocs.error(error))
        .addField(SERIAL_VERSION_UID);
    GeneratedFiles.deprecated(type, error.isDeprecated());
    for (ErrorModel.ArgModel arg : error.args()) {
      TypeName argType = TypeName.get(arg.type());
      boolean isTransient = isTransient(arg.type());
      FieldSpec.Builder field = FieldSpec.builder(argType, arg.name(), Modifier.PRIVATE, Modifier.FINAL)
          .addJavadoc("The {@code {$L}} of the detail.\n", arg.name());
      if (isTransient) {
        field.addModifiers(Modifier.TRANSIENT);
      }
      type.addField(field.build());
      type.addMethod(MethodSpec.methodBuilder(arg.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(argType)
          .addJavadoc("The {@code {$L}} of the detail.\n\n@return the argument\n", arg.name())
          .addStatement("return $L", arg.name())
          .build());
    }
    boolean anyCode = error.addedByLibrary() && error.status().codes().size() > 1;
    // Most errors have no arguments, and their constructors do not name their class: built once each.
    List<MethodSpec> constructors = anyCode
        ? codeConstructors(error, errorEnum)
        : error.args().isEmpty()
        ? constructorsWithoutArgs.computeIfAbsent(error.recordsStackTrace(), r -> constructors(List.of(), r))
        : constructors(error.args(), error.recordsStackTrace());
    if (anyCode) {
      type.addField(FieldSpec.builder(int.class, "status", Modifier.PRIVATE, Modifier.FINAL)
              .addJavadoc("The code this exception answers with.\n").build())
          .addMethod(MethodSpec.methodBuilder("status")
              .addAnnotation(OVERRIDE)
              .addModifiers(Modifier.PUBLIC)
              .returns(int.class)
              .addJavadoc("The code this exception answers with, one its row covers.\n")
              .addStatement("return status")
              .build());
    }
    type.addMethods(constructors)
        .addMethod(MethodSpec.methodBuilder("error")
            .addAnnotation(OVERRIDE)
            .addModifiers(Modifier.PUBLIC)
            .returns(errorEnum)
            .addStatement("return $T.$L", errorEnum, error.constantName())
            .build());
    if (error.isTemplate()) {
      type.addMethod(MethodSpec.methodBuilder("detail")
          .addAnnotation(OVERRIDE)
          .addModifiers(Modifier.PUBLIC)
          .returns(String.class)
          .addJavadoc("The detail with this exception's arguments filled in.\n")
          .addStatement("return $L", detailExpression(error.template()))
          .build());
      List<String> bound = new ArrayList<>();
      error.args().forEach(a -> bound.add(a.name()));
      MethodSpec.Builder body = MethodSpec.methodBuilder("bodyWithInstance")
          .addAnnotation(OVERRIDE)
          .addParameter(String.class, "instance")
          .returns(ErrorBody.class);
      if (supplies) {
        body.addStatement("return $T.$L.render(detail(), instance, $L, supplied())", errorEnum, error.constantName(),
            bound.stream().anyMatch(boundArguments::contains) ? "new Object[] {" + String.join(", ", bound) + "}" : "null");
      } else if (bound.stream().anyMatch(boundArguments::contains)) {
        body.addComment("The body's members hold arguments too, in placeholder order.")
            .addStatement("return $T.$L.render(detail(), instance, new Object[] {$L})", errorEnum,
                error.constantName(), String.join(", ", bound));
      } else {
        body.addStatement("return $T.$L.render(detail(), instance)", errorEnum, error.constantName());
      }
      type.addMethod(body.build());
    }
    return type.build();
  }

  /** The constructor taking the arguments, then the one taking them and a cause. */
  private static List<MethodSpec> constructors(List<ErrorModel.ArgModel> args, boolean recordsStackTrace) {
    List<String> names = new ArrayList<>();
    MethodSpec.Builder plain = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc(CREATES);
    MethodSpec.Builder withCause = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc(CREATES_WITH_CAUSE);
    if (!args.isEmpty()) {
      plain.addJavadoc("\n");
      withCause.addJavadoc("\n");
    }
    for (ErrorModel.ArgModel arg : args) {
      TypeName argType = TypeName.get(arg.type());
      plain.addJavadoc("@param $L the {@code {$L}} of the detail\n", arg.name(), arg.name());
      withCause.addJavadoc("@param $L the {@code {$L}} of the detail\n", arg.name(), arg.name());
      plain.addParameter(argType, arg.name());
      withCause.addParameter(argType, arg.name());
      names.add(arg.name());
    }
    withCause.addJavadoc(args.isEmpty() ? "\n$L" : "$L", CAUSE_PARAM)
        .addParameter(CAUSE)
        .addStatement("super(cause, $L)", recordsStackTrace);
    names.forEach(n -> withCause.addStatement("this.$L = $L", n, n));
    names.add("null");
    plain.addStatement("this($L)", String.join(", ", names));
    return List.of(plain.build(), withCause.build());
  }

  /**
   * The constructors of an added answer whose status row covers several codes: without a code it answers
   * with the first.
   */
  private static List<MethodSpec> codeConstructors(ErrorModel error, ClassName errorEnum) {
    int first = error.status().code();
    return List.of(
        MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the exception, answering with $L.\n", first)
            .addStatement("this($L, null)", first).build(),
        MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the exception with its cause, which is logged but never sent to the client;\n"
                + "it answers with $L.\n\n$L", first, CAUSE_PARAM)
            .addParameter(CAUSE)
            .addStatement("this($L, cause)", first).build(),
        MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the exception answering with {@code status}, a code its row covers.\n\n"
                + "@param status the code to answer with\n"
                + "@throws IllegalArgumentException if the row does not cover {@code status}\n")
            .addParameter(int.class, "status")
            .addStatement("this(status, null)").build(),
        MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the exception answering with {@code status}, a code its row covers, with its\n"
                + "cause, which is logged but never sent to the client.\n\n"
                + "@param status the code to answer with\n"
                + "@param cause the cause, or {@code null}\n"
                + "@throws IllegalArgumentException if the row does not cover {@code status}\n")
            .addParameter(int.class, "status")
            .addParameter(CAUSE)
            .addStatement("super(cause, $L)", error.recordsStackTrace())
            .beginControlFlow("if (!$T.$L.status().covers(status))", errorEnum, error.constantName())
            .addStatement("throw new $T($S + status)", IllegalArgumentException.class,
                "Not a code of " + error.status().codeCell() + ": ")
            .endControlFlow()
            .addStatement("this.status = status").build());
  }

  /** {@code "Invalid limit: " + limit}; the first operand is a String so that {@code +} concatenates. */
  private static CodeBlock detailExpression(DetailTemplate template) {
    CodeBlock.Builder code = CodeBlock.builder();
    List<DetailTemplate.Part> parts = template.parts();
    for (int i = 0; i < parts.size(); i++) {
      DetailTemplate.Part part = parts.get(i);
      if (i > 0) {
        code.add(" + ");
      }
      if (!part.placeholder()) {
        code.add("$L", GeneratedFiles.literal(part.text()));
      } else if (i == 0) {
        code.add("\"\" + $L", part.text());
      } else {
        code.add("$L", part.text());
      }
    }
    return code.build();
  }

}
