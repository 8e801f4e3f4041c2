package dev.errorcontract.processor.evolution;

import java.util.ArrayList;
import java.util.List;

/**
 * The corpus of contract changes (issue 17): one table of cases, each an edit of a base catalog and the
 * change it must be classified as. {@link ProcessorClassificationTest} runs every case through the
 * processor (compile the old catalog, check in its {@code .catalog.json} as the baseline, compile the
 * new one against it); {@link CommandLineClassificationTest} runs the same cases through error-evolution's
 * command line.
 */
final class EvolutionCorpus {

  private EvolutionCorpus() {}

  /** How a case must come out. */
  enum Outcome {
    /** An unacknowledged breaking change: a compile error, exit status 1. */
    BREAKING,
    /** A breaking change the new version acknowledges: a note, exit status 1 all the same. */
    ACKNOWLEDGED,
    /** A compatible change: a note, exit status 0 (unless another change of the case breaks). */
    COMPATIBLE
  }

  /** The line holding the baseline; taken out to compile the old version, which had none. */
  static final String BASELINE_LINE = "    baseline = \"contract/Shop.catalog.json\")\n";

  static final String SHOP = """
      package shop;

      import dev.errorcontract.catalog.*;

      @ErrorCatalog(value = "Shop", attributes = {"type", "doc_url"},
          baseline = "contract/Shop.catalog.json")
      @Status(code = 400, title = "Bad Request", description = "The request is wrong.",
          attributes = @Attribute(name = "type", value = "invalid"))
      @Status(code = 404, title = "Not Found", description = "No such resource.")
      @Status(code = 409, title = "Conflict", description = "The state does not allow it.")
      @Status(code = 429, title = "Too Many Requests", description = "Slow down.",
          headers = @Header(name = "Retry-After", value = "60"))
      @Status(code = {500, 503}, title = "Server Errors", description = "Our fault.")
      @ApiError(status = 400, detail = "Invalid nonce", code = "invalid_nonce", description = "The nonce is wrong.")
      @ApiError(status = 400, detail = "Invalid limit: {limit} (max {max})", code = "invalid_limit",
          description = "The limit is too high.",
          args = {
            @Arg(name = "limit", type = int.class),
            @Arg(name = "max", type = int.class)})
      @ApiError(status = 404, detail = "No such route.", description = "No resource has this path.",
          answers = Condition.UNKNOWN_PATH)
      @ApiError(status = 429, detail = "Slow down", description = "Too many requests.",
          attributes = @Attribute(name = "type", value = "rate"))
      @FieldBody(value = "detail", members = {
          @Member(name = "code", value = CatalogValue.CODE),
          @Member(name = "type", attribute = "type"),
          @Member(name = "doc_url", attribute = "doc_url", omitWhenAbsent = true),
          @Member(name = "limit", argument = "limit", omitWhenAbsent = true)})
      interface ShopErrors {}
      """;

  static final String BILLING = """
      package shop;

      import dev.errorcontract.catalog.*;

      @ErrorCatalog(value = "Shop",
          baseline = "contract/Shop.catalog.json")
      @Status(code = 400, title = "Bad Request", description = "The request is wrong.")
      @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
      @ApiError(status = 400, detail = "Card declined", description = "The bank said no.",
          type = "https://shop.example/problems/card")
      @ProblemBody(type = "https://shop.example/problems/generic")
      interface ShopErrors {}
      """;

  /** One textual edit: {@code from} must occur exactly once. */
  record Edit(String from, String to) {
    String apply(String source) {
      int at = source.indexOf(from);
      if (at < 0 || source.indexOf(from, at + 1) >= 0) {
        throw new IllegalArgumentException("edit must match exactly once: " + from);
      }
      return source.replace(from, to);
    }
  }

  /**
   * A case: the base, the edits making the old version (usually none) and the new one, the key it must
   * be classified as, and a text on the line the processor must report at.
   */
  record Case(String key, Outcome outcome, String base, List<Edit> oldEdits, List<Edit> newEdits, String line) {

