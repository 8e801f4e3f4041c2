package dev.errorcontract.processor.diagnostics;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor can report. The key is stable: users search for it and silence
 * warnings with {@code @SuppressWarnings("error-contract:<key>")}. Each text states the rule and the
 * fix; {@code %s} are filled from the declaration.
 */
public enum Message {
  // The catalog as a whole.
  CATALOG_TARGET(Kind.ERROR, "catalog-target",
      "@ErrorCatalog goes on an interface or a class that only carries the declaration, not on %s %s."
          + " Move it to a type such as 'interface %sErrors {}'"),
  CATALOG_NAME_BLANK(Kind.ERROR, "catalog-name-blank",
      "The catalog name is blank; it is the prefix of every generated type. Give a name such as \"Passport\""),
  CATALOG_NAME_INVALID(Kind.ERROR, "catalog-name-invalid",
      "The catalog name \"%s\" does not make portable Java type names: it must be ASCII letters and digits"
          + " starting with an upper-case letter (generated file names must survive any platform encoding),"
          + " such as \"%s\""),
  CATALOG_NAME_DUPLICATE(Kind.ERROR, "catalog-name-duplicate",
      "Another catalog in package %s is also named \"%s\" (on %s); their generated types would collide."
          + " Give each catalog its own name"),
  TYPE_NAME_COLLISION(Kind.ERROR, "type-name-collision",
      "The catalog generates the type %s, but the package already has a type of that name (%s). Rename that"
          + " type or choose another catalog name"),
  BODY_MISSING(Kind.ERROR, "body-missing",
      "The catalog declares no body shape. Add one of @FieldBody(\"detail\"), @ProblemBody or @RecordBody(...) to %s"),
  BODY_CONFLICT(Kind.ERROR, "body-conflict",
      "The catalog declares %s body shapes (%s); a catalog has exactly one. Keep one of them"),
  BODY_WITHOUT_CATALOG(Kind.ERROR, "body-without-catalog",
      "@%s describes the body of an error catalog, but %s has no @ErrorCatalog. Add @ErrorCatalog or remove @%s"),
  ROW_WITHOUT_CATALOG(Kind.ERROR, "row-without-catalog",
      "@%s is a row of an error catalog's published table, but %s has no @ErrorCatalog. Add @ErrorCatalog(\"...\")"
          + " beside it or remove the row"),
  FIELD_NAME_BLANK(Kind.ERROR, "field-name-blank",
      "The body field name is blank. Name the JSON field the detail goes in, such as @FieldBody(\"detail\")"),
  ATTRIBUTE_NAME_INVALID(Kind.ERROR, "attribute-name-invalid",
      "The attribute name \"%s\" is not usable: %s. Name it as the page's error objects do, such as \"type\""
          + " or \"doc_url\""),
  ATTRIBUTE_DUPLICATE(Kind.ERROR, "attribute-duplicate",
      "The catalog declares the attribute \"%s\" twice. Declare each attribute once"),
  ATTRIBUTE_UNDECLARED(Kind.ERROR, "attribute-undeclared",
      "%s names the attribute \"%s\", which the catalog does not declare (it declares %s). Add it to"
          + " @ErrorCatalog(attributes = ...) or correct the name"),
  ATTRIBUTE_GIVEN_TWICE(Kind.ERROR, "attribute-given-twice",
      "%s gives the attribute \"%s\" twice. Give each attribute one value per row; remove one"),
  ATTRIBUTE_UNUSED(Kind.WARNING, "attribute-unused",
      "The attribute \"%s\" is declared, but no body member holds it, so no response carries it. Bind it with"
          + " @Member(attribute = \"%s\") or @Bind(attribute = \"%s\"), or remove it"),
  SUPPRESS_UNKNOWN(Kind.ERROR, "suppress-unknown",
      "suppress names \"%s\", which is not a warning of error-contract, so it turns nothing off. Use one of %s"),
  // issue 25: declarations accepted silently before.
  CATALOG_LOCAL(Kind.ERROR, "catalog-local",
      "@ErrorCatalog is on the local class %s, declared inside %s: annotation processors never see local"
          + " classes, so nothing would be generated for it. Declare it as a top-level or member type, such as"
          + " 'interface %sErrors {}' in its own file"),
  SUPPRESS_UNUSED(Kind.WARNING, "suppress-unused",
      "suppress = \"%s\" on this row turns nothing off: the row has no %s. Remove it, so that it cannot hide"
          + " a warning nobody meant"),
  ATTRIBUTE_DESCRIPTION_DIFFERS(Kind.ERROR, "attribute-description-differs",
      "The %s value \"%s\" is described as \"%s\" here but as \"%s\" on an earlier row; a value means one"
          + " thing. Give its description once, on any row that has the value, or make them the same"),

