package dev.errorcontract.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.derive.DetailTemplate;
import dev.errorcontract.processor.derive.ErrorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.type.TypeMirror;

/**
 * The nested exceptions of {@code <Name>Exception}, one per error, written as text exactly as JavaPoet
 * writes the specs {@link ExceptionGenerator} builds for them: a catalog of a thousand errors has a
 * thousand, and building and rendering them through JavaPoet cost the processor more than everything
 * else it does.
 *
 * <p>The type names in them are the only thing JavaPoet decides from the whole file (imported, or
 * qualified where a simple name clashes). So the base class is rendered by JavaPoet with a placeholder
 * nested class naming every type the nested exceptions use, in the same scope as theirs; the names are
 * read back from it, and the placeholder is replaced by the exceptions. Where the outcome could depend
 * on the nested classes themselves (a nested class named like a type the file uses, two types with one
 * simple name, an argument type that is not a plain class or primitive) or where JavaPoet could wrap a
 * line (longer than its 100 columns), the caller lets JavaPoet write the whole file instead.
 */
final class NestedExceptions {

  /** A nested class name no catalog can produce: error class names are made of letters and digits. */
  private static final String PLACEHOLDER = "ErrorContract$Names";
  private static final String SERIAL_JAVADOC = "The serialized form's version.\n";
  private static final String CREATES = "Creates the exception.\n";
  private static final String CREATES_WITH_CAUSE =
      "Creates the exception with its cause, which is logged but never sent to the client.\n";
  private static final String CAUSE_PARAM = "@param cause the cause, or {@code null}\n";

  private final CatalogModel catalog;
  private final ClassName self;
  private final ClassName errorEnum;
  private final Predicate<TypeMirror> isTransient;
  /** Every type the nested exceptions name, in the placeholder's order. */
  private final List<TypeName> types;
  /** How the file names each of {@link #types}, read back from the placeholder. */
  private final Map<TypeName, String> names = new HashMap<>();

  private NestedExceptions(CatalogModel catalog, ClassName self, ClassName errorEnum,
      Predicate<TypeMirror> isTransient, List<TypeName> types) {
    this.catalog = catalog;
    this.self = self;
    this.errorEnum = errorEnum;
    this.isTransient = isTransient;
    this.types = types;
  }

  /** The writer of the catalog's nested exceptions, or {@code null} where JavaPoet must write them. */
  static NestedExceptions of(CatalogModel catalog, ClassName self, ClassName errorEnum,
      Predicate<TypeMirror> isTransient) {
    if (catalog.errors().isEmpty()) {
      return null;
    }
    Set<TypeName> types = new LinkedHashSet<>();
    types.addAll(List.of(self, errorEnum, ClassName.get(ErrorBody.class), ClassName.get(Throwable.class),
        ClassName.get(String.class), ClassName.get(Override.class), ClassName.get(Deprecated.class),
        ClassName.get(IllegalArgumentException.class)));
    for (ErrorModel error : catalog.errors()) {
      for (ErrorModel.ArgModel arg : error.args()) {
        TypeName type = TypeName.get(arg.type());
        if (type.isAnnotated() || !(type.isPrimitive() || type instanceof ClassName)) {
          return null;
        }
        if (!type.isPrimitive()) {
          types.add(type);
        }
      }
    }
    // The other types the base class names: a nested class of the same name would change their names.
    List<ClassName> named = new ArrayList<>();
    types.forEach(t -> named.add((ClassName) t));
    named.addAll(List.of(ClassName.get(CatalogException.class), ClassName.get(catalog.declaringType()),
        ClassName.bestGuess("javax.annotation.processing.Generated"), ClassName.get(SuppressWarnings.class),
        ClassName.get(Object.class)));
    Map<String, ClassName> bySimpleName = new HashMap<>();
    Set<String> simpleNames = new HashSet<>();
    for (ClassName name : named) {
      simpleNames.addAll(name.simpleNames());
      ClassName other = bySimpleName.putIfAbsent(name.simpleName(), name);
      if (other != null && !other.equals(name)) {
        return null;
      }
    }
    for (ErrorModel error : catalog.errors()) {
      if (simpleNames.contains(error.className())) {
        return null;
      }
    }
    return new NestedExceptions(catalog, self, errorEnum, isTransient, List.copyOf(types));
  }

  /** The placeholder: a nested class with a field of each type, for JavaPoet to name them in scope. */
  TypeSpec placeholder() {
    TypeSpec.Builder type = TypeSpec.classBuilder(PLACEHOLDER);
    for (int i = 0; i < types.size(); i++) {
      type.addField(FieldSpec.builder(types.get(i), "f" + i).build());
    }
    return type.build();
  }

