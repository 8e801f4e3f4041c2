package dev.errorcontract.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errorcontract.processor.diagnostics.ErroneousRowsTest.shop;
import static dev.errorcontract.processor.diagnostics.Sources.assertOneError;
import static dev.errorcontract.processor.diagnostics.Sources.compile;
import static dev.errorcontract.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The classes of odd and wrong declarations an independent corpus found the processor mishandling: each
 * is a positioned error before anything is generated, or compiles clean, never a crash or generated
 * code that does not compile.
 */
class ErroneousRobustnessTest {

  private static final String ROWS = """
      @Status(code = 400)
      @Status(code = 500)
      """;

  // Names the generated code uses.

  @Test
  void erroneousArgumentNamedString() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @ApiError(status = 400, detail = "Bad {String}", description = "d", args = @Arg(name = "String", type = String.class))
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.ARG_NAME_SHADOWS, file, "\"String\", type");
    assertThat(compilation).hadErrorContaining("such as java.lang.String");
  }

  @Test
  void erroneousArgumentNamedLikeAGeneratedType() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @ApiError(status = 400, detail = "Bad {ShopError}", description = "d", args = @Arg(name = "ShopError", type = int.class))
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.ARG_NAME_SHADOWS, file, "\"ShopError\", type");
    assertThat(compilation).hadErrorContaining("such as {shopError}");
  }

  @Test
  void erroneousArgumentOfATypePrivateToAnEnclosingClass() {
    // javac accepts Kind here, inside Outer; the generated code, beside Outer, could not name it.
    JavaFileObject file = source("Outer", """
        package test;
        import dev.errorcontract.catalog.*;
        class Outer {
          private enum Kind { A, B }
          @ErrorCatalog("Shop")
          @Status(code = 400)
          @Status(code = 500)
          @ApiError(status = 400, detail = "Bad {kind}", description = "d", args = @Arg(name = "kind", type = Kind.class))
          @FieldBody("detail")
          @SuppressWarnings("error-contract:status-answer-added")
          interface ShopErrors {}
        }
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.ARG_TYPE_INACCESSIBLE, file, ".class))");
    assertThat(compilation).hadErrorContaining("The argument \"kind\" has type test.Outer.Kind, which the generated"
        + " code in package test cannot use: it is private.");
  }

  // Catalog names.

  @Test
  void erroneousCatalogNameWithNonAsciiLetters() {
    JavaFileObject file = shop("@ErrorCatalog(\"Pässport\")\n" + ROWS + "@FieldBody(\"detail\")\n");
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.CATALOG_NAME_INVALID, file, "\"Pässport\"");
    assertThat(compilation).hadErrorContaining("such as \"Passport\"");
  }

  @Test
  void erroneousCatalogNameWithAnInvisibleCharacter() {
    // U+200B is ignorable in a Java identifier, so javac would accept it; file systems would not agree.
    JavaFileObject file = shop("@ErrorCatalog(\"Pass\\u200Bport\")\n" + ROWS + "@FieldBody(\"detail\")\n");
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.CATALOG_NAME_INVALID, file, "\"Pass");
    assertThat(compilation).hadErrorContaining("\"Pass\\u200Bport\"");
  }

  @Test
  void erroneousHandWrittenTypeThatLooksGenerated() {
    JavaFileObject catalog = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + "@FieldBody(\"detail\")\n");
    JavaFileObject lookAlike = source("ShopException", """
        package test;
        import dev.errorcontract.catalog.*;
        abstract class ShopException extends CatalogException {
          ShopException() {
            super(null, false);
          }
        }
        """);
    Compilation compilation = compile(catalog, lookAlike);
    assertOneError(compilation, Message.TYPE_NAME_COLLISION, catalog, "\"Shop\"");
    // The message names the type once, and says where it comes from.
    assertThat(compilation).hadErrorContaining("The catalog generates the type test.ShopException, but the package"
        + " already has a type of that name (a class in the sources).");
  }

  @Test
  void catalogsOfOneNameInDifferentPackagesBothWork() {
    JavaFileObject first = JavaFileObjects.forSourceString("a.ShopErrors",
        "package a;\nimport dev.errorcontract.catalog.*;\n@ErrorCatalog(\"Shop\")\n" + ROWS
            + "@FieldBody(\"detail\")\ninterface ShopErrors {}\n");
    JavaFileObject second = JavaFileObjects.forSourceString("b.ShopErrors",
        "package b;\nimport dev.errorcontract.catalog.*;\n@ErrorCatalog(\"Shop\")\n" + ROWS
            + "@ProblemBody\ninterface ShopErrors {}\n");
    Compilation compilation = compile(first, second);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("a.ShopError");
    assertThat(compilation).generatedSourceFile("b.ShopError");
    // Each catalog's documentation under its package: neither overwrites the other.
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/a/Shop.md"))
        .isPresent();
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/b/Shop.md"))
        .isPresent();
  }

  // Texts that break Javadoc, and texts too long for a class file.

  @Test
  void textsThatBreakJavadocCompileCleanUnderLintAndDoclint() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n@SuppressWarnings(\"error-contract:status-answer-added\")\n" + """
        @Status(code = 400, description = "Ends a comment */ and opens {@code one} @param x <b>bold</b> & more")
        @Status(code = 500, title = "Server Error */ @deprecated", suppress = "error-contract:nonstandard-title")
        @ApiError(status = 400, detail = "Comment */ here @see <p> & </p> \\\\u0041 */", code = "a*/b@c{@code}",
            description = "Says */ and @return and {@inheritDoc} and {@link x} and a lone } brace")
        @ApiError(status = 400, detail = "Value {v} */ @throws", description = "{@literal}",
            args = @Arg(name = "v", type = String.class))
        @FieldBody("detail")
        """);
    Compilation compilation = javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions("-Xlint:all", "-Werror", "-Xdoclint:all/protected")
        .compile(file);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void erroneousDetailLongerThanAClassFileConstant() {
    String detail = "x".repeat(70_000);
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS
        + "@ApiError(status = 400, description = \"d\",\n    detail = \"" + detail + "\")\n@FieldBody(\"detail\")\n");
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.TEXT_TOO_LONG, file, "\"xxxx");
    assertThat(compilation).hadErrorContaining("This detail is 70,002 bytes long once encoded");
  }

  @Test
  void erroneousDescriptionLongOnlyOnceEncoded() {
    // 12,000 control characters: 12,000 UTF-16 units, but 72,000 bytes once escaped in a JSON body.
    String description = "\\u0001".repeat(12_000);
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS
        + "@ApiError(status = 400, detail = \"Odd\",\n    description = \"" + description + "\")\n"
        + "@FieldBody(\"detail\")\n");
    assertOneError(compile(file), Message.TEXT_TOO_LONG, file, "\"\\u0001");
  }

  // A valid catalog of every feature compiles clean for a strict user: every warning on, warnings are
  // errors, and doclint checks every public and protected type, the generated ones included. (Without Jackson's annotations:
  // javac's -Xlint:processing names any annotation no processor claims, and Jackson's are not ours to claim.)

  @Test
  void everyFeatureCompilesCleanUnderLintWerrorAndDoclint() {
    JavaFileObject file = source("StoreErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        /** The store's published errors. */
        @ErrorCatalog(value = "Store", attributes = {"type", "doc_url"})
        @Status(code = 200, title = "OK")
        @Status(code = 400, description = "Invalid request.",
            attributes = @Attribute(name = "type", value = "invalid_request_error"))
        @Status(code = 401, headers = @Header(name = "WWW-Authenticate", value = "Bearer realm=\\"store\\""))
        @Status(code = 404)
        @Status(range = "4XX", title = "Client Errors")
        @Status(code = {500, 502, 503, 504}, title = "Server Errors",
            attributes = @Attribute(name = "type", value = "api_error"))
        @Status(range = "5XX", title = "Other Server Errors")
        @ApiError(status = 400, detail = "Missing parameter: {param}", code = "parameter_missing",
            description = "A required parameter is missing.", args = @Arg(name = "param", type = String.class))
        @ApiError(status = 400, detail = "Limit {limit} is too high", code = "limit",
            description = "The limit is at most 100.", args = @Arg(name = "limit", type = Integer.class))
        @ApiError(status = 402, detail = "Your card was declined.", code = "card_declined", description = "Declined.",
            attributes = {@Attribute(name = "type", value = "card_error"),
                @Attribute(name = "doc_url", value = "https://example.com/card-declined")})
        @ApiError(status = 404, detail = "No such route.", description = "Nothing here.", answers = Condition.UNKNOWN_PATH)
        @ApiError(status = 503, detail = "Try again later.", description = "Overloaded.", stackTrace = StackTraces.NEVER)
        @RecordBody(value = StoreErrors.Body.class, instance = Instance.REQUEST_PATH,
            mediaType = "application/json; charset=utf-8")
        @SuppressWarnings("error-contract:status-answer-added")
        interface StoreErrors {
          /**
           * The body.
           * @param error the error
           */
          record Body(Error error) {}
          /**
           * The error object.
           * @param type the type
           * @param code the code
           * @param message the message
           * @param param the parameter
           * @param limit the limit
           * @param docUrl the link
           * @param status the status
           * @param instance the instance
           */
          record Error(@Bind(attribute = "type") String type, @Bind(CatalogValue.CODE) String code,
              @Bind(CatalogValue.DETAIL) String message, @Bind(argument = "param") String param,
              @Bind(argument = "limit") Integer limit, @Bind(attribute = "doc_url") String docUrl,
              @Bind(CatalogValue.STATUS) int status, @Bind(CatalogValue.INSTANCE) String instance) {}
        }
        """);
    Compilation compilation = javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions("-Xlint:all", "-Werror", "-Xdoclint:all/protected")
        .compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).count())
        .isEqualTo(0L);
  }
}