  // Statuses.
  STATUS_CODE_MISSING(Kind.ERROR, "status-code-missing",
      "This status row gives no code. Give its codes as published, such as @Status(code = 404) or"
          + " @Status(code = {500, 502}), or its class, such as @Status(range = \"5XX\")"),
  STATUS_CODE_AND_RANGE(Kind.ERROR, "status-code-and-range",
      "This status row gives both codes (%s) and a range (\"%s\"). Give one of them: the codes the page lists,"
          + " or the class it names"),
  STATUS_RANGE_INVALID(Kind.ERROR, "status-range-invalid",
      "The range \"%s\" is not a class of error codes. Write \"4XX\" or \"5XX\", or list the codes with code = {...}"),
  STATUS_RANGE_EMPTY(Kind.ERROR, "status-range-empty",
      "The range \"%s\" covers no code: every code of its class has a row of its own. Remove this row"),
  STATUS_RANGE(Kind.ERROR, "status-range",
      "Status code %s is not an HTTP status: codes are from 100 to 599. Correct the code as published"),
  STATUS_DUPLICATE(Kind.ERROR, "status-duplicate",
      "Status %s is covered %s. Each code belongs to one row and is listed once; remove the repetition"),
  TITLE_BLANK(Kind.ERROR, "title-blank",
      "The title of status %s is blank. Copy the title from the published page, or leave title unset for the"
          + " standard reason phrase"),
  TITLE_REQUIRED(Kind.ERROR, "title-required",
      "Status %s has no standard reason phrase to stand in for a title. Give title = \"...\" as published"),
  TITLE_TEMPLATE(Kind.ERROR, "title-template",
      "The title \"%s\" of status %s has braces, but no row answers the status (answers = Condition.STATUS), so the title becomes the detail"
          + " of the answer the library adds, where braces mark template placeholders. Document the status's own"
          + " row with @ApiError(status = %s, detail = \"...\", answers = Condition.STATUS)"),
  NONSTANDARD_TITLE(Kind.WARNING, "nonstandard-title",
      "The title \"%s\" of status %s differs from the standard reason phrase \"%s\". If the published page says"
          + " so, keep it and add suppress = \"error-contract:nonstandard-title\" to the row"),
  HEADER_INVALID(Kind.ERROR, "header-invalid",
      "The header %s is not valid: %s. Correct it as published"),
  HEADER_DUPLICATE(Kind.ERROR, "header-duplicate",
      "Status %s declares the header %s twice (header names ignore case: \"%s\" and \"%s\"). Declare it once"),
  HEADER_RESERVED(Kind.ERROR, "header-reserved",
      "The header %s is written by the server for every body (%s); declaring it would send it twice or wrong."
          + " Remove it%s"),
  // issue 25: a status whose rows leave its own answer to the library.
  STATUS_ANSWER_ADDED(Kind.WARNING, "status-answer-added",
      "Status %s has %s, but none answers it (answers = Condition.STATUS), so the library adds an answer of"
          + " its own, %s, for every %s raised without a row: an error Response, a WebApplicationException, a"
          + " condition the framework answers with the status. If the page's answer is one of the rows, mark it"
          + " with answers = Condition.STATUS, such as on %s. If the page documents the title as an answer, keep"
          + " it and add suppress = \"error-contract:status-answer-added\" to this status row"),