  /**
   * {@code file}, JavaPoet's rendering with the {@link #placeholder}, with the nested exceptions in
   * the placeholder's place; {@code null} where one of their lines is too long to be written here.
   */
  String render(String file, Set<String> boundArguments, boolean supplies) {
    String header = "\n  class " + PLACEHOLDER + " {\n";
    int start = file.indexOf(header);
    if (start < 0) {
      return null;
    }
    String[] lines = file.substring(start + header.length()).split("\n", -1);
    int line = 0;
    for (int i = 0; i < types.size(); i++) {
      if (i > 0 && !lines[line++].isEmpty()) {
        return null;
      }
      String field = lines[line++];
      String suffix = " f" + i + ";";
      if (!field.startsWith("    ") || !field.endsWith(suffix)) {
        return null;
      }
      names.put(types.get(i), field.substring(4, field.length() - suffix.length()));
    }
    if (!String.join("\n", List.of(lines).subList(line, lines.length)).equals("  }\n}\n")) {
      return null;
    }
    StringBuilder out = new StringBuilder(file.length() + catalog.errors().size() * 1_200);
    out.append(file, 0, start + 1);
    boolean first = true;
    for (ErrorModel error : catalog.errors()) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      if (!exception(new SourceText(out, 1), error, boundArguments, supplies)) {
        return null;
      }
    }
    return out.append("}\n").toString();
  }

  private String name(TypeName type) {
    return type.isPrimitive() ? type.toString() : names.get(type);
  }

  /** What {@code ExceptionGenerator.exception} builds; false where a line is too long to write here. */
  private boolean exception(SourceText out, ErrorModel error, Set<String> boundArguments, boolean supplies) {
    String base = name(self);
    String errorType = name(errorEnum);
    String override = "@" + name(ClassName.get(Override.class)) + "\n";
    String string = name(ClassName.get(String.class));
    String body = name(ClassName.get(ErrorBody.class));
    String throwable = name(ClassName.get(Throwable.class));
    String className = error.className();

    out.javadoc(Javadocs.errorRuns(error));
    if (error.isDeprecated()) {
      out.emit("@" + name(ClassName.get(Deprecated.class)) + "\n");
    }
    out.emit("public static final class " + className + " extends " + base + " {\n");
    out.indent();
    out.javadoc(List.of(SERIAL_JAVADOC)).emit("private static final long serialVersionUID = 1L;\n");
    List<String> argTypes = new ArrayList<>();
    for (ErrorModel.ArgModel arg : error.args()) {
      String type = name(TypeName.get(arg.type()));
      argTypes.add(type);
      out.emit("\n").javadoc(List.of("The {@code {" + arg.name() + "}} of the detail.\n"))
          .emit((isTransient.test(arg.type()) ? "private final transient " : "private final ") + type + " "
              + arg.name() + ";\n");
    }
    boolean anyCode = error.addedByLibrary() && error.status().codes().size() > 1;
    if (anyCode) {
      out.emit("\n").javadoc(List.of("The code this exception answers with.\n"))
          .emit("private final int status;\n");
      if (!codeConstructors(out, error, className, errorType, throwable)) {
        return false;
      }
    } else if (!constructors(out, error, className, argTypes, throwable)) {
      return false;
    }
    for (int i = 0; i < error.args().size(); i++) {
      String arg = error.args().get(i).name();
      if (!signature(out.emit("\n").javadoc(List.of("The {@code {" + arg + "}} of the detail.\n\n@return the argument\n")),
          "public " + argTypes.get(i) + " " + arg + "()")) {
        return false;
      }
      out.indent();
      out.statement("return " + arg).unindent();
      out.emit("}\n");
    }
    if (anyCode) {
      out.emit("\n").javadoc(List.of("The code this exception answers with, one its row covers.\n"))
          .emit(override).emit("public int status() {\n");
      out.indent();
      out.statement("return status").unindent();
      out.emit("}\n");
    }
    out.emit("\n").emit(override);
    if (!signature(out, "public " + errorType + " error()")) {
      return false;
    }
    out.indent();
    out.statement("return " + errorType + "." + error.constantName()).unindent();
    out.emit("}\n");
    if (error.isTemplate()) {
      out.emit("\n").javadoc(List.of("The detail with this exception's arguments filled in.\n")).emit(override);
      if (!signature(out, "public " + string + " detail()")) {
        return false;
      }
      out.indent();
      out.statement("return " + detailExpression(error.template())).unindent();
      out.emit("}\n");
      out.emit("\n").emit(override);
      if (!signature(out, body + " bodyWithInstance(" + string + " instance)")) {
        return false;
      }
      out.indent();
      List<String> bound = new ArrayList<>();
      error.args().forEach(a -> bound.add(a.name()));
      if (supplies) {
        out.statement("return " + errorType + "." + error.constantName() + ".render(detail(), instance, "
            + (bound.stream().anyMatch(boundArguments::contains) ? "new Object[] {" + String.join(", ", bound) + "}" : "null")
            + ", supplied())");
      } else if (bound.stream().anyMatch(boundArguments::contains)) {
        out.emit("// The body's members hold arguments too, in placeholder order.\n")
            .statement("return " + errorType + "." + error.constantName()
                + ".render(detail(), instance, new Object[] {" + String.join(", ", bound) + "})");
      } else {
        out.statement("return " + errorType + "." + error.constantName() + ".render(detail(), instance)");
      }
      out.unindent();
      out.emit("}\n");
    }
    out.unindent();
    out.emit("}\n");
    return true;
  }

  /** The constructor taking the arguments, then the one taking them and a cause. */
  private static boolean constructors(SourceText out, ErrorModel error, String className, List<String> argTypes,
      String throwable) {
    List<String> plainDoc = new ArrayList<>(List.of(CREATES));
    List<String> causeDoc = new ArrayList<>(List.of(CREATES_WITH_CAUSE));
    List<String> parameters = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (!error.args().isEmpty()) {
      plainDoc.add("\n");
      causeDoc.add("\n");
    }
    for (int i = 0; i < error.args().size(); i++) {
      String arg = error.args().get(i).name();
      String param = "@param " + arg + " the {@code {" + arg + "}} of the detail\n";
      plainDoc.add(param);
      causeDoc.add(param);
      parameters.add(argTypes.get(i) + " " + arg);
      names.add(arg);
    }
    if (error.args().isEmpty()) {
      causeDoc.add("\n");
    }
    causeDoc.add(CAUSE_PARAM);
    out.emit("\n").javadoc(plainDoc);
    if (!signature(out, "public " + className + "(" + String.join(", ", parameters) + ")")) {
      return false;
    }
    List<String> delegated = new ArrayList<>(names);
    delegated.add("null");
    out.indent();
    out.statement("this(" + String.join(", ", delegated) + ")").unindent();
    out.emit("}\n");
    List<String> withCause = new ArrayList<>(parameters);
    withCause.add(throwable + " cause");
    out.emit("\n").javadoc(causeDoc);
    if (!signature(out, "public " + className + "(" + String.join(", ", withCause) + ")")) {
      return false;
    }
    out.indent();
    out.statement("super(cause, " + error.recordsStackTrace() + ")");
    for (String name : names) {
      out.statement("this." + name + " = " + name);
    }
    out.unindent();
    out.emit("}\n");
    return true;
  }

  /** The four constructors of an added answer whose status row covers several codes. */
  private boolean codeConstructors(SourceText out, ErrorModel error, String className, String errorType,
      String throwable) {
    String message = "Not a code of " + error.status().codeCell() + ": ";
    if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
      return false;
    }
    int first = error.status().code();
    out.emit("\n").javadoc(List.of("Creates the exception, answering with " + first + ".\n"));
    if (!signature(out, "public " + className + "()")) {
      return false;
    }
    out.indent();
    out.statement("this(" + first + ", null)").unindent();
    out.emit("}\n");
    out.emit("\n").javadoc(List.of("Creates the exception with its cause, which is logged but never sent to the client;\n"
        + "it answers with " + first + ".\n\n", CAUSE_PARAM));
    if (!signature(out, "public " + className + "(" + throwable + " cause)")) {
      return false;
    }
    out.indent();
    out.statement("this(" + first + ", cause)").unindent();
    out.emit("}\n");
    out.emit("\n").javadoc(List.of("Creates the exception answering with {@code status}, a code its row covers.\n\n"
        + "@param status the code to answer with\n"
        + "@throws IllegalArgumentException if the row does not cover {@code status}\n"));
    if (!signature(out, "public " + className + "(int status)")) {
      return false;
    }
    out.indent();
    out.statement("this(status, null)").unindent();
    out.emit("}\n");
    out.emit("\n").javadoc(List.of("Creates the exception answering with {@code status}, a code its row covers, with its\n"
        + "cause, which is logged but never sent to the client.\n\n"
        + "@param status the code to answer with\n"
        + "@param cause the cause, or {@code null}\n"
        + "@throws IllegalArgumentException if the row does not cover {@code status}\n"));
    if (!signature(out, "public " + className + "(int status, " + throwable + " cause)")) {
      return false;
    }
    out.indent();
    out.statement("super(cause, " + error.recordsStackTrace() + ")");
    out.emit("if (!" + errorType + "." + error.constantName() + ".status().covers(status)) {\n");
    out.indent();
    out.statement("throw new " + name(ClassName.get(IllegalArgumentException.class)) + "("
        + CodeBlock.of("$S", message) + " + status)");
    out.unindent();
    out.emit("}\n");
    out.statement("this.status = status");
    out.unindent();
    out.emit("}\n");
    return true;
  }

  /**
   * {@code signature {}: a method's first line, where JavaPoet can wrap (after the parenthesis and each
   * comma); false if the line is longer than JavaPoet's limit, where it would.
   */
  private static boolean signature(SourceText out, String signature) {
    if (out.column() + signature.length() + 2 > SourceText.COLUMN_LIMIT) {
      return false;
    }
    out.emit(signature + " {\n");
    return true;
  }

  /** As {@code ExceptionGenerator.detailExpression}. */
  private static String detailExpression(DetailTemplate template) {
    StringBuilder code = new StringBuilder();
    List<DetailTemplate.Part> parts = template.parts();
    for (int i = 0; i < parts.size(); i++) {
      DetailTemplate.Part part = parts.get(i);
      if (i > 0) {
        code.append(" + ");
      }
      if (!part.placeholder()) {
        code.append(GeneratedFiles.literal(part.text()));
      } else if (i == 0) {
        code.append("\"\" + ").append(part.text());
      } else {
        code.append(part.text());
      }
    }
    return code.toString();
  }
}
