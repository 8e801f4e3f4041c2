package dev.errorcontract.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of message keys is the {@link Message} catalog: same keys, same kinds, same order. */
class ReadmeTest {

  private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (error|warning|note) \\| (.+) \\|$");

  @Test
  void readmeListsExactlyTheKeysOfMessage() throws IOException {
    // Surefire runs in the module directory.
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        assertWithMessage("example of %s", row.group(1)).that(row.group(3).strip()).isNotEmpty();
        rows.add(row.group(1) + " " + row.group(2));
      }
    }
    List<String> messages = Arrays.stream(Message.values())
        .map(m -> m.key() + " " + m.kind().name().toLowerCase(Locale.ROOT))
        .toList();
    assertThat(rows).containsExactlyElementsIn(messages).inOrder();
  }

  @Test
  void everyKeyIsUnique() {
    assertThat(Arrays.stream(Message.values()).map(Message::key).distinct().count())
        .isEqualTo((long) Message.values().length);
  }
}