  // Errors.
  ERROR_STATUS_UNDOCUMENTED(Kind.ERROR, "error-status-undocumented",
      "Error \"%s\" answers with status %s, which no status row covers. Add @Status(code = %s) or correct the"
          + " status"),
  ERROR_STATUS_NOT_ERROR(Kind.ERROR, "error-status-not-error",
      "Error \"%s\" answers with status %s, which is not an error status. Errors answer with a documented"
          + " status from 400 to 599; correct the status"),
  ERROR_STATUS_NO_BODY(Kind.ERROR, "error-status-no-body",
      "Error \"%s\" answers with status %s, which never carries a body (1xx, 204 and 304 cannot), so its detail"
          + " could never be sent. Use an error status (400 to 599)"),
  DETAIL_BLANK(Kind.ERROR, "detail-blank",
      "An error of status %s has a blank detail. Copy the detail string from the published page"),
  DETAIL_DUPLICATE(Kind.ERROR, "detail-duplicate",
      "Status %s declares the detail \"%s\" twice. Declare each (status, detail) once"),
  DETAIL_WHITESPACE(Kind.WARNING, "detail-whitespace",
      "The detail \"%s\" starts or ends with whitespace, which clients will receive. Trim it, or add"
          + " suppress = \"error-contract:detail-whitespace\" to the row if the page really says so"),
  MISSING_DESCRIPTION(Kind.WARNING, "missing-description",
      "Error \"%s\" has no description, so the documentation cannot say what it means. Copy it from the"
          + " published page, or add suppress = \"error-contract:missing-description\" if the page has none"),
  CODE_BLANK(Kind.ERROR, "code-blank",
      "The machine code of error \"%s\" is blank. Leave code unset, or give a stable code such as \"%s\""),
  CODE_DUPLICATE(Kind.ERROR, "code-duplicate",
      "The machine code \"%s\" is used by %s and %s. Machine codes identify one error"
          + " each; give each error its own code"),
  CONSTANT_NAME_INVALID(Kind.ERROR, "constant-name-invalid",
      "\"%s\" does not give a Java constant name%s. Set constant = \"%s\" (UPPER_SNAKE_CASE, starting with a letter)"),
  CONSTANT_NAME_DUPLICATE(Kind.ERROR, "constant-name-duplicate",
      "%s and %s both generate the constant %s.%s. Set constant = \"...\" on one of them to tell them apart"),
  EXCEPTION_NAME_COLLISION(Kind.ERROR, "exception-name-collision",
      "%s generates the nested exception %s.%s, which %s. Set constant = \"...\" on it to choose another name"),
  STACK_TRACE_SETTING(Kind.ERROR, "stack-trace-setting",
      "CATALOG_DEFAULT is for @ApiError.stackTrace; the catalog itself must choose SERVER_ERRORS, ALWAYS or NEVER"),
  ERROR_TYPE_NOT_PROBLEM(Kind.ERROR, "error-type-not-problem",
      "%s is an RFC 9457 problem type, but this catalog's bodies are %s, which have no problem type."
          + " Remove it, or declare @ProblemBody"),
  TEXT_TOO_LONG(Kind.ERROR, "text-too-long",
      "This %s is %s bytes long once encoded, more than a Java class file can hold in one constant (65,535"
          + " bytes). Shorten it, or link to a longer text"),

  // Conditions.
  CONDITION_STATUS_MISMATCH(Kind.ERROR, "condition-status-mismatch",
      "Error \"%s\" answers %s, which is raised with status %s, but the error's status is %s. Name the"
          + " condition on a row of status %s"),
  CONDITION_ANSWERED_TWICE(Kind.ERROR, "condition-answered-twice",
      "%s is answered by both %s and %s. Name each condition on one row"),
  STATUS_ANSWERED_TWICE(Kind.ERROR, "status-answered-twice",
      "Status row %s has two rows answering Condition.STATUS: error \"%s\" and error \"%s\". Keep answers ="
          + " Condition.STATUS on one of them"),
  CONDITION_UNANSWERED(Kind.ERROR, "condition-unanswered",
      "No row answers %s: the catalog covers no status %s and no row names the condition. Add @Status(code = %s)"
          + " or add answers = %s to a row of status %s"),
  CLIENT_ONLY_ANSWERS(Kind.WARNING, "client-only-answers",
      "Error \"%s\" names answers = %s, which has no effect: the catalog is client-only (clientOnly = true),"
          + " someone else's API, and nothing of it answers a status or condition of a server. Remove answers,"
          + " or clientOnly if the API is yours"),
  CLIENT_ONLY_EMPTY(Kind.ERROR, "client-only-empty",
      "The catalog is client-only (clientOnly = true) but declares no @ApiError row, so its decoder could"
          + " read no answer of the API: every answer would be undocumented. Add an @ApiError for each error"
          + " the page documents"),

  // Templates.
  TEMPLATE_MALFORMED(Kind.ERROR, "template-malformed",
      "The detail \"%s\" has %s. Placeholders are written {name}, with a Java identifier between single braces"),
  PLACEHOLDER_WITHOUT_ARG(Kind.ERROR, "placeholder-without-arg",
      "The detail \"%s\" has the placeholder {%s}, but no argument of that name. Add @Arg(name = \"%s\", type = ...)"),
  ARG_WITHOUT_PLACEHOLDER(Kind.ERROR, "arg-without-placeholder",
      "The argument \"%s\" appears nowhere in the detail \"%s\". Write {%s} where it belongs, or remove the argument"),
  ARG_DUPLICATE(Kind.ERROR, "arg-duplicate",
      "The argument \"%s\" is declared twice. Each placeholder has one argument; remove the second"),
  ARG_NAME_INVALID(Kind.ERROR, "arg-name-invalid",
      "The argument name \"%s\" is not a Java identifier (it becomes a constructor parameter)%s. Rename it and"
          + " its placeholder, such as {limit}"),
  ARG_NAME_RESERVED(Kind.ERROR, "arg-name-reserved",
      "The argument name \"%s\" is taken by the generated exception (%s), so its accessor or parameter would"
          + " clash. Rename the argument and its placeholder, such as {%sValue}"),
  ARG_NAME_SHADOWS(Kind.ERROR, "arg-name-shadows",
      "The argument name \"%s\" starts with an upper-case letter, so as a parameter of the generated code it"
          + " would hide the type of that name (such as %s). Rename the argument and its placeholder, such as {%s}"),
  ARG_TYPE_UNSUPPORTED(Kind.ERROR, "arg-type-unsupported",
      "The argument \"%s\" has type %s, whose text is not meaningful to a client%s. Use a primitive or its box,"
          + " String, CharSequence, BigInteger, BigDecimal, UUID, URI, a java.time date, time or offset (a"
          + " TemporalAccessor such as Instant or LocalDate), a Duration, a Period, a ZoneOffset or an enum"),
  ARG_TYPE_INACCESSIBLE(Kind.ERROR, "arg-type-inaccessible",
      "The argument \"%s\" has type %s, which the generated code in package %s cannot use: %s. Make the type %s"),

