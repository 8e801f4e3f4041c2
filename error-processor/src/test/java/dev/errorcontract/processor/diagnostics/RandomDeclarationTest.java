package dev.errorcontract.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiConsumer;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles hundreds of catalogs, each a valid one with a few random mistakes, many catalogs per
 * compilation. Whatever the mix, the processor never throws, never reports an internal error, gives every
 * problem a file and a line, generates nothing for a catalog with an error, generates every catalog
 * without one, and what it generates always compiles.
 */
class RandomDeclarationTest {

  private static final long SEED = 20260101L;
  private static final int COMPILATIONS = 6;
  private static final int CATALOGS_PER_COMPILATION = 40;

  /** A catalog declaration being put together; mutations edit its parts. */
  private static final class Declaration {
    final int index;
    String name;
    String kind = "interface";
    /** Optional members of @ErrorCatalog, at most once each (javac rejects a repeated member outright). */
    final java.util.Map<String, String> attributes = new java.util.TreeMap<>();
    String suppress = "";
    final List<String> statuses = new ArrayList<>(List.of(
        "@Status(code = 400, title = \"Bad Request\", description = \"Bad request\")",
        "@Status(code = 404, title = \"Not Found\", description = \"No such thing\")",
        "@Status(code = 500, title = \"Internal Server Error\", description = \"Server error\")"));
    final List<String> errors = new ArrayList<>(List.of(
        "@ApiError(status = 400, detail = \"Invalid nonce\", description = \"d\", code = \"invalid_nonce\")",
        "@ApiError(status = 404, detail = \"No passport {id}\", description = \"d\","
            + " args = @Arg(name = \"id\", type = String.class))"));
    final List<String> bodies = new ArrayList<>();
    final List<String> components = new ArrayList<>(List.of(
        "@Bind(CatalogValue.DETAIL) String message", "@Bind(CatalogValue.STATUS) int status"));
    final List<String> members = new ArrayList<>();

    Declaration(int index, Random random) {
      this.index = index;
      this.name = "\"C" + index + "\"";
      switch (random.nextInt(3)) {
        case 0 -> bodies.add("@FieldBody(\"detail\")");
        case 1 -> bodies.add("@ProblemBody(extensions = @Member(name = \"code\", value = CatalogValue.CODE))");
        default -> useRecordBody();
      }
    }

    String typeName() {
      return "C" + index + "Errors";
    }

    void useRecordBody() {
      bodies.removeIf(b -> b.startsWith("@RecordBody"));
      bodies.add("@RecordBody(" + typeName() + ".Body.class)");
    }

    void addError(String error) {
      errors.add(error);
    }

