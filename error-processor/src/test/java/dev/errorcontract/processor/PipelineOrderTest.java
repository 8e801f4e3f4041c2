package dev.errorcontract.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages depend on each other in pipeline order only, and the README's picture of
 * those dependencies is the real one.
 *
 * <p>Every main source file is read; a dependency is an {@code import} (static or not) of a type of
 * another processor package, or a fully-qualified reference to one in code (comments and string
 * literals are left out). Each package has the rank of its phase: {@code diagnostics} 0, {@code collect}
 * 1, {@code derive} 2, {@code validate} 3, {@code model} 4, {@code generate} 5 ({@code generate.docs} is
 * part of it), and the processors 6. The operations pipeline ranks its own phases the same way ({@code
 * operations.collect} as {@code collect}, ...), with {@link
 * dev.errorcontract.processor.operations.OperationsProcessor}'s package as a processor. A package may
 * depend on a package of its own rank or a lower one, never a higher one, and no packages may depend
 * on each other in a cycle. A new package must be given a rank here.
 *
 * <p>Issue 23, the seam: the core knows no web framework. {@code spi}, the runtime adapters' service
 * interface, ranks with {@code diagnostics} and imports no other processor package; an adapter package
 * ({@code jaxrs}, the built-in Jakarta REST adapter, and {@code spring}, the Spring MVC one) ranks above
 * the processors, so no core package may import it, and imports nothing of the processor but {@code spi}.
 * No core source names a Jakarta REST or a Spring type, by import, qualified name or string.
 */
class PipelineOrderTest {