  // Bodies and their members.
  PROBLEM_TYPE_INVALID(Kind.ERROR, "problem-type-invalid",
      "The problem type \"%s\" is not a URI reference (RFC 3986): %s. Use an absolute URI such as"
          + " \"https://example.com/problems/validation\" or \"about:blank\""),
  MEDIA_TYPE_INVALID(Kind.ERROR, "media-type-invalid",
      "The media type \"%s\" is not a valid Content-Type: %s. Write type/subtype with optional parameters, such as"
          + " \"%s; charset=utf-8\""),
  MEDIA_TYPE_MISMATCH(Kind.ERROR, "media-type-mismatch",
      "The media type \"%s\" does not describe %s bodies: its base type %s is not %s. Use %s, with parameters if"
          + " the page gives them"),
  MEMBER_NAME_BLANK(Kind.ERROR, "member-name-blank",
      "A body member has a blank name. Give every JSON member a name"),
  MEMBER_NAME_DUPLICATE(Kind.ERROR, "member-name-duplicate",
      "The JSON member \"%s\" appears twice in one object. Each member name is unique; rename one of them"),
  MEMBER_NAME_RESERVED(Kind.ERROR, "member-name-reserved",
      "The extension member \"%s\" is a standard problem-details member, written by the shape itself%s."
          + " Choose another name"),
  MEMBER_SOURCE_MISSING(Kind.ERROR, "member-source-missing",
      "%s takes its value from nowhere. Give exactly one source: a catalog value (value = CatalogValue....), a"
          + " constant, an attribute or an argument"),
  MEMBER_SOURCE_CONFLICT(Kind.ERROR, "member-source-conflict",
      "%s takes its value from %s; a member has exactly one source. Keep one of them"),
  BIND_CONSTANT_IGNORED(Kind.ERROR, "bind-constant-ignored",
      "The constant \"%s\" is only used with value = CONSTANT, but the value here is %s. Remove constant or set value = CONSTANT"),
  MEMBER_ARGUMENT_UNKNOWN(Kind.ERROR, "member-argument-unknown",
      "%s holds the template argument \"%s\", but no row has an argument of that name, so it would always be"
          + " absent. Correct the name%s"),
  MEMBER_ARGUMENT_TYPE(Kind.ERROR, "member-argument-type",
      "%s holds the template argument \"%s\", which error \"%s\" declares as %s (%s); a %s cannot hold it."
          + " Use %s"),
  MEMBER_VARIES_UNSUPPORTED(Kind.ERROR, "member-varies-unsupported",
      "%s holds %s, which a decoder reads from each answer as it is, so it cannot be declared to vary. Remove"
          + " varies, or declare it on a member holding a constant, an attribute, the code, the title, the type"
          + " or the description"),
  // issue 25: lists in bodies and values the throwing code supplies.
  LIST_ITEMS_MISSING(Kind.ERROR, "list-items-missing",
      "The member \"%s\" holds the request's violations, a list, but declares no item members. Give them, such as"
          + " items = {@Item(name = \"name\", value = Item.Value.PATH), @Item(name = \"reason\","
          + " value = Item.Value.MESSAGE)}"),
  ITEMS_WITHOUT_LIST(Kind.ERROR, "items-without-list",
      "The member \"%s\" declares item members, but it holds %s, which is not a list, so the items would never be"
          + " written. Make it a list with value = CatalogValue.VIOLATIONS, or remove items"),
  LIST_ITEM_NAME_BLANK(Kind.ERROR, "list-item-name-blank",
      "An item member of the list \"%s\" has a blank name. Name it as the page's items do, such as \"name\" or"
          + " \"field\""),
  LIST_ITEM_DUPLICATE(Kind.ERROR, "list-item-duplicate",
      "The items of the list \"%s\" name the member \"%s\" twice; each item is a JSON object, whose member names"
          + " are unique. Rename or remove one"),
  LIST_ITEM_PART_MISSING(Kind.ERROR, "list-item-part-missing",
      "The items of the list \"%s\" hold no %s of the violation, so a client cannot tell %s, and a decoder cannot"
          + " read the violations back. Add @Item(name = \"%s\", value = Item.Value.%s)"),
  LIST_ITEM_PART_TWICE(Kind.ERROR, "list-item-part-twice",
      "The items of the list \"%s\" hold the violation's %s twice, in \"%s\" and \"%s\". Keep one of them"),
  VIOLATIONS_MEMBER_TWICE(Kind.ERROR, "violations-member-twice",
      "The members \"%s\" and \"%s\" both hold the request's violations; a body lists them once. Keep one"),
  SUPPLIED_NAME_UNUSABLE(Kind.ERROR, "supplied-name-unusable",
      "The member \"%s\" is supplied by the throwing code through the generated with-method and accessor named"
          + " after it, but its name makes no Java name (%s). Name the member with letters first, such as"
          + " \"param\" or \"request_id\""),
  SUPPLIED_NAME_RESERVED(Kind.ERROR, "supplied-name-reserved",
      "The member \"%s\" is supplied by the throwing code through the accessor %s() and with%s(...), but every"
          + " catalog exception has %s() already. Rename the member, such as \"%s_value\", or make it hold that"
          + " value itself (such as value = CatalogValue.INSTANCE)"),
  SUPPLIED_KEY_DUPLICATE(Kind.ERROR, "supplied-key-duplicate",
      "The supplied members \"%s\" and \"%s\" both make the exception's accessor %s(). Rename one of them"),
  SUPPLIED_IS_ARGUMENT(Kind.ERROR, "supplied-is-argument",
      "The member \"%s\" is supplied by the throwing code, but the row \"%s\" has the template argument \"%s\""
          + " of the same name: the exception would take the value twice, once in its constructor and once in"
          + " with%s(...). Bind the member to the argument (argument = \"%s\"), or rename the member"),
  SUPPLIED_IN_RECORD(Kind.ERROR, "supplied-in-record",
      "%s is bound to CatalogValue.%s, but a @RecordBody record cannot hold a value the throwing code or"
          + " validation supplies yet. Declare the body with @FieldBody or @ProblemBody, whose @Member can"
          + " (value = CatalogValue.%s)"),
  OMIT_NEVER_ABSENT(Kind.WARNING, "omit-never-absent",
      "%s is never absent (%s), so omitWhenAbsent has no effect. Remove it"),
  JSON_INCLUDE_UNSUPPORTED(Kind.ERROR, "json-include-unsupported",
      "@JsonInclude(%s) on %s leaves out values other than null, which the server writes, so Jackson and the"
          + " server would disagree. Use NON_NULL or NON_ABSENT, or remove it"),
  INSTANCE_WITHOUT_SOURCE(Kind.ERROR, "instance-without-source",
      "%s holds the instance, but the catalog gives instances no source (instance = NONE), so it would always be"
          + " absent. Set instance = Instance.REQUEST_PATH, CORRELATION_URN, CORRELATION_UUID, SUPPLIED or"
          + " EXCEPTION on the body annotation, or remove the member"),
  // issue 25: an instance supplier of the application's own.
  INSTANCE_SUPPLIER_MISSING(Kind.ERROR, "instance-supplier-missing",
      "The body takes its instance from the application's supplier (instance = Instance.SUPPLIED), but"
          + " @ErrorCatalog names none, so no answer could carry one. Name a class implementing InstanceSupplier"
          + " with @ErrorCatalog(instanceSupplier = ...), or choose another source, such as"
          + " Instance.CORRELATION_UUID"),
  INSTANCE_SUPPLIER_UNUSED(Kind.ERROR, "instance-supplier-unused",
      "instanceSupplier names %s, but the body's instance is %s, so nothing would ever ask it. Set instance ="
          + " Instance.SUPPLIED on the body annotation to use it, or remove instanceSupplier"),
  INSTANCE_SUPPLIER_NOT_CONCRETE(Kind.ERROR, "instance-supplier-not-concrete",
      "instanceSupplier names %s, %s, which the generated code cannot create with new. Name a concrete class"
          + " implementing InstanceSupplier"),
  INSTANCE_SUPPLIER_INNER(Kind.ERROR, "instance-supplier-inner",
      "instanceSupplier names %s, an inner class: only an instance of %s can create it, and the generated code"
          + " has none. Declare it static, or as a top-level class"),
  INSTANCE_SUPPLIER_CONSTRUCTOR(Kind.ERROR, "instance-supplier-constructor",
      "instanceSupplier names %s, which has no constructor without parameters that the generated code in"
          + " package %s can call (%s); it creates the supplier once with new %s(). Add a public constructor"
          + " without parameters"),
  INSTANCE_SUPPLIER_CONSTRUCTOR_THROWS(Kind.ERROR, "instance-supplier-constructor-throws",
      "The constructor of %s declares the checked exception %s, but the generated code creates the supplier"
          + " with new %s() and handles no checked exception. Handle it inside the constructor, or remove it"
          + " from the throws clause"),
  INSTANCE_SUPPLIER_CLIENT_ONLY(Kind.WARNING, "instance-supplier-client-only",
      "instanceSupplier names %s, but a client-only catalog has no server, so nothing ever asks it for an"
          + " instance. Remove instanceSupplier (instance = Instance.SUPPLIED alone says the API writes"
          + " instances of its own), or clientOnly if this is your own API"),
  TYPE_WITHOUT_PROBLEM(Kind.ERROR, "type-without-problem",
      "%s holds the problem type, but this catalog's bodies are not problem details, so there is none. Declare"
          + " @ProblemBody, or bind another value"),