    String oldSource() {
      return apply(base, oldEdits);
    }

    String newSource() {
      return apply(apply(base, oldEdits), newEdits);
    }

    private static String apply(String source, List<Edit> edits) {
      for (Edit edit : edits) {
        source = edit.apply(source);
      }
      return source;
    }

    @Override
    public String toString() {
      return key + " (" + outcome.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
  }

  private static final String SLOW_DOWN_ROW = """
      @ApiError(status = 429, detail = "Slow down", description = "Too many requests.",
          attributes = @Attribute(name = "type", value = "rate"))
      """;
  private static final String NONCE_ROW = "detail = \"Invalid nonce\", code = \"invalid_nonce\"";
  private static final String CONFLICT = "@Status(code = 409, title = \"Conflict\"";
  private static final String CODE_MEMBER = "@Member(name = \"code\", value = CatalogValue.CODE)";
  private static final String BASELINE = "baseline = \"contract";

  static List<Case> cases() {
    List<Case> all = new ArrayList<>();
    // Rows removed (issue 24's rule): the new version sends fewer answers, each read alike; compatible,
    // deprecated before or not.
    all.add(compatible("error-removed", BASELINE, edit(SLOW_DOWN_ROW, "")));
    all.add(new Case("error-removed", Outcome.COMPATIBLE, SHOP,
        List.of(edit("detail = \"Slow down\",", "detail = \"Slow down\", deprecated = \"use the 429 answer\",")),
        List.of(edit(SLOW_DOWN_ROW.replace("detail = \"Slow down\",",
            "detail = \"Slow down\", deprecated = \"use the 429 answer\","), "")), BASELINE));
    all.add(compatible("status-removed", BASELINE,
        edit("@Status(code = 409, title = \"Conflict\", description = \"The state does not allow it.\")\n", "")));

    // An error row's published values.
    all.add(breaking("error-detail-changed", "\"Nonce invalid\"", edit("\"Invalid nonce\"", "\"Nonce invalid\"")));
    all.add(new Case("error-detail-changed", Outcome.ACKNOWLEDGED, SHOP, List.of(),
        List.of(edit(NONCE_ROW, "detail = \"Nonce invalid\", breaks = \"2.0\", code = \"invalid_nonce\"")),
        "\"Nonce invalid\""));
    // A marker the baseline carries already acknowledges nothing new.
    all.add(new Case("error-detail-changed", Outcome.BREAKING, SHOP,
        List.of(edit(NONCE_ROW, NONCE_ROW + ", breaks = \"2.0\"")),
        List.of(edit("\"Invalid nonce\"", "\"Nonce invalid\"")), "\"Nonce invalid\""));
    all.add(breaking("error-status-changed", "detail = \"Slow down\"",
        edit("status = 429, detail = \"Slow down\"", "status = 409, detail = \"Slow down\"")));
    all.add(breaking("error-code-changed", "\"bad_nonce\"", edit("\"invalid_nonce\"", "\"bad_nonce\"")));
    all.add(breaking("error-code-removed", "\"Invalid nonce\"", edit(", code = \"invalid_nonce\"", "")));
    all.add(breaking("error-code-added", "\"No such route.\"",
        edit("detail = \"No such route.\",", "detail = \"No such route.\", code = \"no_route\",")));
    // A field body without a title member never sends an error's title.
    all.add(compatible("unsent-value-changed", "\"Bad nonce\"", edit(NONCE_ROW, NONCE_ROW + ", title = \"Bad nonce\"")));
    all.add(new Case("error-title-changed", Outcome.BREAKING, BILLING, List.of(),
        List.of(edit("detail = \"Card declined\",", "detail = \"Card declined\", title = \"Payment Refused\",")),
        "\"Payment Refused\""));
    all.add(breaking("error-attribute-changed", "\"rate_limit\"", edit("value = \"rate\"", "value = \"rate_limit\"")));
    all.add(breaking("error-attribute-removed", "\"Slow down\"",
        edit("\"Too many requests.\",\n    attributes = @Attribute(name = \"type\", value = \"rate\"))",
            "\"Too many requests.\")")));
    all.add(breaking("error-attribute-added", "\"routing\"", edit("answers = Condition.UNKNOWN_PATH)",
        "answers = Condition.UNKNOWN_PATH, attributes = @Attribute(name = \"type\", value = \"routing\"))")));
    all.add(compatible("error-description-changed", "\"The nonce was not issued by us.\"",
        edit("\"The nonce is wrong.\"", "\"The nonce was not issued by us.\"")));
    // With a member carrying descriptions, a description is on the wire.
    all.add(new Case("carried-description-changed", Outcome.BREAKING, SHOP,
        List.of(edit(CODE_MEMBER + ",", CODE_MEMBER + ",\n    @Member(name = \"about\", value = CatalogValue.DESCRIPTION),")),
        List.of(edit("\"The nonce is wrong.\"", "\"The nonce was not issued by us.\"")),
        "\"The nonce was not issued by us.\""));
    all.add(compatible("error-constant-renamed", "\"NONCE_INVALID\"",
        edit(NONCE_ROW, NONCE_ROW + ", constant = \"NONCE_INVALID\"")));
    all.add(breaking("error-added", "\"Already exists\"", edit(SLOW_DOWN_ROW,
        SLOW_DOWN_ROW + "@ApiError(status = 409, detail = \"Already exists\", description = \"It exists.\")\n")));
    all.add(new Case("error-added", Outcome.ACKNOWLEDGED, SHOP, List.of(), List.of(edit(SLOW_DOWN_ROW,
        SLOW_DOWN_ROW + "@ApiError(status = 409, detail = \"Already exists\", description = \"It exists.\", breaks = \"2.0\")\n")),
        "\"Already exists\""));
    all.add(compatible("error-deprecated", "\"use the 429 answer\"",
        edit("detail = \"Slow down\",", "detail = \"Slow down\", deprecated = \"use the 429 answer\",")));
    all.add(new Case("error-undeprecated", Outcome.COMPATIBLE, SHOP,
        List.of(edit("detail = \"Slow down\",", "detail = \"Slow down\", deprecated = \"use the 429 answer\",")),
        List.of(edit(" deprecated = \"use the 429 answer\",", "")), "\"Slow down\""));

    // Template arguments.
    all.add(breaking("error-argument-added", "@Arg(name = \"unit\"",
        edit("(max {max})\"", "(max {max} {unit})\""),
        edit("@Arg(name = \"max\", type = int.class)})",
            "@Arg(name = \"max\", type = int.class),\n      @Arg(name = \"unit\", type = String.class)})")));
    all.add(breaking("error-argument-removed", "\"Invalid limit: {limit}\"",
        edit(" (max {max})\"", "\""),
        edit("@Arg(name = \"limit\", type = int.class),\n      @Arg(name = \"max\", type = int.class)}",
            "@Arg(name = \"limit\", type = int.class)}")));
    all.add(breaking("error-argument-retyped", "long.class",
        edit("@Arg(name = \"max\", type = int.class)", "@Arg(name = \"max\", type = long.class)")));
    // Issue 24: long narrowed to int; every int the new server writes, the old client reads as a long.
    all.add(new Case("error-argument-narrowed", Outcome.COMPATIBLE, SHOP,
        List.of(edit("@Arg(name = \"max\", type = int.class)", "@Arg(name = \"max\", type = long.class)")),
        List.of(edit("@Arg(name = \"max\", type = long.class)", "@Arg(name = \"max\", type = int.class)")),
        "@Arg(name = \"max\", type = int.class)"));

    // Issue 24: an argument renamed where only the detail names it; the wire bytes are the same.
    all.add(compatible("error-argument-renamed", "@Arg(name = \"maximum\"", edit("(max {max})\"", "(max {maximum})\""),
        edit("@Arg(name = \"max\", type = int.class)", "@Arg(name = \"maximum\", type = int.class)")));

    // Which row answers a condition: another row the old version documents, so its answer reads alike.
    String noSuchPath = "@ApiError(status = 404, detail = \"No such path.\", description = \"None.\")\n";
    all.add(new Case("condition-answer-changed", Outcome.COMPATIBLE, SHOP,
        List.of(edit(SLOW_DOWN_ROW, SLOW_DOWN_ROW + noSuchPath)),
        List.of(edit("\"No resource has this path.\",\n    answers = Condition.UNKNOWN_PATH)", "\"No resource has this path.\")"),
            edit(noSuchPath, noSuchPath.replace("\"None.\")", "\"None.\",\n    answers = Condition.UNKNOWN_PATH)"))),
        "answers = Condition.UNKNOWN_PATH"));

    // Status rows.
    all.add(breaking("status-added", "\"Unprocessable Content\"", edit(CONFLICT,
        "@Status(code = 422, title = \"Unprocessable Content\", description = \"Not valid.\")\n" + CONFLICT)));
    all.add(compatible("status-codes-removed", "code = 500", edit("code = {500, 503}", "code = 500")));
    // Issue 24: a code moved out of a 5XX row into its own row with the same title answers alike.
    Edit split = edit("@Status(code = {500, 503}, title = \"Server Errors\", description = \"Our fault.\")",
        "@Status(code = 500, title = \"Server Errors\", description = \"Our fault.\")\n"
            + "@Status(code = 503, title = \"Server Errors\", description = \"Our fault.\", constant = \"SERVER_ERRORS_503\")");
    all.add(compatible("status-codes-moved", "SERVER_ERRORS_503", split));
    all.add(compatible("error-answer-moved", "SERVER_ERRORS_503", split));
    all.add(breaking("status-codes-added", "502", edit("code = {500, 503}", "code = {500, 502, 503}")));
    all.add(breaking("status-title-changed", "\"Conflicting\"", edit("title = \"Conflict\"", "title = \"Conflicting\"")));
    all.add(compatible("status-description-changed", "\"Our fault, sorry.\"",
        edit("\"Our fault.\"", "\"Our fault, sorry.\"")));
    // Headers are no part of what a decoder or a JSON reader reads.
    all.add(compatible("status-header-changed", "\"120\"", edit("value = \"60\"", "value = \"120\"")));
    all.add(compatible("status-header-removed", "@Status(code = 429",
        edit("\"Slow down.\",\n    headers = @Header(name = \"Retry-After\", value = \"60\"))", "\"Slow down.\")")));
    all.add(compatible("status-header-added", "Cache-Control", edit("description = \"No such resource.\")",
        "description = \"No such resource.\",\n    headers = @Header(name = \"Cache-Control\", value = \"no-store\"))")));
    all.add(compatible("status-deprecated", "\"gone in 3.0\"",
        edit(CONFLICT, CONFLICT + ", deprecated = \"gone in 3.0\"")));
    all.add(new Case("status-undeprecated", Outcome.COMPATIBLE, SHOP,
        List.of(edit(CONFLICT, CONFLICT + ", deprecated = \"gone in 3.0\"")),
        List.of(edit(", deprecated = \"gone in 3.0\"", "")), CONFLICT));
    all.add(compatible("status-constant-renamed", "\"STATE_CONFLICT\"",
        edit(CONFLICT, CONFLICT + ", constant = \"STATE_CONFLICT\"")));
    all.add(new Case("status-title-changed", Outcome.ACKNOWLEDGED, SHOP, List.of(),
        List.of(edit("title = \"Conflict\"", "title = \"Conflicting\", breaks = \"2.0\"")), "\"Conflicting\""));

    // The body and the catalog.
    all.add(breaking("media-type-changed", "application/vnd.shop+json",
        edit("@FieldBody(value = \"detail\",", "@FieldBody(value = \"detail\", mediaType = \"application/vnd.shop+json\",")));
    // Issue 24: decoders compare the type and subtype only.
    all.add(compatible("media-type-parameters-changed", "charset=utf-8",
        edit("@FieldBody(value = \"detail\",", "@FieldBody(value = \"detail\", mediaType = \"application/json; charset=utf-8\",")));
    all.add(breaking("body-field-changed", "@FieldBody(", edit("value = \"detail\"", "value = \"message\"")));
    all.add(breaking("body-member-removed", "@FieldBody(", edit("    " + CODE_MEMBER + ",\n", "")));
    all.add(breaking("body-member-changed", "@FieldBody(",
        edit(CODE_MEMBER, "@Member(name = \"code\", value = CatalogValue.TITLE)")));
    all.add(breaking("body-member-omission-changed", "@FieldBody(",
        edit(CODE_MEMBER, "@Member(name = \"code\", value = CatalogValue.CODE, omitWhenAbsent = true)")));
    all.add(compatible("body-member-added", "@FieldBody(",
        edit(CODE_MEMBER + ",", CODE_MEMBER + ",\n    @Member(name = \"title\", value = CatalogValue.TITLE),")));
    all.add(breaking("body-kind-changed", "@ProblemBody", edit("""
        @FieldBody(value = "detail", members = {
            @Member(name = "code", value = CatalogValue.CODE),
            @Member(name = "type", attribute = "type"),
        """, """
        @ProblemBody(extensions = {
            @Member(name = "code", value = CatalogValue.CODE),
            @Member(name = "category", attribute = "type"),
        """)));
    // A field body without an instance member never sends the instance; a problem body does.
    all.add(compatible("unsent-value-changed", "Instance.REQUEST_PATH", edit("@FieldBody(value = \"detail\",",
        "@FieldBody(value = \"detail\", instance = Instance.REQUEST_PATH,")));
    // A problem body gaining an instance: a member the old decoder passes over. Losing it breaks.
    all.add(new Case("instance-added", Outcome.COMPATIBLE, BILLING, List.of(),
        List.of(edit("@ProblemBody(", "@ProblemBody(instance = Instance.REQUEST_PATH, ")), "Instance.REQUEST_PATH"));
    all.add(new Case("instance-changed", Outcome.BREAKING, BILLING,
        List.of(edit("@ProblemBody(", "@ProblemBody(instance = Instance.REQUEST_PATH, ")),
        List.of(edit("instance = Instance.REQUEST_PATH, ", "")), "@ProblemBody("));
    all.add(compatible("catalog-attribute-added", "@ErrorCatalog(",
        edit("{\"type\", \"doc_url\"}", "{\"type\", \"doc_url\", \"help\"}")));
    // The attribute's member never carried a value: no answer changes.
    all.add(compatible("catalog-attribute-removed", "@ErrorCatalog(",
        edit("{\"type\", \"doc_url\"}", "{\"type\"}"),
        edit("    @Member(name = \"doc_url\", attribute = \"doc_url\", omitWhenAbsent = true),\n", "")));
    all.add(new Case("error-type-changed", Outcome.BREAKING, BILLING, List.of(),
        List.of(edit("/problems/card\"", "/problems/card-declined\"")), "card-declined"));
    return all;
  }

  private static Edit edit(String from, String to) {
    return new Edit(from, to);
  }

  private static Case breaking(String key, String line, Edit... edits) {
    return new Case(key, Outcome.BREAKING, SHOP, List.of(), List.of(edits), line);
  }

  private static Case compatible(String key, String line, Edit... edits) {
    return new Case(key, Outcome.COMPATIBLE, SHOP, List.of(), List.of(edits), line);
  }
}
