package dev.errorcontract.processor.diagnostics;

import static dev.errorcontract.processor.diagnostics.Exact.assertOnly;
import static dev.errorcontract.processor.diagnostics.Sources.compile;
import static dev.errorcontract.processor.diagnostics.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: bad declarations of list members and of values the throwing code supplies, each one
 * precise error (whole text, line and column), in field bodies, problem bodies and record bodies.
 */
class ErroneousListsTest {

  private static final Diagnostic.Kind ERROR = Diagnostic.Kind.ERROR;

  private static final String FIELD = """
      package test;
      import dev.errorcontract.catalog.*;
      @ErrorCatalog("Shop")
      @Status(code = 400, title = "Bad Request", description = "x")
      @Status(code = 500, title = "Internal Server Error", description = "x")
      @ApiError(status = 400, detail = "Missing {field}", description = "d", answers = Condition.STATUS,
          args = @Arg(name = "field", type = String.class))
      @FieldBody(value = "message", members = {
          %s})
      interface ShopErrors {}
      """;

  private static final String PROBLEM = """
      package test;
      import dev.errorcontract.catalog.*;
      @ErrorCatalog("Shop")
      @Status(code = 400, title = "Bad Request", description = "x")
      @Status(code = 500, title = "Internal Server Error", description = "x")
      @ApiError(status = 400, detail = "Missing {field}", description = "d", answers = Condition.STATUS,
          args = @Arg(name = "field", type = String.class))
      @ProblemBody(extensions = {
          %s})
      interface ShopErrors {}
      """;

  private static final String LIST = "@Member(name = \"invalid-params\", value = CatalogValue.VIOLATIONS, items = {"
      + "@Item(name = \"name\", value = Item.Value.PATH), @Item(name = \"reason\", value = Item.Value.MESSAGE)})";

  private static void assertError(String template, String members, Message message, String text, String marker) {
    JavaFileObject file = source("ShopErrors", template.formatted(members));
    assertOnly(compile(file), ERROR, message, text, file, marker);
  }

  // ------------------------------------------------------------------ a list without items, items without a list

  private static final String ITEMS_MISSING = "The member \"invalid-params\" holds the request's violations, a list,"
      + " but declares no item members. Give them, such as items = {@Item(name = \"name\", value = Item.Value.PATH),"
      + " @Item(name = \"reason\", value = Item.Value.MESSAGE)}";

  @Test
  void aListWithoutItemsInAFieldBody() {
    assertError(FIELD, "@Member(name = \"invalid-params\", value = CatalogValue.VIOLATIONS)",
        Message.LIST_ITEMS_MISSING, ITEMS_MISSING, ".VIOLATIONS)");
  }

  @Test
  void aListWithoutItemsInAProblemBody() {
    assertError(PROBLEM, "@Member(name = \"invalid-params\", value = CatalogValue.VIOLATIONS, omitWhenAbsent = true)",
        Message.LIST_ITEMS_MISSING, ITEMS_MISSING, ".VIOLATIONS,");
  }

  @Test
  void itemsOnASuppliedString() {
    assertError(FIELD, "@Member(name = \"param\", value = CatalogValue.SUPPLIED, items = @Item(name = \"name\","
            + " value = Item.Value.PATH))", Message.ITEMS_WITHOUT_LIST,
        "The member \"param\" declares item members, but it holds CatalogValue.SUPPLIED, which is not a list, so the"
            + " items would never be written. Make it a list with value = CatalogValue.VIOLATIONS, or remove items",
        "@Item(");
  }

  @Test
  void itemsOnAnAttributeMember() {
    JavaFileObject file = source("ShopErrors", FIELD.replace("@ErrorCatalog(\"Shop\")",
            "@ErrorCatalog(value = \"Shop\", attributes = \"type\")")
        .formatted("@Member(name = \"type\", attribute = \"type\", items = @Item(name = \"name\", value = Item.Value.PATH))"));
    assertOnly(compile(file), ERROR, Message.ITEMS_WITHOUT_LIST,
        "The member \"type\" declares item members, but it holds the attribute \"type\", which is not a list, so the"
            + " items would never be written. Make it a list with value = CatalogValue.VIOLATIONS, or remove items",
        file, "@Item(");
  }

  @Test
  void itemsOnACodeMemberOfAProblemBody() {
    assertError(PROBLEM, "@Member(name = \"code\", value = CatalogValue.CODE, items = @Item(name = \"name\","
            + " value = Item.Value.PATH))", Message.ITEMS_WITHOUT_LIST,
        "The member \"code\" declares item members, but it holds CatalogValue.CODE, which is not a list, so the"
            + " items would never be written. Make it a list with value = CatalogValue.VIOLATIONS, or remove items",
        "@Item(");
  }