  // Record bodies.
  RECORD_BODY_TYPE(Kind.ERROR, "record-body-type",
      "@RecordBody needs a record type declared by the API team, not %s. Name a record, such as"
          + " @RecordBody(ApiError.class)"),
  RECORD_COMPONENT_UNBOUND(Kind.ERROR, "record-component-unbound",
      "Component %s of %s is bound to nothing. %s"),
  RECORD_COMPONENT_BOUND_TWICE(Kind.ERROR, "record-component-bound-twice",
      "Component %s of %s is a nested record and also has @Bind. A component is either a bound value or a nested object"),
  RECORD_VALUE_BOUND_TWICE(Kind.ERROR, "record-value-bound-twice",
      "%s is bound to both %s and %s. Bind each catalog value to one component"),
  RECORD_COMPONENT_TYPE(Kind.ERROR, "record-component-type",
      "Component %s of %s has type %s, which cannot hold %s. Use %s"),
  RECORD_CONSTANT_INVALID(Kind.ERROR, "record-constant-invalid",
      "The constant \"%s\" of component %s is not a valid %s. Write a constant of the component's type, or"
          + " change the type"),
  RECORD_CYCLE(Kind.ERROR, "record-cycle",
      "Record %s contains itself through component %s; a body is a finite JSON object. Break the cycle"),

