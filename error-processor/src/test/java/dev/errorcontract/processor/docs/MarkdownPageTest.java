package dev.errorcontract.processor.docs;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated page gives back the published tables cell for cell. The tables are read here by a
 * parser of the test's own, so a fault in the processor's page parser cannot hide one in the page.
 */
class MarkdownPageTest {

  private static final String[] STATUS = {"Code", "Title", "Description"};
  private static final String[] ERRORS = {"Error Detail", "Description"};

  @Test
  void passportTablesAreThePublishedOnes() {
    String page = generate(Catalogs.PASSPORT, "Passport.md");
    String seed = DocsCompiler.testResource("passport-errors.md");
    assertEquals(cells(seed, STATUS), cells(page, STATUS));
    assertEquals(cells(seed, ERRORS), cells(page, ERRORS));
    // The published page's tables are padded as this generator pads: even the bytes are the same.
    assertEquals(lines(seed, STATUS), lines(page, STATUS));
    assertEquals(lines(seed, ERRORS), lines(page, ERRORS));
  }

  @Test
  void signzyStatusTableIsThePublishedOneAndThereIsNoErrorTable() {
    String page = generate(Catalogs.SIGNZY, "Signzy.md");
    String seed = DocsCompiler.testResource("signzy-errors.md");
    List<List<String>> published = cells(seed, STATUS);
    assertEquals(published, cells(page, STATUS));
    assertEquals(11, published.size());
    assertTrue(published.get(10).get(2).contains("couldn\u2019t"));
    assertTrue(lines(page, ERRORS).isEmpty(), "Signzy documents no error details");
  }

  @Test
  void tablesAreAlignedForPlainTextReading() {
    String page = generate(Catalogs.SIGNZY, "Signzy.md");
    List<String> table = lines(page, STATUS);
    for (String line : table) {
      assertEquals(width(table.get(0)), width(line), line);
    }
    assertTrue(table.get(1).matches("\\|( -+ \\|)+"), table.get(1));
  }

  @Test
  void pipesAreEscapedAndTheBodyIsShownWithAnExample() {
    String page = generate(Catalogs.SHAPES, "Shapes.md");
    assertEquals(List.of("400", "Bad Request", "The request is invalid \\| malformed."), cells(page, STATUS).get(1));
    assertTrue(page.contains("`application/problem+json`"), page);
    assertTrue(page.contains("| `service`  | always `\"shapes\"`"), page);
    assertTrue(page.contains("{\"type\":\"https://example.com/problems\",\"title\":\"Bad Request\",\"status\":400,"
        + "\"detail\":\"Invalid limit: {limit}\",\"code\":\"invalid_limit\",\"service\":\"shapes\"}"), page);
  }

  @Test
  void passportExampleIsTheFirstRowsBody() {
    String page = generate(Catalogs.PASSPORT, "Passport.md");
    assertTrue(page.contains("```json\n{\"detail\":\"Invalid nonce\"}\n```\n"), page);
    assertFalse(page.contains("\r"));
  }

  @Test
  void everyResourceIsDeterministic() {
    for (String catalog : List.of(Catalogs.PASSPORT, Catalogs.SIGNZY, Catalogs.SHAPES)) {
      Compilation first = DocsCompiler.compile(null, Catalogs.source(catalog));
      Compilation second = DocsCompiler.compile(null, Catalogs.source(catalog));
      String name = catalog.contains("Passport") ? "Passport" : catalog.contains("Signzy") ? "Signzy" : "Shapes";
      for (String suffix : List.of(".md", ".openapi.json", ".catalog.json")) {
        assertArrayEquals(DocsCompiler.resource(first, name + suffix), DocsCompiler.resource(second, name + suffix),
            name + suffix);
      }
    }
  }

  static String generate(String catalog, String resource) {
    // The published page's layout, chosen without a checked-in page to compare with (issue 25: without
    // @PublishedPage the default columns show every value on the wire instead).
    Compilation compilation = DocsCompiler.compile(null, Catalogs.source(catalog, "@PublishedPage"));
    assertThat(compilation).succeeded();
    return DocsCompiler.text(compilation, resource);
  }

  /** The lines of the first table with this header: header, delimiter and rows. */
  static List<String> lines(String page, String... header) {
    List<String> all = page.lines().toList();
    List<String> table = new ArrayList<>();
    for (int i = 0; i + 1 < all.size(); i++) {
      if (all.get(i).startsWith("|") && split(all.get(i)).equals(List.of(header))) {
        for (int j = i; j < all.size() && all.get(j).startsWith("|"); j++) {
          table.add(all.get(j));
        }
        break;
      }
    }
    return table;
  }

  /** The header and body rows of that table, as trimmed cells. */
  static List<List<String>> cells(String page, String... header) {
    List<String> lines = lines(page, header);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i != 1) {
        rows.add(split(lines.get(i)));
      }
    }
    return rows;
  }

  private static List<String> split(String line) {
    String inner = line.strip();
    inner = inner.substring(1, inner.length() - 1);
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  private static int width(String line) {
    return line.codePointCount(0, line.length());
  }
}