  @Test
  void itemsOnAConstantMember() {
    assertError(FIELD, "@Member(name = \"doc\", constant = \"x\", items = @Item(name = \"name\","
            + " value = Item.Value.PATH))", Message.ITEMS_WITHOUT_LIST,
        "The member \"doc\" declares item members, but it holds a constant, which is not a list, so the"
            + " items would never be written. Make it a list with value = CatalogValue.VIOLATIONS, or remove items",
        "@Item(");
  }

  // ------------------------------------------------------------------ items

  @Test
  void aBlankItemName() {
    assertError(FIELD, "@Member(name = \"errors\", value = CatalogValue.VIOLATIONS, items = {"
            + "@Item(name = \" \", value = Item.Value.PATH), @Item(name = \"message\", value = Item.Value.MESSAGE)})",
        Message.LIST_ITEM_NAME_BLANK,
        "An item member of the list \"errors\" has a blank name. Name it as the page's items do, such as \"name\" or"
            + " \"field\"", "\" \", value");
  }

  @Test
  void anItemNamedTwice() {
    assertError(PROBLEM, "@Member(name = \"errors\", value = CatalogValue.VIOLATIONS, items = {"
            + "@Item(name = \"field\", value = Item.Value.PATH), @Item(name = \"field\", value = Item.Value.MESSAGE)})",
        Message.LIST_ITEM_DUPLICATE,
        "The items of the list \"errors\" name the member \"field\" twice; each item is a JSON object, whose member"
            + " names are unique. Rename or remove one", "\"field\", value = Item.Value.MESSAGE");
  }

  @Test
  void itemsWithoutThePath() {
    assertError(FIELD, "@Member(name = \"errors\", value = CatalogValue.VIOLATIONS, items = "
            + "@Item(name = \"message\", value = Item.Value.MESSAGE))",
        Message.LIST_ITEM_PART_MISSING,
        "The items of the list \"errors\" hold no path of the violation, so a client cannot tell which value failed,"
            + " and a decoder cannot read the violations back. Add @Item(name = \"name\", value = Item.Value.PATH)",
        "@Member(name = \"errors\"");
  }

  @Test
  void itemsWithoutTheMessage() {
    assertError(PROBLEM, "@Member(name = \"invalid-params\", value = CatalogValue.VIOLATIONS, items = "
            + "@Item(name = \"name\", value = Item.Value.PATH))",
        Message.LIST_ITEM_PART_MISSING,
        "The items of the list \"invalid-params\" hold no message of the violation, so a client cannot tell why it"
            + " failed, and a decoder cannot read the violations back. Add @Item(name = \"reason\","
            + " value = Item.Value.MESSAGE)",
        "@Member(name = \"invalid-params\"");
  }

  @Test
  void thePathHeldTwice() {
    assertError(FIELD, "@Member(name = \"errors\", value = CatalogValue.VIOLATIONS, items = {"
            + "@Item(name = \"field\", value = Item.Value.PATH), @Item(name = \"resource\", value = Item.Value.PATH),"
            + " @Item(name = \"message\", value = Item.Value.MESSAGE)})",
        Message.LIST_ITEM_PART_TWICE,
        "The items of the list \"errors\" hold the violation's path twice, in \"field\" and \"resource\". Keep one of"
            + " them", ".PATH), @Item(name = \"message\"");
  }

  @Test
  void theMessageHeldTwice() {
    assertError(PROBLEM, "@Member(name = \"errors\", value = CatalogValue.VIOLATIONS, items = {"
            + "@Item(name = \"field\", value = Item.Value.PATH), @Item(name = \"message\", value = Item.Value.MESSAGE),"
            + " @Item(name = \"code\", value = Item.Value.MESSAGE)})",
        Message.LIST_ITEM_PART_TWICE,
        "The items of the list \"errors\" hold the violation's message twice, in \"message\" and \"code\". Keep one"
            + " of them", ".MESSAGE)})");
  }

  @Test
  void twoListsOfViolations() {
    assertError(FIELD, LIST + ",\n    " + LIST.replace("invalid-params", "errors"),
        Message.VIOLATIONS_MEMBER_TWICE,
        "The members \"invalid-params\" and \"errors\" both hold the request's violations; a body lists them once."
            + " Keep one", ".VIOLATIONS, items = {@Item(name = \"name\", value = Item.Value.PATH),"
            + " @Item(name = \"reason\", value = Item.Value.MESSAGE)})})");
  }

