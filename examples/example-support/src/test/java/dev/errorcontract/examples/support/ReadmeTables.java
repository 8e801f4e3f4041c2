package dev.errorcontract.examples.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An example's README shows the tables the processor generates from its catalog, not a hand-kept copy. */
public final class ReadmeTables {

  private ReadmeTables() {}

  /** Asserts that the module's README.md holds every table of {@code <catalog>.md}, verbatim. */
  public static void assertReadmeHoldsGeneratedTables(String catalog) {
    try {
      String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
      List<String> tables = tables(generatedPage(catalog));
      assertFalse(tables.isEmpty(), "the generated page has tables");
      for (String table : tables) {
        assertTrue(readme.contains(table), () -> "README.md lacks the generated table:\n" + table);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String generatedPage(String catalog) throws IOException {
    String resource = "/META-INF/error-contract/" + catalog + ".md";
    try (InputStream in = ReadmeTables.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource + " is generated into the example's classes");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The status and error tables: runs of table lines before the body section. */
  private static List<String> tables(String page) {
    List<String> tables = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    for (String line : page.substring(0, page.indexOf("## Error body")).split("\n")) {
      if (line.startsWith("|")) {
        table.append(line).append('\n');
      } else if (table.length() > 0) {
        tables.add(table.toString());
        table.setLength(0);
      }
    }
    if (table.length() > 0) {
      tables.add(table.toString());
    }
    return tables;
  }
}
