package dev.errorcontract.examples.passport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README shows the tables the processor generates from the catalog, not a hand-kept copy. */
class ReadmeTablesTest {

  @Test
  void theReadmeHoldsTheGeneratedTables() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> tables = tables(generatedPage());
    assertFalse(tables.isEmpty(), "the generated page has tables");
    for (String table : tables) {
      assertTrue(readme.contains(table), () -> "README.md lacks the generated table:\n" + table);
    }
  }

  private static String generatedPage() throws IOException {
    try (InputStream in = ReadmeTablesTest.class.getResourceAsStream("/META-INF/error-contract/Passport.md")) {
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