  // Values javac could not compile.
  VALUE_UNRESOLVED(Kind.ERROR, "value-unresolved",
      "This value of %s does not compile (%s), so the catalog cannot be checked and nothing is generated for it."
          + " Fix what javac reports here, such as a missing import or a misspelt constant"),

  // The published page (@PublishedPage), its columns, and the documentation resources.
  COLUMN_ATTRIBUTE_MISSING(Kind.ERROR, "column-attribute-missing",
      "The column \"%s\" shows an attribute but names none. Add attribute = \"...\", one of %s"),
  COLUMN_ATTRIBUTE_IGNORED(Kind.ERROR, "column-attribute-ignored",
      "The column \"%s\" shows %s, so attribute = \"%s\" would be ignored. Remove it, or set value = Cell.ATTRIBUTE"),
  COLUMN_CELL_UNSUPPORTED(Kind.ERROR, "column-cell-unsupported",
      "The column \"%s\" of the %s table shows %s, which a %s row does not have. Use %s"),
  COLUMN_HEADER_INVALID(Kind.ERROR, "column-header-invalid",
      "The column header \"%s\" %s. Copy the header cell from the page"),
  COLUMN_KEY_MISSING(Kind.ERROR, "column-key-missing",
      "The %s table has no %s column, so its rows cannot be matched with the catalog's. Add one"),
  PAGE_PATH_BLANK(Kind.ERROR, "published-page-path-blank",
      "@PublishedPage needs the page's path, relative to the project directory, such as \"src/docs/errors.md\""),
  PAGE_WITHOUT_CATALOG(Kind.ERROR, "published-page-without-catalog",
      "@PublishedPage names the page an error catalog is checked against, but %s has no @ErrorCatalog. Add"
          + " @ErrorCatalog or remove @PublishedPage"),
  PAGE_PROJECT_UNKNOWN(Kind.ERROR, "published-page-project-unknown",
      "The published page \"%s\" cannot be located: the project directory is unknown (%s). Pass it to javac"
          + " with -Aerrorcontract.projectDir=<dir> (Maven: -Aerrorcontract.projectDir=${project.basedir})"),
  PAGE_NOT_FOUND(Kind.ERROR, "published-page-not-found",
      "The published page \"%s\" does not exist: there is no file %s. The path is relative to the project"
          + " directory %s (%s); correct the path, or pass the directory with -Aerrorcontract.projectDir=<dir>"),
  PAGE_IS_DIRECTORY(Kind.ERROR, "published-page-directory",
      "The published page \"%s\" is the directory %s, not a file. Name the Markdown file in it, such as"
          + " \"%s/errors.md\""),
  PAGE_UNREADABLE(Kind.ERROR, "published-page-unreadable",
      "The published page %s cannot be read: %s. It must be a UTF-8 text file"),
  PAGE_TABLE_MISSING(Kind.ERROR, "published-page-table-missing",
      "The published page %s has no %s table (a Markdown table with the header | %s |), but the catalog"
          + " declares %s. Add the table to the page, or check the path and the declared columns"),
  PAGE_ROW_MISSING(Kind.ERROR, "published-page-row-missing",
      "%s is declared in the catalog, but the %s table of the published page %s has no such row. Add the"
          + " row to the page, or remove it from the catalog"),
  PAGE_ROW_EXTRA(Kind.ERROR, "published-page-row-extra",
      "The %s table of the published page %s has the row %s (line %s), which the catalog does not declare."
          + " Declare it, %s, or remove the row from the page"),
  PAGE_ROW_ORDER(Kind.ERROR, "published-page-row-order",
      "%s is row %s of the %s table in the catalog but row %s on the published page %s (line %s). Declare"
          + " the rows in the page's order"),
  PAGE_CELL_DIFFERS(Kind.ERROR, "published-page-cell-differs",
      "%s: the %s column is \"%s\" in the catalog but \"%s\" on the published page %s (line %s). Make the"
          + " catalog say what the page says, or correct the page"),
  DOCS_RESOURCE_EXISTS(Kind.ERROR, "docs-resource-exists",
      "The documentation resource %s was already written in this compilation, by another catalog of the"
          + " same name. Give catalogs compiled together distinct names"),