  private static final String ROOT = "dev.errorcontract.processor";
  private static final Path SOURCES = Path.of("src/main/java/dev/errorcontract/processor");
  private static final List<String> PHASES = List.of("diagnostics", "collect", "derive", "validate", "model", "generate");
  private static final int PROCESSORS = PHASES.size();
  /** The packages of built-in runtime adapters: nothing imports them, they import only {@code spi}. */
  private static final List<String> ADAPTERS = List.of(ROOT + ".jaxrs", ROOT + ".spring");
  private static final String SPI = ROOT + ".spi";
  /** A Jakarta REST name in code: an import, a qualified name or a string naming its package. */
  private static final Pattern JAKARTA_REST = Pattern.compile("jakarta\\.ws\\.rs\\b|org\\.springframework\\b");
  /** Block and line comments only: string literals stay, since a name in a string is a use too. */
  private static final Pattern COMMENTS = Pattern.compile(
      "/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"", Pattern.DOTALL);

  /** {@code import [static] dev.errorcontract.processor.x.y.Type...;} */
  private static final Pattern IMPORT = Pattern.compile(
      "^import\\s+(?:static\\s+)?" + Pattern.quote(ROOT) + "((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z][\\w.]*\\s*;",
      Pattern.MULTILINE);
  /** A fully-qualified reference in code: {@code dev.errorcontract.processor.x.y.Type}. */
  private static final Pattern QUALIFIED = Pattern.compile(
      "(?<![\\w.])" + Pattern.quote(ROOT) + "((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");
  /** Block comments, line comments, string literals and character literals, in the order they start. */
  private static final Pattern NOT_CODE = Pattern.compile(
      "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'", Pattern.DOTALL);

  /** A dependency of one file on another package, as written there. */
  record Use(String from, String to, Path file, String text) {}

  @Test
  void packagesDependInPipelineOrderOnly() {
    List<String> wrong = new ArrayList<>();
    for (Use use : uses()) {
      if (rank(use.to()) > rank(use.from())) {
        wrong.add(use.file() + ": " + use.text() + " (" + name(use.from()) + ", rank " + rank(use.from())
            + ", depends on " + name(use.to()) + ", rank " + rank(use.to()) + ")");
      }
    }
    assertTrue(wrong.isEmpty(), "dependencies against the pipeline order:\n" + String.join("\n", wrong));
  }

  @Test
  void packagesDependOnEachOtherInNoCycle() {
    List<String> cycle = cycle(edges(uses()));
    if (!cycle.isEmpty()) {
      StringBuilder text = new StringBuilder("packages depending on each other in a cycle:");
      List<Use> uses = uses();
      for (int i = 0; i + 1 < cycle.size(); i++) {
        String from = cycle.get(i);
        String to = cycle.get(i + 1);
        text.append("\n").append(name(from)).append(" -> ").append(name(to)).append(", in:");
        uses.stream().filter(u -> u.from().equals(from) && u.to().equals(to))
            .forEach(u -> text.append("\n  ").append(u.file()).append(": ").append(u.text()));
      }
      fail(text.toString());
    }
  }

  @Test
  void theServiceInterfaceImportsNoOtherPackage() {
    List<String> wrong = uses().stream().filter(u -> u.from().equals(SPI))
        .map(u -> u.file() + ": " + u.text()).toList();
    assertTrue(wrong.isEmpty(), "spi is the adapters' whole API and depends on nothing of the processor:\n"
        + String.join("\n", wrong));
  }

  @Test
  void adaptersImportOnlyTheServiceInterface() {
    List<String> wrong = uses().stream()
        .filter(u -> ADAPTERS.contains(u.from()) && !u.to().equals(SPI))
        .map(u -> u.file() + ": " + u.text()).toList();
    assertTrue(wrong.isEmpty(), "an adapter uses the service interface only, as a third party's must:\n"
        + String.join("\n", wrong));
  }

  @Test
  void theCoreNamesNoJakartaRestType() {
    List<String> wrong = new ArrayList<>();
    for (Path file : mainSources()) {
      String source = read(file);
      if (!ADAPTERS.contains(packageOf(file, source))) {
        wrong.addAll(jakartaRestNames(file, source));
      }
    }
    assertTrue(wrong.isEmpty(), "the core knows no web framework; move these to an adapter:\n" + String.join("\n", wrong));
  }

  @Test
  void readmePictureIsTheRealDependencies() throws IOException {
    Map<String, Set<String>> real = edges(uses());
    List<String> expected = new ArrayList<>();
    real.forEach((from, tos) -> tos.forEach(to -> expected.add(name(from) + " --> " + name(to))));
    List<String> drawn = readmeEdges(Files.readString(Path.of("README.md")));
    assertEquals(new TreeSet<>(expected), new TreeSet<>(drawn),
        "README.md's package picture differs from the imports; its edges should be:\n" + String.join("\n", expected));
  }

  /** The checks themselves tell good from bad. */
  @Test
  void theChecksFindWhatTheyLookFor() {
    String source = "package dev.errorcontract.processor.validate;\n"
        + "import dev.errorcontract.processor.generate.Source;\n"
        + "import static dev.errorcontract.processor.model.CatalogModel.x;\n"
        + "/** {@link dev.errorcontract.processor.generate.docs.Resource} */\n"
        + "class A { String s = \"dev.errorcontract.processor.generate.Generator\";\n"
        + "  Object o = new dev.errorcontract.processor.generate.docs.Resource(); }\n";
    List<Use> uses = uses(Path.of("A.java"), source);
    assertEquals(List.of(ROOT + ".generate", ROOT + ".model", ROOT + ".generate.docs"),
        uses.stream().map(Use::to).toList());
    assertTrue(rank(ROOT + ".generate") > rank(ROOT + ".validate"));
    assertEquals(rank(ROOT + ".collect"), rank(ROOT + ".operations.collect"));
    Map<String, Set<String>> edges = new TreeMap<>();
    edges.put("a", Set.of("b"));
    edges.put("b", Set.of("c"));
    edges.put("c", Set.of("a"));
    assertEquals(List.of("a", "b", "c", "a"), cycle(edges));
    edges.put("c", Set.of());
    assertTrue(cycle(edges).isEmpty());
    assertEquals(List.of("collect --> diagnostics", "generate.docs --> model"), readmeEdges(
        "x\n```mermaid\nflowchart TD\n  generate_docs[generate.docs]\n  collect --> diagnostics\n"
            + "  generate_docs --> model\n```\n"));
    assertFalse(readmeEdges("```mermaid\n```\n").iterator().hasNext());
    // The seam's checks.
    assertTrue(rank(ROOT + ".jaxrs") > rank(ROOT), "no processor may import an adapter");
    assertEquals(0, rank(SPI));
    assertEquals(List.of(
            "A.java:2: import jakarta.ws.rs.Path;",
            "A.java:4: class A { static final String P = \"jakarta.ws.rs.Path\";",
            "A.java:5: Object o = jakarta.ws.rs.core.Response.ok();"),
        jakartaRestNames(Path.of("A.java"), "package dev.errorcontract.processor.generate;\n"
            + "import jakarta.ws.rs.Path;\n"
            + "/** Not {@code jakarta.ws.rs.Path}. */ // nor jakarta.ws.rs.GET\n"
            + "class A { static final String P = \"jakarta.ws.rs.Path\";\n"
            + "  Object o = jakarta.ws.rs.core.Response.ok();\n"
            + "  String s = \"jakarta.ws.rsx\"; }\n"));
    assertTrue(rank(ROOT + ".spring") > rank(ROOT), "no processor may import the Spring adapter");
    assertEquals(List.of("A.java:3: String m = \"org.springframework.web.bind.annotation.GetMapping\";"),
        jakartaRestNames(Path.of("A.java"), "package dev.errorcontract.processor.operations;\n"
            + "/** Not {@code org.springframework.stereotype.Controller}. */\n"
            + "String m = \"org.springframework.web.bind.annotation.GetMapping\";\n"));
  }

  /** Each line of {@code source} naming a Jakarta REST type outside comments, as {@code file:line: text}. */
  static List<String> jakartaRestNames(Path file, String source) {
    Matcher comments = COMMENTS.matcher(source);
    StringBuilder code = new StringBuilder();
    while (comments.find()) {
      String found = comments.group();
      // Comments become blanks (line breaks kept, so lines keep their numbers); literals stay.
      comments.appendReplacement(code, Matcher.quoteReplacement(
          found.startsWith("\"") ? found : found.replaceAll("[^\\n]", " ")));
    }
    comments.appendTail(code);
    List<String> found = new ArrayList<>();
    String[] lines = code.toString().split("\n", -1);
    String[] original = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (JAKARTA_REST.matcher(lines[i]).find()) {
        found.add(file + ":" + (i + 1) + ": " + original[i].strip());
      }
    }
    return found;
  }