  // ------------------------------------------------------------------ names of supplied members

  @Test
  void aSuppliedMemberWhoseNameHasNoLetters() {
    assertError(FIELD, "@Member(name = \"--\", value = CatalogValue.SUPPLIED)", Message.SUPPLIED_NAME_UNUSABLE,
        "The member \"--\" is supplied by the throwing code through the generated with-method and accessor named"
            + " after it, but its name makes no Java name (it has no letters or digits). Name the member with"
            + " letters first, such as \"param\" or \"request_id\"", "\"--\"");
  }

  @Test
  void aSuppliedMemberWhoseNameStartsWithADigit() {
    assertError(PROBLEM, "@Member(name = \"2fa\", value = CatalogValue.SUPPLIED)", Message.SUPPLIED_NAME_UNUSABLE,
        "The member \"2fa\" is supplied by the throwing code through the generated with-method and accessor named"
            + " after it, but its name makes no Java name (\"2fa\" is not a Java name). Name the member with"
            + " letters first, such as \"param\" or \"request_id\"", "\"2fa\"");
  }

  @Test
  void aSuppliedMemberNamedAJavaKeyword() {
    assertError(FIELD, "@Member(name = \"class\", value = CatalogValue.SUPPLIED)", Message.SUPPLIED_NAME_UNUSABLE,
        "The member \"class\" is supplied by the throwing code through the generated with-method and accessor named"
            + " after it, but its name makes no Java name (\"class\" is not a Java name). Name the member with"
            + " letters first, such as \"param\" or \"request_id\"", "\"class\"");
  }

  @Test
  void aSuppliedMemberNamedInstance() {
    assertError(FIELD, "@Member(name = \"instance\", value = CatalogValue.SUPPLIED)", Message.SUPPLIED_NAME_RESERVED,
        "The member \"instance\" is supplied by the throwing code through the accessor instance() and"
            + " withInstance(...), but every catalog exception has instance() already. Rename the member, such as"
            + " \"instance_value\", or make it hold that value itself (such as value = CatalogValue.INSTANCE)",
        "\"instance\"");
  }

  @Test
  void aSuppliedMemberNamedStatus() {
    assertError(FIELD, "@Member(name = \"status\", value = CatalogValue.SUPPLIED)", Message.SUPPLIED_NAME_RESERVED,
        "The member \"status\" is supplied by the throwing code through the accessor status() and"
            + " withStatus(...), but every catalog exception has status() already. Rename the member, such as"
            + " \"status_value\", or make it hold that value itself (such as value = CatalogValue.INSTANCE)",
        "\"status\"");
  }

  @Test
  void aListNamedHeaders() {
    assertError(PROBLEM, LIST.replace("invalid-params", "headers"), Message.SUPPLIED_NAME_RESERVED,
        "The member \"headers\" is supplied by the throwing code through the accessor headers() and"
            + " withHeaders(...), but every catalog exception has headers() already. Rename the member, such as"
            + " \"headers_value\", or make it hold that value itself (such as value = CatalogValue.INSTANCE)",
        "\"headers\"");
  }

  @Test
  void twoSuppliedMembersMakingOneAccessor() {
    assertError(FIELD, "@Member(name = \"request_id\", value = CatalogValue.SUPPLIED),\n"
            + "    @Member(name = \"request-id\", value = CatalogValue.SUPPLIED)", Message.SUPPLIED_KEY_DUPLICATE,
        "The supplied members \"request_id\" and \"request-id\" both make the exception's accessor requestId()."
            + " Rename one of them", "\"request-id\"");
  }

  @Test
  void aListAndAStringMakingOneAccessor() {
    assertError(PROBLEM, "@Member(name = \"errors\", value = CatalogValue.SUPPLIED),\n    "
            + LIST.replace("invalid-params", "Errors"), Message.SUPPLIED_KEY_DUPLICATE,
        "The supplied members \"errors\" and \"Errors\" both make the exception's accessor errors()."
            + " Rename one of them", "\"Errors\"");
  }

  @Test
  void aSuppliedMemberNamedAsATemplateArgument() {
    assertError(FIELD, "@Member(name = \"field\", value = CatalogValue.SUPPLIED)", Message.SUPPLIED_IS_ARGUMENT,
        "The member \"field\" is supplied by the throwing code, but the row \"Missing {field}\" has the template"
            + " argument \"field\" of the same name: the exception would take the value twice, once in its"
            + " constructor and once in withField(...). Bind the member to the argument (argument = \"field\"), or"
            + " rename the member", "\"field\", value = CatalogValue.SUPPLIED");
  }

