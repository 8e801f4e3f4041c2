package dev.errorcontract.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcontract.processor.diagnostics.Exact.assertNone;
import static dev.errorcontract.processor.diagnostics.Exact.assertOnly;
import static dev.errorcontract.processor.diagnostics.Sources.compile;
import static dev.errorcontract.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: the classes of odd declarations a corpus written by others found, each a precise positioned
 * diagnostic (whole text, line and column) or accepted and working; and the two new warnings, a status
 * whose answer the library adds beside rows of its own, and a {@code suppress} that suppresses nothing.
 */
class Issue25DiagnosticsTest {

  private static final Diagnostic.Kind ERROR = Diagnostic.Kind.ERROR;
  private static final Diagnostic.Kind WARNING = Diagnostic.Kind.WARNING;

  // A message that names the wrong thing.

  @Test
  void aValueBoundTwiceThroughOneRecordUsedTwiceNamesBothPaths() {
    JavaFileObject file = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Shop")
        @Status(code = 400, title = "Bad Request", description = "x")
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @RecordBody(Body.class)
        interface ShopErrors {}
        record Inner(@Bind(CatalogValue.DETAIL) String message) {}
        record Body(Inner first, Inner second) {}
        """);
    assertOnly(compile(file), ERROR, Message.RECORD_VALUE_BOUND_TWICE,
        "DETAIL is bound to both Body.first.message and Body.second.message. Bind each catalog value to one"
            + " component",
        file, "message) {}");
  }

  @Test
  void anUnsupportedJavaTimeTypeIsNotAdvisedAsAJavaTimeValue() {
    JavaFileObject file = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Shop")
        @Status(code = 400, title = "Bad Request", description = "x")
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @ApiError(status = 400, detail = "Bad zone {zone}", description = "d", answers = Condition.STATUS,
            args = @Arg(name = "zone", type = java.time.ZoneId.class))
        @FieldBody("detail")
        interface ShopErrors {}
        """);
    assertOnly(compile(file), ERROR, Message.ARG_TYPE_UNSUPPORTED,
        "The argument \"zone\" has type java.time.ZoneId, whose text is not meaningful to a client (a java.time"
            + " value the decoder cannot read back: not a date, a time or an offset). Use a primitive or its box,"
            + " String, CharSequence, BigInteger, BigDecimal, UUID, URI, a java.time date, time or offset (a"
            + " TemporalAccessor such as Instant or LocalDate), a Duration, a Period, a ZoneOffset or an enum",
        file, ".class))");
  }

  private static final String RECORD_ARGUMENT = """
      package test;
      import dev.errorcontract.catalog.*;
      @ErrorCatalog("Shop")
      @Status(code = 400, title = "Bad Request", description = "x")
      @Status(code = 500, title = "Internal Server Error", description = "x")
      @ApiError(status = 400, detail = "Bad {n}", description = "d", answers = Condition.STATUS,
          args = @Arg(name = "n", type = %s.class))
      @RecordBody(Body.class)
      interface ShopErrors {}
      record Body(@Bind(CatalogValue.DETAIL) String message, @Bind(argument = "n") %s n) {}
      """;

  @Test
  void aPrimitiveRefusedForAnAbsentArgumentIsNotAdvised() {
    JavaFileObject file = source("ShopErrors", RECORD_ARGUMENT.formatted("double", "double"));
    assertOnly(compile(file), ERROR, Message.MEMBER_ARGUMENT_TYPE,
        "Component n of Body holds the template argument \"n\", which error \"Bad {n}\" declares as double"
            + " (string, absent from other answers); a component of type double cannot hold it. Use String or"
            + " Double (a primitive cannot be absent)",
        file, "n) {}");
  }

  @Test
  void theAdvisedBoxHoldsTheArgument() {
    JavaFileObject file = source("ShopErrors", RECORD_ARGUMENT.formatted("double", "Double"));
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void aNarrowerComponentIsRefusedForABigIntegerArgument() {
    JavaFileObject file = source("ShopErrors", RECORD_ARGUMENT.formatted("java.math.BigInteger", "Long"));
    assertOnly(compile(file), ERROR, Message.MEMBER_ARGUMENT_TYPE,
        "Component n of Body holds the template argument \"n\", which error \"Bad {n}\" declares as"
            + " java.math.BigInteger (number, absent from other answers); a component of type java.lang.Long"
            + " cannot hold it. Use BigInteger",
        file, "n) {}");
  }

  // A valid catalog of templates made only of placeholders.

  @Test
  void templatesOfPlaceholdersOnlyAreToldApartByWhatTheirTypesRender() {
    JavaFileObject file = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Shop")
        @Status(code = 400, title = "Bad Request", description = "x")
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @ApiError(status = 400, detail = "{count}", constant = "COUNT", description = "d",
            args = @Arg(name = "count", type = int.class))
        @ApiError(status = 400, detail = "{id}", constant = "ID", description = "d",
            args = @Arg(name = "id", type = java.util.UUID.class))
        @ApiError(status = 400, detail = "{flag}", constant = "FLAG", description = "d",
            args = @Arg(name = "flag", type = boolean.class))
        @FieldBody("detail")
        @SuppressWarnings("error-contract:status-answer-added")
        interface ShopErrors {}
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void templatesOfPlaceholdersOnlyThatCanRenderOneTextAreAmbiguousWithATextTheyCanRender() {
    JavaFileObject file = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Shop")
        @Status(code = 400, title = "Bad Request", description = "x")
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @ApiError(status = 400, detail = "{count}", constant = "COUNT", description = "d", answers = Condition.STATUS,
            args = @Arg(name = "count", type = long.class))
        @ApiError(status = 400, detail = "{day}", constant = "DAY", description = "d",
            args = @Arg(name = "day", type = java.time.DayOfWeek.class))
        @ApiError(status = 400, detail = "{name}", constant = "NAME", description = "d",
            args = @Arg(name = "name", type = String.class))
        @FieldBody("detail")
        interface ShopErrors {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("[error-contract:detail-ambiguous] Status 400: the detail \"{count}\""
        + " and the detail \"{name}\" can both be \"1\" in bodies").inFile(file).onLineContaining("\"{count}\"");
    assertThat(compilation).hadErrorContaining("[error-contract:detail-ambiguous] Status 400: the detail \"{day}\""
        + " and the detail \"{name}\" can both be \"x\" in bodies").inFile(file).onLineContaining("\"{day}\"");
    // A long and an enum constant's name share no text: no error names that pair.
    com.google.common.truth.Truth.assertThat(compilation.errors().stream().map(d -> d.getMessage(java.util.Locale.ROOT))
        .filter(m -> m.contains("\"{count}\" and the detail \"{day}\"") || m.contains("\"{day}\" and the detail \"{count}\""))
        .toList()).isEmpty();
  }

  @Test
  void aDetailOfPlaceholdersOnlyIsAdvisedAConstantFromThem() {
    JavaFileObject file = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Shop")
        @Status(code = 422, title = "Unprocessable Content", description = "x")
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @ApiError(status = 422, detail = "{field}: {reason}", description = "d", answers = Condition.STATUS,
            args = {@Arg(name = "field", type = String.class), @Arg(name = "reason", type = String.class)})
        @FieldBody("detail")
        interface ShopErrors {}
        """);
    assertOnly(compile(file), ERROR, Message.CONSTANT_NAME_INVALID,
        "\"{field}: {reason}\" does not give a Java constant name (derived from the detail). Set constant ="
            + " \"FIELD_REASON\" (UPPER_SNAKE_CASE, starting with a letter)",
        file, "\"{field}: {reason}\"");
  }

  // Declarations accepted silently that are never processed or send nothing.

  @Test
  void aCatalogOnALocalClassIsAnError() {
    JavaFileObject file = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Shop")
        @Status(code = 400, title = "Bad Request", description = "x")
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @FieldBody("detail")
        interface ShopErrors {
          static void declare() {
            @ErrorCatalog("Local")
            @Status(code = 400, title = "Bad Request", description = "x")
            @Status(code = 500, title = "Internal Server Error", description = "x")
            @FieldBody("detail")
            class LocalErrors {}
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertOnly(compilation, ERROR, Message.CATALOG_LOCAL,
        "@ErrorCatalog is on the local class LocalErrors, declared inside method declare() of ShopErrors:"
            + " annotation processors never see local classes, so nothing would be generated for it. Declare it as"
            + " a top-level or member type, such as 'interface LocalErrors {}' in its own file",
        file, "@ErrorCatalog(\"Local\")");
  }

  @Test
  void aTemplateTitleOfAClassOfCodesWithoutItsOwnAnswerIsAnError() {
    JavaFileObject file = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Shop")
        @Status(code = 400, title = "Bad Request", description = "x")
        @Status(range = "4XX", title = "Client error {code}", description = "x")
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @FieldBody("detail")
        interface ShopErrors {}
        """);
    assertOnly(compile(file), ERROR, Message.TITLE_TEMPLATE,
        "The title \"Client error {code}\" of status 4XX has braces, but no row answers the status (answers ="
            + " Condition.STATUS), so the title becomes the detail of the answer the library adds, where braces mark"
            + " template placeholders. Document the status's own row with @ApiError(status = 401, detail = \"...\","
            + " answers = Condition.STATUS)",
        file, "\"Client error {code}\"");
  }

  private static final String BREAKS = """
      package test;
      import dev.errorcontract.catalog.*;
      @ErrorCatalog(value = "Shop"%s)
      @Status(code = 400, title = "Bad Request", description = "x")
      @Status(code = 500, title = "Internal Server Error", description = "x")
      @ApiError(status = 400, detail = "Invalid nonce", description = "d", answers = Condition.STATUS%s)
      @FieldBody("detail")
      interface ShopErrors {}
      """;

  @Test
  void aClientOnlyCatalogWithoutRowsIsAnErrorOnClientOnly() {
    // Was an internal error: the Markdown page took its example from a row that did not exist.
    JavaFileObject file = source("PaymentsErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog(value = "Payments", clientOnly = true)
        @Status(code = 400, title = "Bad Request", description = "x")
        @FieldBody("message")
        interface PaymentsErrors {}
        """);
    assertOnly(compile(file), ERROR, Message.CLIENT_ONLY_EMPTY,
        "The catalog is client-only (clientOnly = true) but declares no @ApiError row, so its decoder could"
            + " read no answer of the API: every answer would be undocumented. Add an @ApiError for each error"
            + " the page documents",
        file, "true");
  }

  @Test
  void breaksOnARowWithoutABaselineWarns() {
    JavaFileObject file = source("ShopErrors", BREAKS.formatted("", ", breaks = \"2.0\""));
    assertOnly(compile(file), WARNING, Message.BREAKS_WITHOUT_BASELINE,
        "@ApiError(breaks = \"2.0\") acknowledges breaking changes found against the previous release, but the"
            + " catalog names no baseline, so nothing is compared and the marker acknowledges nothing. Add"
            + " @ErrorCatalog(baseline = \"src/contract/Shop.catalog.json\") with the released contract, or remove"
            + " it",
        file, "\"2.0\"");
  }

  @Test
  void breaksOnTheCatalogWithoutABaselineWarns() {
    JavaFileObject file = source("ShopErrors", BREAKS.formatted(", breaks = \"3.0\"", ""));
    assertOnly(compile(file), WARNING, Message.BREAKS_WITHOUT_BASELINE,
        "@ErrorCatalog(breaks = \"3.0\") acknowledges breaking changes found against the previous release, but"
            + " the catalog names no baseline, so nothing is compared and the marker acknowledges nothing. Add"
            + " @ErrorCatalog(baseline = \"src/contract/Shop.catalog.json\") with the released contract, or remove"
            + " it",
        file, "\"3.0\"");
  }

  @Test
  void breaksWithoutABaselineIsSilencedOnItsRow() {
    JavaFileObject file = source("ShopErrors",
        BREAKS.formatted("", ", breaks = \"2.0\", suppress = \"error-contract:breaks-without-baseline\""));
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  // Attribute value descriptions.

  @Test
  void oneAttributeValueDescribedTwoWaysIsAnError() {
    JavaFileObject file = source("PaymentsErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog(value = "Payments", attributes = "type")
        @Status(code = 400, title = "Bad Request", description = "x",
            attributes = @Attribute(name = "type", value = "card_error", description = "Card errors."))
        @Status(code = 402, title = "Request Failed", description = "x",
            attributes = @Attribute(name = "type", value = "card_error", description = "Errors of cards."))
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @FieldBody(value = "message", members = @Member(name = "type", attribute = "type"))
        interface PaymentsErrors {}
        """);
    assertOnly(compile(file), ERROR, Message.ATTRIBUTE_DESCRIPTION_DIFFERS,
        "The type value \"card_error\" is described as \"Errors of cards.\" here but as \"Card errors.\" on an"
            + " earlier row; a value means one thing. Give its description once, on any row that has the value, or"
            + " make them the same",
        file, "\"Errors of cards.\"");
  }

  // A status with rows, none answering it.

  private static final String PASSPORT = """
      package test;
      import dev.errorcontract.catalog.*;
      @ErrorCatalog("Passport")
      @Status(code = 400, title = "Bad request", description = "Bad request"%s)
      @Status(code = 500, title = "Internal Server Error", description = "x")
      @ApiError(status = 400, detail = "Invalid nonce", description = "d"%s)
      @ApiError(status = 400, detail = "Invalid limit", description = "d")
      @FieldBody("detail")
      interface PassportErrors {}
      """;

  @Test
  void aStatusWithRowsNoneAnsweringItWarnsNamingTheRows() {
    JavaFileObject file = source("PassportErrors", PASSPORT.formatted("", ""));
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertOnly(compilation, WARNING, Message.STATUS_ANSWER_ADDED,
        "Status 400 has 2 rows (\"Invalid nonce\", \"Invalid limit\"), but none answers it (answers ="
            + " Condition.STATUS), so the library adds an answer of its own, \"Bad request\" (its title), for every"
            + " 400 raised without a row: an error Response, a WebApplicationException, a condition the framework"
            + " answers with the status. If the page's answer is one of the rows, mark it with answers ="
            + " Condition.STATUS, such as on \"Invalid nonce\". If the page documents the title as an answer, keep"
            + " it and add suppress = \"error-contract:status-answer-added\" to this status row",
        file, "@Status(code = 400");
  }

  @Test
  void aStatusWithARowAnsweringItDoesNotWarn() {
    JavaFileObject file = source("PassportErrors", PASSPORT.formatted("", ", answers = Condition.STATUS"));
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void theAddedAnswerIsKeptSilentlyWithSuppressOnTheStatus() {
    JavaFileObject file =
        source("PassportErrors", PASSPORT.formatted(", suppress = \"error-contract:status-answer-added\"", ""));
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  // A suppress that suppresses nothing.

  @Test
  void aSuppressOfAWarningTheRowDoesNotHaveWarns() {
    JavaFileObject file = source("PassportErrors",
        PASSPORT.formatted(", suppress = \"error-contract:status-answer-added\"",
            ", suppress = \"error-contract:nonstandard-title\""));
    assertOnly(compile(file), WARNING, Message.SUPPRESS_UNUSED,
        "suppress = \"error-contract:nonstandard-title\" on this row turns nothing off: the row has no warning"
            + " error-contract:nonstandard-title. Remove it, so that it cannot hide a warning nobody meant",
        file, "\"error-contract:nonstandard-title\"");
  }

  @Test
  void aBareSuppressOnARowWithoutWarningsWarns() {
    JavaFileObject file = source("PassportErrors",
        PASSPORT.formatted(", suppress = \"error-contract\"", ", answers = Condition.STATUS"));
    assertOnly(compile(file), WARNING, Message.SUPPRESS_UNUSED,
        "suppress = \"error-contract\" on this row turns nothing off: the row has no warning of error-contract."
            + " Remove it, so that it cannot hide a warning nobody meant",
        file, "\"error-contract\"");
  }

  @Test
  void anUnusedSuppressIsSilencedOnTheCatalog() {
    JavaFileObject file = source("PassportErrors", PASSPORT.formatted("", ", answers = Condition.STATUS,"
            + " suppress = \"error-contract:nonstandard-title\"")
        .replace("interface PassportErrors", "@SuppressWarnings(\"error-contract:suppress-unused\")\ninterface PassportErrors"));
    Compilation compilation = compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    assertNone(compilation, Message.SUPPRESS_UNUSED);
  }
}
