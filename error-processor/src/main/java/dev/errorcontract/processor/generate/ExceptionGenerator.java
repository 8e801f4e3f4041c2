package dev.errorcontract.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.processor.model.BodyModel;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.model.DetailTemplate;
import dev.errorcontract.processor.model.ErrorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Generates {@code <Name>Exception}: a sealed base with one nested final exception per error, so code
 * can only throw what the catalog documents.
 */
final class ExceptionGenerator {

  // Specs are immutable: the parts every nested exception has are built once.
  private static final FieldSpec SERIAL_VERSION_UID =
      FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("1L")
          .build();
  private static final AnnotationSpec OVERRIDE = AnnotationSpec.builder(Override.class).build();
  private static final ParameterSpec CAUSE = ParameterSpec.builder(Throwable.class, "cause").build();
  private static final CodeBlock CREATES = CodeBlock.of("Creates the exception.\n");
  private static final CodeBlock CREATES_WITH_CAUSE =
      CodeBlock.of("Creates the exception with its cause, which is logged but never sent to the client.\n");

  private final GeneratedFiles files;
  private final Types types;
  private final TypeMirror serializable;
  /** The two constructors of an error without arguments, by whether it records its stack trace. */
  private final Map<Boolean, List<MethodSpec>> constructorsWithoutArgs = new HashMap<>();

  ExceptionGenerator(GeneratedFiles files, Elements elements, Types types) {
    this.files = files;
    this.types = types;
    this.serializable = elements.getTypeElement("java.io.Serializable").asType();
  }

  JavaFile generate(CatalogModel catalog) {
    ClassName self = GeneratedFiles.type(catalog, catalog.exceptionName());
    ClassName errorEnum = GeneratedFiles.type(catalog, catalog.errorEnumName());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.SEALED)
        .superclass(CatalogException.class)
        .addJavadoc("The exceptions of the $L catalog, declared on {@link $T}: each nested class is one\n"
            + "documented error, and no other can exist.\n", catalog.name(), ClassName.get(catalog.declaringType()))
        .addField(SERIAL_VERSION_UID)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
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
        .addMethod(body(catalog, errorEnum));
    for (ErrorModel error : catalog.errors()) {
      ClassName nested = self.nestedClass(error.className());
      type.addPermittedSubclass(nested);
      type.addType(exception(catalog, error, self, errorEnum));
    }
    return files.file(catalog, type);
  }

  private static MethodSpec body(CatalogModel catalog, ClassName errorEnum) {
    boolean hasInstance = catalog.body() instanceof BodyModel.Problem problem && problem.instance();
    MethodSpec.Builder method = MethodSpec.methodBuilder("body")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .returns(ErrorBody.class)
        .addJavadoc("The encoded body: shared by every exception of a constant detail, encoded per exception\n"
            + "for a template.\n")
        .addStatement("$T error = error()", errorEnum)
        .addStatement("$T body = error.body()", ErrorBody.class);
    if (hasInstance) {
      return method.addStatement("String instance = instance()")
          .addStatement("return body != null && instance == null ? body : error.template.render(detail(), instance)")
          .build();
    }
    return method.addStatement("return body != null ? body : error.template.render(detail())").build();
  }

  private TypeSpec exception(CatalogModel catalog, ErrorModel error, ClassName base, ClassName errorEnum) {
    TypeSpec.Builder type = TypeSpec.classBuilder(error.className())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(base)
        .addJavadoc(Javadocs.error(error, catalog.status(error.status())))
        .addField(SERIAL_VERSION_UID);
    for (ErrorModel.ArgModel arg : error.args()) {
      TypeName argType = TypeName.get(arg.type());
      boolean isTransient = !arg.type().getKind().isPrimitive() && !types.isAssignable(arg.type(), serializable);
      FieldSpec.Builder field = FieldSpec.builder(argType, arg.name(), Modifier.PRIVATE, Modifier.FINAL);
      if (isTransient) {
        field.addModifiers(Modifier.TRANSIENT);
      }
      type.addField(field.build());
      type.addMethod(MethodSpec.methodBuilder(arg.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(argType)
          .addJavadoc("The {@code {$L}} of the detail.\n", arg.name())
          .addStatement("return $L", arg.name())
          .build());
    }
    // Most errors have no arguments, and their constructors do not name their class: built once each.
    List<MethodSpec> constructors = error.args().isEmpty()
        ? constructorsWithoutArgs.computeIfAbsent(error.recordsStackTrace(), r -> constructors(List.of(), r))
        : constructors(error.args(), error.recordsStackTrace());
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
    for (ErrorModel.ArgModel arg : args) {
      TypeName argType = TypeName.get(arg.type());
      plain.addParameter(argType, arg.name());
      withCause.addParameter(argType, arg.name());
      names.add(arg.name());
    }
    withCause.addParameter(CAUSE)
        .addStatement("super(cause, $L)", recordsStackTrace);
    names.forEach(n -> withCause.addStatement("this.$L = $L", n, n));
    names.add("null");
    plain.addStatement("this($L)", String.join(", ", names));
    return List.of(plain.build(), withCause.build());
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
        code.add("$T.valueOf($L)", String.class, part.text());
      } else {
        code.add("$L", part.text());
      }
    }
    return code.build();
  }

}