  @Test
  void aListNamedAsATemplateArgument() {
    assertError(PROBLEM, LIST.replace("invalid-params", "field"), Message.SUPPLIED_IS_ARGUMENT,
        "The member \"field\" is supplied by the throwing code, but the row \"Missing {field}\" has the template"
            + " argument \"field\" of the same name: the exception would take the value twice, once in its"
            + " constructor and once in withField(...). Bind the member to the argument (argument = \"field\"), or"
            + " rename the member", "\"field\", value = CatalogValue.VIOLATIONS");
  }

  // ------------------------------------------------------------------ sources and variation

  @Test
  void aSuppliedMemberThatAlsoNamesAnArgument() {
    assertError(FIELD, "@Member(name = \"param\", value = CatalogValue.SUPPLIED, argument = \"field\")",
        Message.MEMBER_SOURCE_CONFLICT,
        "The member \"param\" takes its value from value = CatalogValue.SUPPLIED and argument = \"field\"; a member"
            + " has exactly one source. Keep one of them", "@Member(name = \"param\"");
  }

  @Test
  void aSuppliedMemberDeclaredToVary() {
    assertError(FIELD, "@Member(name = \"param\", value = CatalogValue.SUPPLIED, varies = true)",
        Message.MEMBER_VARIES_UNSUPPORTED,
        "The member \"param\" holds a value the throwing code supplies, which a decoder reads from each answer as it"
            + " is, so it cannot be declared to vary. Remove varies, or declare it on a member holding a constant, an"
            + " attribute, the code, the title, the type or the description", "true)");
  }

  @Test
  void aListDeclaredToVary() {
    assertError(PROBLEM, LIST.replace("VIOLATIONS,", "VIOLATIONS, varies = true,"),
        Message.MEMBER_VARIES_UNSUPPORTED,
        "The member \"invalid-params\" holds the request's violations, which a decoder reads from each answer as it"
            + " is, so it cannot be declared to vary. Remove varies, or declare it on a member holding a constant, an"
            + " attribute, the code, the title, the type or the description", "true,");
  }

  // ------------------------------------------------------------------ places that cannot hold one

  private static final String RECORD = """
      package test;
      import dev.errorcontract.catalog.*;
      @ErrorCatalog("Shop")
      @Status(code = 400, title = "Bad Request", description = "x")
      @Status(code = 500, title = "Internal Server Error", description = "x")
      @RecordBody(Body.class)
      interface ShopErrors {}
      record Body(@Bind(CatalogValue.DETAIL) String message, %s) {}
      """;

  @Test
  void aSuppliedComponentOfARecordBody() {
    JavaFileObject file = source("ShopErrors", RECORD.formatted("@Bind(CatalogValue.SUPPLIED) String param"));
    assertOnly(compile(file), ERROR, Message.SUPPLIED_IN_RECORD,
        "Component param of Body is bound to CatalogValue.SUPPLIED, but a @RecordBody record cannot hold a value the"
            + " throwing code or validation supplies yet. Declare the body with @FieldBody or @ProblemBody, whose"
            + " @Member can (value = CatalogValue.SUPPLIED)", file, "param) {}");
  }

  @Test
  void aListComponentOfARecordBody() {
    JavaFileObject file = source("ShopErrors",
        RECORD.formatted("@Bind(CatalogValue.VIOLATIONS) java.util.List<String> errors"));
    assertOnly(compile(file), ERROR, Message.SUPPLIED_IN_RECORD,
        "Component errors of Body is bound to CatalogValue.VIOLATIONS, but a @RecordBody record cannot hold a value"
            + " the throwing code or validation supplies yet. Declare the body with @FieldBody or @ProblemBody, whose"
            + " @Member can (value = CatalogValue.VIOLATIONS)", file, "errors) {}");
  }

  // ------------------------------------------------------------------ accepted

  @Test
  void aWellDeclaredListAndSuppliedValueCompileClean() {
    Compilation compilation = compile(source("ShopErrors", PROBLEM.formatted(
        LIST + ",\n    @Member(name = \"request_id\", value = CatalogValue.SUPPLIED, omitWhenAbsent = true)")));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
    assertEquals(0, compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING).count(),
        compilation.diagnostics().toString());
  }
}