    String source() {
      String body = kind.equals("enum") ? "; " : "";
      return "package test;\n"
          + "import dev.errorcontract.catalog.*;\n"
          + "@ErrorCatalog(value = " + name
          + attributes.entrySet().stream().map(e -> ", " + e.getKey() + " = " + e.getValue())
              .collect(java.util.stream.Collectors.joining())
          + ")\n"
          + String.join("\n", statuses) + "\n"
          + String.join("\n", errors) + "\n"
          + String.join("\n", bodies) + "\n"
          + suppress
          + kind + " " + typeName() + " {\n  " + body
          + "record Body(" + String.join(", ", components) + ") {}\n  "
          + "record Inner(@Bind(CatalogValue.CODE) String code) {}\n  "
          + String.join("\n  ", members) + "\n}\n";
    }
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static <T> T pick(Random random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** The mistakes (and a few legitimate oddities) a declaration may get. */
  private static final List<BiConsumer<Declaration, Random>> MUTATIONS = List.of(
      (d, r) -> d.statuses.add("@Status(code = " + pick(r, List.of(0, 99, 600, 1000, -4)) + ", title = \"Odd\","
          + " description = \"d\")"),
      (d, r) -> d.statuses.add("@Status(code = 400, title = \"Bad Request\", description = \"Again\", constant = \"AGAIN\")"),
      (d, r) -> d.statuses.set(0, "@Status(code = 400, title = " + quoted(pick(r, List.of("", " ", "\\t")))
          + ", description = \"d\")"),
      (d, r) -> d.statuses.set(1, "@Status(code = 404, title = \"Not Found\", description = \"d\", constant = "
          + quoted(pick(r, List.of("notFound", "1_X", "A__B", "_", "NOT_FOUND", "CLASS"))) + ")"),
      (d, r) -> d.statuses.add("@Status(code = 401, title = \"Unauthorized\", description = \"d\", headers = "
          + "@Header(name = " + quoted(pick(r, List.of("WWW Authenticate", "", "X:Y", "WWW-Authenticate")))
          + ", value = " + quoted(pick(r, List.of("ApiKey", "a\\nb", "", "x\\u0000"))) + "))"),
      (d, r) -> d.addError("@ApiError(status = " + pick(r, List.of(418, 302, 103, 700, 200, 204, 304, 0))
          + ", detail = \"Odd status\", description = \"d\")"),
      (d, r) -> {
        int code = pick(r, List.of(200, 204, 304, 301));
        d.statuses.add("@Status(code = " + code + ", title = \"Whatever\", description = \"d\")");
        d.addError("@ApiError(status = " + code + ", detail = \"Not an error\", description = \"d\")");
      },
      (d, r) -> d.addError("@ApiError(status = 400, detail = \"Invalid nonce\", description = \"again\")"),
      (d, r) -> d.addError("@ApiError(status = 500, detail = \"Boom\", description = \"d\", code = \"invalid_nonce\")"),
      (d, r) -> d.addError("@ApiError(status = 400, detail = " + quoted(pick(r, List.of("", " ", "?!", "{}")))
          + ", description = \"d\")"),
      (d, r) -> d.addError("@ApiError(status = 400, detail = \"Coded\", description = \"d\", code = "
          + quoted(pick(r, List.of(" ", "", "x"))) + ")"),
      (d, r) -> d.addError("@ApiError(status = 400, detail = \"Named\", description = \"d\", constant = "
          + quoted(pick(r, List.of("x", "INVALID_NONCE", "NOT_FOUND", "A-B", "LIMIT1", "C" + d.index + "_EXCEPTION")))
          + ")"),
      (d, r) -> d.addError("@ApiError(status = 400, detail = " + quoted(pick(r, List.of(
          "Invalid-nonce", "String", "Catalog exception", "Object", "Throwable", "Error body", "Override",
          "C" + d.index + " exception", "C" + d.index + " status", "Bad request", "Not found!")))
          + ", description = \"d\")"),
      (d, r) -> d.addError("@ApiError(status = 400, detail = \"Limit 1\", description = \"d\", constant = \"LIMIT_1\")"),
      (d, r) -> d.addError("@ApiError(status = 400, detail = " + quoted(pick(r, List.of(
          "Bad {x}", "{", "}", "a {b{c}}", "{1x}", "{class}", "{ x }", "Bad {x} and {x}", "{x}{y}")))
          + ", description = \"d\", args = @Arg(name = \"x\", type = int.class))"),
      (d, r) -> d.addError("@ApiError(status = 400, detail = \"No placeholder\", description = \"d\","
          + " args = @Arg(name = \"x\", type = int.class))"),
      (d, r) -> d.addError("@ApiError(status = 400, detail = \"Typed {x}\", description = \"d\","
          + " args = @Arg(name = \"x\", type = " + pick(r, List.of(
              "java.util.List.class", "Object.class", "int[].class", "void.class", "Runnable.class",
              "java.time.Instant.class", "StackTraces.class", "Integer.class", "CharSequence.class",
              "java.time.Duration.class", "java.util.Optional.class", "Missing.class")) + "))"),
      (d, r) -> {
        String arg = pick(r, List.of("class", "cause", "detail", "status", "getMessage", "hashCode", "1x", "",
            "serialVersionUID", "body", "error", "headers", "instance", "mediaType", "getClass", "fine"));
        d.addError("@ApiError(status = 400, detail = \"Arg {" + arg + "}\", description = \"d\","
            + " args = @Arg(name = " + quoted(arg) + ", type = String.class))");
      },
      (d, r) -> d.addError("@ApiError(status = 400, detail = \"Twice {x}\", description = \"d\","
          + " args = {@Arg(name = \"x\", type = int.class), @Arg(name = \"x\", type = long.class)})"),
      (d, r) -> d.name = quoted(pick(r, List.of("", " ", "lower", "Pass port", "_", "C0", "Pässport" + d.index,
          "String", "C" + d.index + "$"))),
      (d, r) -> d.name = pick(r, List.of("UNKNOWN_NAME", "Missing.NAME")),
      (d, r) -> d.addError("@ApiError(status = " + pick(r, List.of(400, 404, 500)) + ", detail = \"Answering\","
          + " description = \"d\", answers = Condition." + pick(r, List.of("UNKNOWN_PATH", "STATUS",
              "UNEXPECTED_FAILURE", "UNDOCUMENTED_CLIENT_ERROR", "UNREADABLE_BODY")) + ")"),
      (d, r) -> {
        d.attributes.put("attributes", pick(r, List.of("\"type\"", "{\"type\", \"type\"}", "\" \"")));
        d.members.add("// attributes: " + d.attributes.get("attributes"));
      },
      (d, r) -> d.statuses.add(pick(r, List.of("@Status(range = \"5XX\", title = \"Server Errors\")",
          "@Status(range = \"4XX\")", "@Status(code = {502, 503})", "@Status(code = 502, range = \"5XX\")",
          "@Status(range = \"6XX\")", "@Status(code = {})", "@Status(code = 499)"))),
      (d, r) -> d.statuses.remove(2),
      // (Not StackTraces.NOPE: a missing member of a known class stops javac before any processor runs.)
      (d, r) -> d.attributes.put("stackTraces", "StackTraces." + pick(r, List.of("CATALOG_DEFAULT", "ALWAYS"))),
      // (An unresolved value in a repeated row stops javac before any processor runs: not in a row.)
      (d, r) -> {
        d.bodies.clear();
        d.bodies.add("@FieldBody(DETAIL_FIELD)");
      },
      (d, r) -> d.bodies.clear(),
      (d, r) -> {
        // A second body of another kind (the same annotation twice is javac's error, not ours).
        for (String body : List.of("@FieldBody(\"x\")", "@ProblemBody", "@RecordBody(" + d.typeName() + ".Body.class)")) {
          if (d.bodies.stream().noneMatch(b -> b.startsWith(body.substring(0, 8)))) {
            d.bodies.add(body);
            return;
          }
        }
      },
      (d, r) -> {
        d.bodies.clear();
        d.bodies.add("@FieldBody(" + quoted(pick(r, List.of("", " ", "message", "\\\"q\\\""))) + ")");
      },
      (d, r) -> {
        d.bodies.clear();
        d.bodies.add("@ProblemBody(type = " + quoted(pick(r, List.of("a b", "", "::", "http://[bad", "%zz",
            "https://example.com/p", "/relative", "urn:x:y"))) + ", instance = Instance." + pick(r, List.of("NONE", "EXCEPTION", "REQUEST_PATH")) + ")");
      },
      (d, r) -> {
        d.bodies.clear();
        d.bodies.add("@ProblemBody(extensions = {" + pick(r, List.of(
            "@Member(name = \"status\", value = CatalogValue.STATUS)",
            "@Member(name = \"\", value = CatalogValue.CODE)",
            "@Member(name = \"c\", value = CatalogValue.CODE), @Member(name = \"c\", constant = \"x\")",
            "@Member(name = \"c\", value = CatalogValue.CODE, constant = \"x\")",
            "@Member(name = \"v\", constant = \"1\")")) + "})");
      },
      (d, r) -> {
        d.useRecordBody();
        d.components.add(pick(r, List.of(
            "String unbound", "@Bind(CatalogValue.DETAIL) String again", "@Bind(CatalogValue.STATUS) String s",
            "@Bind(constant = \"abc\") int version", "@Bind(constant = \"yes\") boolean flag",
            "@Bind(CatalogValue.TITLE) int title", "Body self", "@Bind(CatalogValue.CODE) Inner inner",
            "Inner inner", "Missing missing", "@Bind(value = CatalogValue.CODE, constant = \"x\") String c",
            "@Bind(constant = \"x\") Object o", "@Bind(constant = \"7\") long big")));
      },
      (d, r) -> {
        d.bodies.clear();
        d.bodies.add(pick(r, List.of("@RecordBody(Record.class)", "@RecordBody(Missing.class)")));
      },
      (d, r) -> d.kind = pick(r, List.of("enum", "@interface", "abstract class", "class")),
      (d, r) -> d.addError("@ApiError(status = 400, detail = " + quoted(pick(r, List.of(
          "Trailing ", " Leading", "Quote \\\" backslash \\\\ end", "Ünïcödé détail", "Comment */ end",
          "Line\\nbreak", "At @sign <b>", "Tab\\there")))
          + ", description = " + quoted(pick(r, List.of("", "d", "*/ @x <p> \\\\u0041"))) + ")"),
      (d, r) -> d.statuses.set(1, "@Status(code = 404, title = " + quoted(pick(r, List.of("Missing", "not found")))
          + ", description = \"d\")"),
      (d, r) -> d.suppress += "@SuppressWarnings(" + quoted(pick(r, List.of(
          "error-contract", "error-contract:nonstandard-title", "error-contract:status-range"))) + ")\n");

  @Test
  void randomlyCombinedMistakesNeverCrashAndNeverGenerateAFailingCatalog() {
    Random random = new Random(SEED);
    int failing = 0;
    int generated = 0;
    for (int compilation = 0; compilation < COMPILATIONS; compilation++) {
      List<Declaration> declarations = new ArrayList<>();
      List<JavaFileObject> files = new ArrayList<>();
      for (int i = 0; i < CATALOGS_PER_COMPILATION; i++) {
        Declaration declaration = new Declaration(compilation * CATALOGS_PER_COMPILATION + i, random);
        int mistakes = random.nextInt(4);
        for (int m = 0; m < mistakes; m++) {
          pick(random, MUTATIONS).accept(declaration, random);
        }
        declarations.add(declaration);
        files.add(Sources.source(declaration.typeName(), declaration.source()));
      }

      Javac.Result result = Javac.compile(new ErrorCatalogProcessor(), files);

      for (Diagnostic<? extends JavaFileObject> diagnostic : result.diagnostics()) {
        String text = diagnostic.getMessage(Locale.ROOT);
        assertWithMessage("%s", text).that(text).doesNotContain("threw an uncaught exception");
        assertWithMessage("%s", text).that(text).doesNotContain("[error-contract:internal-error]");
        if (text.contains("[error-contract:")) {
          // A message fills in every value, and never names one thing twice as if it were two.
          assertWithMessage("%s", text).that(text).doesNotContain("%s");
          assertWithMessage("%s", text).that(text).doesNotContain("<error>");
          assertWithMessage("%s", text).that(text).doesNotMatch("(?s).*(\"[^\"]+\") and (error |status row )?\\1(?! \\().*");
          // Every problem has a place: a file and a line.
          assertWithMessage("no position: %s", text).that(diagnostic.getSource()).isNotNull();
          assertWithMessage("no line: %s", text).that(diagnostic.getLineNumber()).isGreaterThan(0L);
        }
        if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() != null) {
          assertWithMessage("generated code does not compile: %s", text)
              .that(diagnostic.getSource().getName()).doesNotContain("error-contract-javac");
        }
      }
      List<JavaFileObject> valid = new ArrayList<>();
      for (Declaration declaration : declarations) {
        String from = "from test." + declaration.typeName() + "\"";
        List<String> errors = result.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null)
            .filter(d -> d.getSource().getName().endsWith("/" + declaration.typeName() + ".java"))
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();
        List<String> generatedFiles = result.generatedText().entrySet().stream()
            .filter(e -> e.getValue().contains(from))
            .map(e -> e.getKey())
            .toList();
        if (errors.isEmpty()) {
          generated++;
          valid.add(Sources.source(declaration.typeName(), declaration.source()));
          assertWithMessage("a catalog without errors is generated:\n%s\nall errors: %s", declaration.source(),
                  result.errors())
              .that(generatedFiles).isNotEmpty();
        } else {
          failing++;
          assertWithMessage("errors %s, yet generated:\n%s", errors, declaration.source())
              .that(generatedFiles).isEmpty();
        }
      }
      // javac stops after the processors when any of them reported an error, so the code generated above was
      // never compiled: compile the catalogs judged valid on their own, generated code included.
      Javac.Result clean = Javac.compile(new ErrorCatalogProcessor(), valid);
      assertWithMessage("the catalogs judged valid do not compile: %s", clean.errors()).that(clean.success()).isTrue();
    }
    // The mix must exercise both sides, or the test proves little.
    assertWithMessage("failing catalogs").that(failing).isGreaterThan(120);
    assertWithMessage("generated catalogs").that(generated).isGreaterThan(20);
  }
}