  private static List<Path> mainSources() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String packageOf(Path file, String source) {
    Matcher packageLine = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE).matcher(source);
    if (!packageLine.find()) {
      throw new AssertionError(file + " has no package line");
    }
    return packageLine.group(1);
  }

  private static List<Use> uses() {
    List<Use> uses = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        uses.addAll(uses(file, Files.readString(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertFalse(uses.isEmpty(), "no main sources under " + SOURCES.toAbsolutePath());
    return uses;
  }

  /** The dependencies of one file on other processor packages. */
  static List<Use> uses(Path file, String source) {
    Matcher packageLine = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE).matcher(source);
    if (!packageLine.find()) {
      throw new AssertionError(file + " has no package line");
    }
    String from = packageLine.group(1);
    List<Use> uses = new ArrayList<>();
    Matcher imports = IMPORT.matcher(source);
    while (imports.find()) {
      add(uses, from, ROOT + imports.group(1), file, imports.group());
    }
    String code = IMPORT.matcher(NOT_CODE.matcher(source).replaceAll(" ")).replaceAll("");
    Matcher qualified = QUALIFIED.matcher(code);
    while (qualified.find()) {
      add(uses, from, ROOT + qualified.group(1), file, qualified.group() + "... (qualified name in code)");
    }
    return uses;
  }

  private static void add(List<Use> uses, String from, String to, Path file, String text) {
    if (!to.equals(from)) {
      uses.add(new Use(from, to, file, text.strip()));
    }
  }

  /** The rank of a processor package's phase; a package of no known phase fails the test. */
  static int rank(String pkg) {
    if (pkg.equals(ROOT) || pkg.equals(ROOT + ".operations")) {
      return PROCESSORS;
    }
    if (pkg.equals(SPI)) {
      return 0;
    }
    if (ADAPTERS.contains(pkg)) {
      return PROCESSORS + 1;
    }
    String rest = pkg.startsWith(ROOT + ".operations.") ? pkg.substring((ROOT + ".operations.").length())
        : pkg.startsWith(ROOT + ".") ? pkg.substring(ROOT.length() + 1) : null;
    if (rest != null) {
      int phase = PHASES.indexOf(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
      if (phase >= 0) {
        return phase;
      }
    }
    throw new AssertionError("package " + pkg + " belongs to no phase of the pipeline: give it a rank in "
        + PipelineOrderTest.class.getSimpleName());
  }

  private static Map<String, Set<String>> edges(List<Use> uses) {
    Map<String, Set<String>> edges = new TreeMap<>();
    for (Use use : uses) {
      edges.computeIfAbsent(use.from(), f -> new TreeSet<>()).add(use.to());
    }
    return edges;
  }

  /** A cycle of {@code edges}, its first package repeated at the end; empty when there is none. */
  static List<String> cycle(Map<String, Set<String>> edges) {
    Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the path, 2: done
    for (String start : edges.keySet()) {
      Deque<String> path = new ArrayDeque<>();
      List<String> found = visit(start, edges, state, path);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static List<String> visit(String node, Map<String, Set<String>> edges, Map<String, Integer> state,
      Deque<String> path) {
    Integer seen = state.get(node);
    if (seen != null && seen == 2) {
      return List.of();
    }
    if (seen != null) {
      List<String> onPath = new ArrayList<>(path);
      java.util.Collections.reverse(onPath);
      List<String> cycle = new ArrayList<>(onPath.subList(onPath.indexOf(node), onPath.size()));
      cycle.add(node);
      return cycle;
    }
    state.put(node, 1);
    path.push(node);
    for (String next : edges.getOrDefault(node, Set.of())) {
      List<String> found = visit(next, edges, state, path);
      if (!found.isEmpty()) {
        return found;
      }
    }
    path.pop();
    state.put(node, 2);
    return List.of();
  }

  /** A package as the README names it: relative to the processor's, which is {@code processor}. */
  private static String name(String pkg) {
    return pkg.equals(ROOT) ? "processor" : pkg.substring(ROOT.length() + 1);
  }

  /**
   * The edges of the README's {@code mermaid} block, as {@code from --> to} with the packages' names: a
   * node is named by its label when declared as {@code id[label]}, else by its id.
   */
  static List<String> readmeEdges(String readme) {
    Matcher block = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    if (!block.find()) {
      throw new AssertionError("README.md has no ```mermaid block");
    }
    Map<String, String> labels = new HashMap<>();
    Matcher node = Pattern.compile("^\\s*(\\w+)\\[\"?([\\w.]+)\"?\\]\\s*$", Pattern.MULTILINE).matcher(block.group(1));
    while (node.find()) {
      labels.put(node.group(1), node.group(2));
    }
    List<String> edges = new ArrayList<>();
    Matcher edge = Pattern.compile("^\\s*(\\w+)\\s*-->\\s*(\\w+)\\s*$", Pattern.MULTILINE).matcher(block.group(1));
    while (edge.find()) {
      edges.add(labels.getOrDefault(edge.group(1), edge.group(1)) + " --> "
          + labels.getOrDefault(edge.group(2), edge.group(2)));
    }
    Set<String> unique = new HashSet<>(edges);
    assertEquals(unique.size(), edges.size(), "the README's mermaid block repeats an edge");
    return edges;
  }
}
