package dev.errorcontract.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcontract.processor.diagnostics.ErroneousRowsTest.shop;
import static dev.errorcontract.processor.diagnostics.Sources.assertOneError;
import static dev.errorcontract.processor.diagnostics.Sources.assertOneWarning;
import static dev.errorcontract.processor.diagnostics.Sources.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The v2 body declarations: members and bindings with one source each (value, constant, attribute,
 * argument), media types, instances, per-row problem types and titles, Jackson's {@code @JsonInclude}.
 */
class ErroneousBodiesTest {

  /** Status rows every test here shares: 400, 404 and 500. */
  private static final String ROWS = """
      @Status(code = 400)
      @Status(code = 404)
      @Status(code = 500)
      """;

  // Members of field and problem bodies.

  @Test
  void erroneousMemberWithoutSource() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @FieldBody(value = "detail", members = @Member(name = "hint"))
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.MEMBER_SOURCE_MISSING, file, "@Member");
    assertThat(compilation).hadErrorContaining("The member \"hint\" takes its value from nowhere.");
  }

  @Test
  void erroneousMemberWithTwoSources() {
    JavaFileObject file = shop("@ErrorCatalog(value = \"Shop\", attributes = \"type\")\n" + ROWS + """
        @ApiError(status = 400, detail = "Missing {param}", description = "d", args = @Arg(name = "param", type = String.class))
        @FieldBody(value = "detail", members = @Member(name = "x", attribute = "type", argument = "param"))
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.MEMBER_SOURCE_CONFLICT, file, "@Member");
    assertThat(compilation).hadErrorContaining("The member \"x\" takes its value from attribute = \"type\" and"
        + " argument = \"param\"; a member has exactly one source.");
  }

  @Test
  void erroneousMemberNamedLikeTheDetailField() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @FieldBody(value = "message", members = @Member(name = "message", constant = "again"))
        """);
    assertOneError(compile(file), Message.MEMBER_NAME_DUPLICATE, file, "\"message\", constant");
  }

  @Test
  void erroneousMemberConstantLongerThanAClassFileConstant() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS
        + "@FieldBody(value = \"detail\", members = @Member(name = \"note\",\n    constant = \"" + "é".repeat(40_000)
        + "\"))\n");
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.TEXT_TOO_LONG, file, "\"éé");
    assertThat(compilation).hadErrorContaining("This constant is 80,002 bytes long once encoded");
  }

  @Test
  void erroneousMemberHoldingAnUndeclaredAttribute() {
    JavaFileObject file = shop("@ErrorCatalog(value = \"Shop\", attributes = \"type\")\n" + ROWS + """
        @FieldBody(value = "detail", members = {@Member(name = "type", attribute = "type"),
            @Member(name = "category", attribute = "category")})
        """);
    assertOneError(compile(file), Message.ATTRIBUTE_UNDECLARED, file, "\"category\")");
  }

  @Test
  void erroneousMemberHoldingAnArgumentNoRowHas() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @ApiError(status = 400, detail = "Missing {param}", description = "d", args = @Arg(name = "param", type = String.class))
        @FieldBody(value = "detail", members = @Member(name = "param", argument = "parameter"))
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.MEMBER_ARGUMENT_UNKNOWN, file, "\"parameter\"");
    assertThat(compilation).hadErrorContaining("rows have \"param\"");
  }

  @Test
  void omitWhenAbsentOnAValueNeverAbsentWarns() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @FieldBody(value = "detail", members = @Member(name = "status", value = CatalogValue.STATUS, omitWhenAbsent = true))
        """);
    Compilation compilation = compile(file);
    assertOneWarning(compilation, Message.OMIT_NEVER_ABSENT, file, "true");
    assertThat(compilation).hadWarningContaining("every answer has a status");
  }

  @Test
  void erroneousVaryingDetail() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @FieldBody(value = "detail", members = @Member(name = "text", value = CatalogValue.DETAIL, varies = true))
        """);
    assertOneError(compile(file), Message.MEMBER_VARIES_UNSUPPORTED, file, "true");
  }

  @Test
  void erroneousVaryingStatus() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @ProblemBody(type = "about:blank", extensions = @Member(name = "code", value = CatalogValue.STATUS, varies = true))
        """);
    assertOneError(compile(file), Message.MEMBER_VARIES_UNSUPPORTED, file, "true");
  }

  @Test
  void omitWhenAbsentWarningIsSuppressible() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @FieldBody(value = "detail", members = @Member(name = "status", value = CatalogValue.STATUS, omitWhenAbsent = true))
        @SuppressWarnings("error-contract:omit-never-absent")
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void erroneousInstanceMemberWithoutASource() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @FieldBody(value = "detail", members = @Member(name = "instance", value = CatalogValue.INSTANCE))
        """);
    assertOneError(compile(file), Message.INSTANCE_WITHOUT_SOURCE, file, ".INSTANCE");
  }

  @Test
  void erroneousProblemTypeMemberInAFieldBody() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @FieldBody(value = "detail", members = @Member(name = "kind", value = CatalogValue.TYPE))
        """);
    assertOneError(compile(file), Message.TYPE_WITHOUT_PROBLEM, file, ".TYPE");
  }

  // Problem details.

  @Test
  void erroneousRowTypeInAFieldBodyCatalog() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @ApiError(status = 400, detail = "Bad.", description = "d", type = "https://example.com/bad")
        @FieldBody("detail")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.ERROR_TYPE_NOT_PROBLEM, file, "\"https://example.com/bad\"");
    assertThat(compilation).hadErrorContaining("this catalog's bodies are @FieldBody objects");
  }

  @Test
  void erroneousRowTypeThatIsNoUri() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @ApiError(status = 400, detail = "Bad.", description = "d", type = "https://example.com/bad type")
        @ProblemBody
        """);
    assertOneError(compile(file), Message.PROBLEM_TYPE_INVALID, file, "\"https://example.com/bad type\"");
  }

  @Test
  void erroneousExtensionNamedTitlePointsToTheRowTitle() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @ProblemBody(extensions = @Member(name = "title", constant = "Problem"))
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.MEMBER_NAME_RESERVED, file, "\"title\"");
    assertThat(compilation).hadErrorContaining("give a row its own title with @ApiError(title = ...)");
  }

  @Test
  void perRowTitlesAndTypesOfProblemDetailsCompile() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n@SuppressWarnings(\"error-contract:status-answer-added\")\n" + ROWS + """
        @ApiError(status = 400, detail = "Out of credit.", description = "d", title = "You do not have enough credit.",
            type = "https://example.com/probs/out-of-credit")
        @ProblemBody(instance = Instance.REQUEST_PATH, mediaType = "application/problem+json; charset=utf-8")
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  // Media types.

  @Test
  void erroneousMediaTypeWithoutParameterValue() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @FieldBody(value = "detail", mediaType = "application/json; charset")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.MEDIA_TYPE_INVALID, file, "\"application/json; charset\"");
    assertThat(compilation).hadErrorContaining("the parameter \"charset\" is not name=value");
  }

  @Test
  void erroneousMediaTypeWithNonAscii() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @FieldBody(value = "detail", mediaType = "application/jsön")
        """);
    assertOneError(compile(file), Message.MEDIA_TYPE_INVALID, file, "\"application/jsön\"");
  }

  @Test
  void erroneousMediaTypeOfAProblemBodyThatIsPlainJson() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @ProblemBody(mediaType = "application/json")
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.MEDIA_TYPE_MISMATCH, file, "\"application/json\"");
    assertThat(compilation).hadErrorContaining("its base type application/json is not application/problem+json");
  }

  @Test
  void erroneousMediaTypeOfAFieldBodyThatIsText() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @FieldBody(value = "detail", mediaType = "text/plain; charset=utf-8")
        """);
    assertOneError(compile(file), Message.MEDIA_TYPE_MISMATCH, file, "\"text/plain; charset=utf-8\"");
  }

  @Test
  void vendorJsonMediaTypeWithParametersIsFine() {
    JavaFileObject file = shop("@ErrorCatalog(\"Shop\")\n" + ROWS + """
        @FieldBody(value = "detail", mediaType = "application/vnd.shop.error+json;version=2; charset=\\"utf-8\\"")
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  // Record bodies.

  private static JavaFileObject recordCatalog(String attributes, String rows, String record) {
    return shop("@ErrorCatalog(value = \"Shop\"" + attributes + ")\n" + ROWS + rows
        + "@RecordBody(ShopErrors.Body.class)\ninterface ShopErrors {\n" + record + "\n}\n");
  }

  @Test
  void erroneousVaryingRecordComponentHoldingTheDetail() {
    JavaFileObject file = recordCatalog("", "", """
          record Body(@Bind(value = CatalogValue.DETAIL, varies = true) String message) {}
        """);
    // A record component's annotation is not on its field, where javac positions it: the component's name.
    assertOneError(compile(file), Message.MEMBER_VARIES_UNSUPPORTED, file, "message) {}");
  }

  @Test
  void aVaryingRecordComponentHoldingAConstantIsFine() {
    JavaFileObject file = recordCatalog("", "", """
          record Body(@Bind(CatalogValue.DETAIL) String message,
              @Bind(constant = "https://example.com/docs", varies = true) String docUrl) {}
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void erroneousBindWithoutSource() {
    JavaFileObject file = recordCatalog("", "", """
          record Body(@Bind(CatalogValue.DETAIL) String message, @Bind String hint) {}
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.MEMBER_SOURCE_MISSING, file, "hint) {}");
    assertThat(compilation).hadErrorContaining("Component hint of Body takes its value from nowhere");
  }

  @Test
  void erroneousBindOfAStringArgumentToAnInt() {
    JavaFileObject file = recordCatalog("", """
        @ApiError(status = 400, detail = "Missing {param}", description = "d", args = @Arg(name = "param", type = String.class))
        """, """
          record Body(@Bind(CatalogValue.DETAIL) String message, @Bind(argument = "param") Integer param) {}
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.MEMBER_ARGUMENT_TYPE, file, "param) {}");
    assertThat(compilation).hadErrorContaining("error \"Missing {param}\" declares as java.lang.String");
  }

  @Test
  void erroneousBindOfASometimesAbsentArgumentToAPrimitive() {
    JavaFileObject file = recordCatalog("", """
        @ApiError(status = 400, detail = "Limit {limit} exceeded", description = "d", args = @Arg(name = "limit", type = int.class))
        """, """
          record Body(@Bind(CatalogValue.DETAIL) String message, @Bind(argument = "limit") int limit) {}
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.MEMBER_ARGUMENT_TYPE, file, "limit) {}");
    assertThat(compilation).hadErrorContaining("a primitive cannot be absent");
  }

  @Test
  void erroneousBindOfAnAttributeToAnInt() {
    JavaFileObject file = recordCatalog(", attributes = \"type\"", "", """
          record Body(@Bind(CatalogValue.DETAIL) String message, @Bind(attribute = "type") int type) {}
        """);
    assertOneError(compile(file), Message.RECORD_COMPONENT_TYPE, file, "type) {}");
  }

  @Test
  void erroneousBindOfAnUndeclaredAttribute() {
    JavaFileObject file = recordCatalog("", "", """
          record Body(@Bind(CatalogValue.DETAIL) String message, @Bind(attribute = "type") String type) {}
        """);
    assertOneError(compile(file), Message.ATTRIBUTE_UNDECLARED, file, "type) {}");
  }

  @Test
  void erroneousJsonIncludeThatDropsEmptyStrings() {
    JavaFileObject file = recordCatalog("", "", """
          @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
          record Body(@Bind(CatalogValue.DETAIL) String message) {}
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.JSON_INCLUDE_UNSUPPORTED, file, ".NON_EMPTY)");
    assertThat(compilation).hadErrorContaining("@JsonInclude(NON_EMPTY) on record Body");
  }

  @Test
  void jsonIncludeNonNullOmitsAbsentMembersAndCompiles() {
    JavaFileObject file = recordCatalog("", """
        @SuppressWarnings("error-contract:status-answer-added")
        @ApiError(status = 400, detail = "Missing {param}", description = "d", args = @Arg(name = "param", type = String.class))
        """, """
          record Body(@Bind(CatalogValue.DETAIL) String message,
              @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
              @Bind(argument = "param") String param, @Bind(CatalogValue.CODE) String code) {}
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void erroneousInstanceComponentWithoutASource() {
    JavaFileObject file = recordCatalog("", "", """
          record Body(@Bind(CatalogValue.DETAIL) String message, @Bind(CatalogValue.INSTANCE) String instance) {}
        """);
    assertOneError(compile(file), Message.INSTANCE_WITHOUT_SOURCE, file, "instance) {}");
  }

  // Page columns.

  private static JavaFileObject withColumns(String attributes, String columns) {
    return shop("@ErrorCatalog(value = \"Shop\"" + attributes + ")\n" + ROWS
        + "@FieldBody(value = \"detail\"" + (attributes.isEmpty() ? "" : ", members = @Member(name = \"type\", attribute = \"type\")")
        + ")\n@PublishedPage(value = \"errors.md\", " + columns);
  }

  @Test
  void erroneousAttributeColumnWithoutAttribute() {
    JavaFileObject file = withColumns(", attributes = \"type\"", """
        errorColumns = {@Column(header = "Detail", value = Column.Cell.DETAIL),
            @Column(header = "Type", value = Column.Cell.ATTRIBUTE)})
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.COLUMN_ATTRIBUTE_MISSING, file, "@Column(header = \"Type\"");
    assertThat(compilation).hadErrorContaining("one of \"type\"");
  }

  @Test
  void erroneousAttributeColumnOfAnUnknownAttribute() {
    JavaFileObject file = withColumns(", attributes = \"type\"", """
        errorColumns = {@Column(header = "Detail", value = Column.Cell.DETAIL),
            @Column(header = "Category", value = Column.Cell.ATTRIBUTE, attribute = "category")})
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.ATTRIBUTE_UNDECLARED, file, "\"category\")");
    assertThat(compilation).hadErrorContaining("The column \"Category\" names the attribute \"category\"");
  }

  @Test
  void erroneousAttributeOnAColumnThatShowsSomethingElse() {
    JavaFileObject file = withColumns(", attributes = \"type\"", """
        errorColumns = {@Column(header = "Detail", value = Column.Cell.DETAIL),
            @Column(header = "Code", value = Column.Cell.CODE, attribute = "type")})
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.COLUMN_ATTRIBUTE_IGNORED, file, "\"type\")})");
    assertThat(compilation).hadErrorContaining("The column \"Code\" shows Cell.CODE, so attribute = \"type\" would"
        + " be ignored.");
  }

  @Test
  void erroneousDetailColumnInTheStatusTable() {
    JavaFileObject file = withColumns("", """
        statusColumns = {@Column(header = "Code", value = Column.Cell.STATUS),
            @Column(header = "Detail", value = Column.Cell.DETAIL)})
        """);
    assertOneError(compile(file), Message.COLUMN_CELL_UNSUPPORTED, file, ".DETAIL)})");
  }

  @Test
  void erroneousErrorTableWithoutKeyColumn() {
    JavaFileObject file = withColumns("", """
        errorColumns = @Column(header = "Description", value = Column.Cell.DESCRIPTION))
        """);
    Compilation compilation = compile(file);
    assertOneError(compilation, Message.COLUMN_KEY_MISSING, file, "@PublishedPage");
    assertThat(compilation).hadErrorContaining("The error table has no Cell.DETAIL or Cell.CODE column");
  }

  @Test
  void erroneousColumnHeaderRepeated() {
    JavaFileObject file = withColumns("", """
        errorColumns = {@Column(header = "Detail", value = Column.Cell.DETAIL),
            @Column(header = "DETAIL", value = Column.Cell.DESCRIPTION)})
        """);
    assertOneError(compile(file), Message.COLUMN_HEADER_INVALID, file, "\"DETAIL\"");
  }
}