  // The processor itself.
  CATALOG_TOO_LARGE(Kind.ERROR, "catalog-too-large",
      "The catalog's %s errors, %s of them with a machine code, are too many for one generated %s enum: its"
          + " %s would need about %s bytes of bytecode, and javac limits a method to 64 KB (about 2,900 errors,"
          + " or 1,700 machine codes). Split the table into several catalogs, for example one per API area"),

  INTERNAL_ERROR(Kind.ERROR, "internal-error",
      "error-contract failed unexpectedly while processing this catalog; nothing was generated for it. Please"
          + " report this at the project's issue tracker with the declaration and this trace:%n%s"),

  // issue 15: client decoding needs every error of a status told apart by its body alone
  DETAIL_AMBIGUOUS(Kind.ERROR, "detail-ambiguous",
      "Status %s: the detail \"%s\" and %s can both be \"%s\" in bodies that are otherwise the"
          + " same, so a client decoding the answer could not tell which error it is. Make the literal text of"
          + " the details differ, give the rows different machine codes, or declare them under different statuses"),

  // issue 17: catalog evolution, the comparison with the previous release's contract (@ErrorCatalog(baseline)).
  // The change itself has a stable key of its own (error-detail-changed, ...), the first word of the text.
  CONTRACT_BREAKING(Kind.ERROR, "contract-breaking",
      "%s: %s since the baseline %s, a breaking change: a client of the released contract would not read this"
          + " answer as documented. Keep what was released, or acknowledge the break with %s"),
  CONTRACT_BREAKING_ACKNOWLEDGED(Kind.NOTE, "contract-breaking-acknowledged",
      "%s: %s since the baseline %s, a breaking change acknowledged by %s. Release notes: run error-evolution"
          + " on the two .catalog.json files"),
  CONTRACT_COMPATIBLE(Kind.NOTE, "contract-compatible",
      "%s: %s since the baseline %s, a compatible change"),
  BASELINE_NOT_FOUND(Kind.ERROR, "baseline-not-found",
      "The baseline \"%s\" does not exist: there is no file %s (relative to the project directory %s, %s). Check"
          + " in the previous release's %s.catalog.json (the processor writes it to META-INF/error-contract/) at"
          + " that path, or correct the path"),
  BASELINE_NOT_ON_PROCESSOR_PATH(Kind.ERROR, "baseline-not-on-processor-path",
      "The baseline \"%s\" names the resource %s on the annotation processor path, and nothing there holds it."
          + " Add the previous release's artifact to the processor path (Maven: annotationProcessorPaths; Gradle:"
          + " the annotationProcessor configuration), or check in its %s.catalog.json and give its path"),
  BASELINE_UNREADABLE(Kind.ERROR, "baseline-unreadable",
      "The baseline \"%s\" cannot be used: %s. Check in a .catalog.json written by the processor"),
  EVOLUTION_MARK_BLANK(Kind.ERROR, "evolution-mark-blank",
      "%s(%s) is blank, so it says nothing. Leave it out, or %s"),
  BREAKS_UNUSED(Kind.WARNING, "breaks-unused",
      "%s(breaks = \"%s\") acknowledges no breaking change against the baseline %s. Remove it, so that it"
          + " cannot hide a break nobody meant"),
  // issue 25: markers that compare against nothing.
  BREAKS_WITHOUT_BASELINE(Kind.WARNING, "breaks-without-baseline",
      "%s(breaks = \"%s\") acknowledges breaking changes found against the previous release, but the catalog"
          + " names no baseline, so nothing is compared and the marker acknowledges nothing. Add @ErrorCatalog("
          + "baseline = \"src/contract/%s.catalog.json\") with the released contract, or remove it"),
  BASELINE_OTHER_CATALOG(Kind.ERROR, "baseline-other-catalog",
      "The baseline \"%s\" is the contract of the catalog \"%s\", not of \"%s\": comparing them would report"
          + " every row as changed. Name %s's own released %s.catalog.json"),

