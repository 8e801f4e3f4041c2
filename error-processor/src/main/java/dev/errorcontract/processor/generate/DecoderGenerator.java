package dev.errorcontract.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.internal.Arguments;
import dev.errorcontract.catalog.internal.RowDecoder;
import dev.errorcontract.processor.derive.ArgumentType;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.derive.ErrorModel;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Generates {@code <Name>Decoder} (issue 15): the client side of the catalog, reading an error answer
 * back into the exception the server threw. Per error it emits only what the processor alone knows, how
 * to make the exception from the texts of its arguments, taking each only from its exact text; the
 * matching is the runtime's {@link RowDecoder}.
 */
final class DecoderGenerator {

  /** Rows per method that lists them: keeps every method far below the JVM's 64 KB of code. */
  private static final int ROWS_PER_METHOD = 200;

  private static final ClassName ARGUMENTS = ClassName.get(Arguments.class);

  private final GeneratedFiles files;

  DecoderGenerator(GeneratedFiles files) {
    this.files = files;
  }

  /** {@code PassportDecoder}. */
  static String decoderName(CatalogModel catalog) {
    return catalog.name() + "Decoder";
  }

  JavaFile generate(CatalogModel catalog) {
    ClassName self = GeneratedFiles.type(catalog, decoderName(catalog));
    ClassName errorEnum = GeneratedFiles.type(catalog, catalog.errorEnumName());
    ClassName exception = GeneratedFiles.type(catalog, catalog.exceptionName());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ErrorDecoder.class)
        .addJavadoc("Reads an error answer of the $L API back into the {@link $T} its server threw: a documented\n"
            + "error body becomes its typed exception, template arguments parsed back; anything else an\n"
            + "{@link dev.errorcontract.catalog.UndocumentedAnswerException}. Declared on {@link $T}.\n",
            catalog.name(), exception, ClassName.get(catalog.declaringType()))
        .addField(FieldSpec.builder(self, "DECODER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The one decoder.\n")
            .initializer("new $T()", self)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Only the one instance.\n")
            .addStatement("super($T.table(), rows())", errorEnum)
            .build())
        .addMethod(MethodSpec.methodBuilder("decoder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addJavadoc("The catalog's decoder.\n\n@return the decoder, shared\n")
            .addStatement("return DECODER")
            .build());
    // A client-only catalog decodes only the rows its page lists, not the answers the library adds.
    List<ErrorModel> errors = catalog.clientOnly()
        ? catalog.errors().stream().filter(e -> !e.addedByLibrary()).toList() : catalog.errors();
    int chunks = Math.max(1, (errors.size() + ROWS_PER_METHOD - 1) / ROWS_PER_METHOD);
    MethodSpec.Builder rows = MethodSpec.methodBuilder("rows")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(RowDecoder[].class)
        .addJavadoc("One decoder per error, in declaration order.\n\n@return the rows\n")
        .addStatement("$T[] rows = new $T[$L]", RowDecoder.class, RowDecoder.class, errors.size());
    for (int chunk = 0; chunk < chunks; chunk++) {
      int from = chunk * ROWS_PER_METHOD;
      int to = Math.min(errors.size(), from + ROWS_PER_METHOD);
      rows.addStatement("rows$L(rows)", chunk);
      MethodSpec.Builder part = MethodSpec.methodBuilder("rows" + chunk)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(RowDecoder[].class, "rows")
          .addJavadoc("The decoders of errors $L to $L.\n\n@param rows where they go\n", from, to - 1);
      for (int i = from; i < to; i++) {
        ErrorModel error = errors.get(i);
        part.addStatement("rows[$L] = $T.of($T.$L, $T.$L.bodies(),$W$L)", i, RowDecoder.class, errorEnum,
            error.constantName(), errorEnum, error.constantName(), maker(error, exception));
      }
      type.addMethod(part.build());
    }
    type.addMethod(rows.addStatement("return rows").build());
    return files.file(catalog, type);
  }

  /** The lambda making the error's exception from the code and the texts of its arguments. */
  private static CodeBlock maker(ErrorModel error, ClassName exception) {
    ClassName nested = exception.nestedClass(error.className());
    if (error.addedByLibrary() && error.status().codes().size() > 1) {
      return CodeBlock.of("(status, texts) -> new $T(status)", nested);
    }
    if (error.args().isEmpty()) {
      return CodeBlock.of("(status, texts) -> new $T()", nested);
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < error.args().size(); i++) {
      if (i > 0) {
        arguments.add(", ");
      }
      arguments.add(parse(error.args().get(i).type(), CodeBlock.of("texts[$L]", i)));
    }
    return CodeBlock.of("(status, texts) -> new $T($L)", nested, arguments.build());
  }

  /**
   * The expression parsing {@code text} into {@code type}, throwing on a text that is not exactly its
   * {@code String.valueOf} (what the detail renders): the decoder then knows the body is not of this row,
   * and needs no second rendering of the detail to know it is. Types whose text cannot be read back never
   * decode.
   */
  private static CodeBlock parse(TypeMirror type, CodeBlock text) {
    ArgumentType kind = ArgumentType.of(type).orElse(null);
    TypeName name = TypeName.get(type);
    if (kind == null) {
      return CodeBlock.of("$T.<$T>unreadable($L)", ARGUMENTS, name.box(), text);
    }
    switch (kind.reading()) {
      case TEXT: return text;
      // A boxed type: the primitive's parser, then boxing as Integer.valueOf does.
      case ARGUMENTS: return CodeBlock.of("$T.$L($L)", ARGUMENTS, kind.method(), text);
      case CONSTRUCTOR: return exact(CodeBlock.of("new $T($L)", name, text), text);
      case FACTORY: return exact(CodeBlock.of("$T.$L($L)", name, kind.method(), text), text);
      default: break;
    }
    if (hasParse((TypeElement) ((DeclaredType) type).asElement())) {
      return exact(CodeBlock.of("$T.parse($L)", name, text), text);
    }
    return CodeBlock.of("$T.<$T>unreadable($L)", ARGUMENTS, name, text);
  }

  /** {@code parsed}, kept only if it renders as {@code text} again: for parsers that take several texts. */
  private static CodeBlock exact(CodeBlock parsed, CodeBlock text) {
    return CodeBlock.of("$T.exact($L, $L)", ARGUMENTS, parsed, text);
  }

  /** Whether the type has a static {@code parse(CharSequence)}, as the {@code java.time} values do. */
  private static boolean hasParse(TypeElement element) {
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && member.getSimpleName().contentEquals("parse")
          && member.getModifiers().contains(Modifier.STATIC) && member.getModifiers().contains(Modifier.PUBLIC)) {
        ExecutableElement method = (ExecutableElement) member;
        if (method.getParameters().size() == 1
            && method.getParameters().get(0).asType().toString().equals("java.lang.CharSequence")) {
          return true;
        }
      }
    }
    return false;
  }
}