  // issue 23: the runtime adapters (dev.errorcontract.processor.spi) and what they cannot do.
  RUNTIME_ADAPTER_DISABLED(Kind.WARNING, "runtime-adapter-disabled",
      "The runtime adapter \"%s\" applies to this compilation (its framework and runtime are on the class"
          + " path), but -Aerrorcontract.disabledAdapters turns it off, so the %s catalog gets none of its glue"
          + " and that framework answers with its own error bodies. Remove \"%s\" from the option, or keep it"
          + " and add @SuppressWarnings(\"error-contract:runtime-adapter-disabled\") when no glue is wanted"),
  RUNTIME_ADAPTER_MISSING(Kind.WARNING, "runtime-adapter-missing",
      "The compile class path names the runtime adapter %s (in its META-INF/services/%s), but the annotation"
          + " processor path does not hold it, so the %s catalog gets none of its glue. Add the artifact holding"
          + " it to the processor path beside error-processor (Maven: annotationProcessorPaths; Gradle: the"
          + " annotationProcessor configuration)"),
  RUNTIME_ADAPTER_UNLOADABLE(Kind.WARNING, "runtime-adapter-unloadable",
      "The annotation processor path lists a runtime adapter in %s that cannot be used (%s), so the %s catalog"
          + " gets none of its glue. Put the adapter's jar on the processor path whole, with the classes it"
          + " needs; in the adapter's own build, compile with -proc:none"),

  // issue 16: per-operation error contracts (resource methods' throws clauses).
  OPERATION_UNDECLARED_ERROR(Kind.ERROR, "operation-undeclared-error",
      "%s, but the operation %s does not declare it, so its documents would not list this answer. Add %s to"
          + " the throws clause of %s"),
  OPERATION_ERROR_NEVER_THROWN(Kind.WARNING, "operation-error-never-thrown",
      "The operation %s declares %s, but neither its body nor the private methods it calls create it, so its"
          + " documents promise an answer it never gives. Remove it from the throws clause, or, when code in"
          + " another class throws it, keep it and add @SuppressWarnings(\"error-contract:operation-error-never-thrown\")"),
  OPERATION_OTHER_CATALOG(Kind.ERROR, "operation-other-catalog",
      "%s is an error of the %s catalog, but %s answers with the %s catalog (its first declared error is %s);"
          + " a resource's answers are one catalog's bodies. Declare an error of %s, or move the operation to a"
          + " resource of the %s catalog"),
  OPERATION_IMPLEMENTATION_DECLARES(Kind.ERROR, "operation-declared-on-implementation",
      "%s implements the resource method %s, whose throws clause is the operation's contract, and %s is not in"
          + " it, so the documents would not list it. Declare it on %s instead, and remove it here"),
  OPERATIONS_UNCHECKED(Kind.WARNING, "operations-unchecked",
      "This compiler offers no syntax trees (com.sun.source.util.Trees: %s), so resource method bodies are not"
          + " checked against their throws clauses; the operation documents take the declarations as they are."
          + " Compile with javac to have them checked");


  /** Error, warning or note. */
  public enum Kind {
    ERROR(Diagnostic.Kind.ERROR),
    WARNING(Diagnostic.Kind.WARNING),
    /** Information that needs no action, such as a compatible change of the contract. */
    NOTE(Diagnostic.Kind.NOTE);

    final Diagnostic.Kind javac;

    Kind(Diagnostic.Kind javac) {
      this.javac = javac;
    }
  }

  private final Kind kind;
  private final String key;
  private final String format;

  Message(Kind kind, String key, String format) {
    this.kind = kind;
    this.key = key;
    this.format = format;
  }

  /** The stable key, without the {@code error-contract:} prefix. */
  public String key() {
    return key;
  }

  /** Error or warning. */
  public Kind kind() {
    return kind;
  }

  /** The text users read: {@code [error-contract:key] rule and fix}. */
  public String format(Object... args) {
    return "[error-contract:" + key + "] " + String.format(format, args);
  }
}
