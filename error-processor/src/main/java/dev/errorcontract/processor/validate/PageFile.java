package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/** Loads the checked-in page a {@code @PublishedPage} names, as UTF-8 text. */
final class PageFile {

  private PageFile() {}

  /**
   * The text of the page at {@code path} (absolute, or relative to the project directory), without a
   * byte order mark; empty, with the problem reported at {@code page}, when it cannot be read.
   */
  static Optional<String> read(ProcessingEnvironment env, String path, Where page, Report report) {
    Path file;
    ProjectDirectory.Found project = null;
    try {
      Path given = Path.of(path);
      if (given.isAbsolute()) {
        file = given;
      } else {
        project = ProjectDirectory.find(env);
        if (project.directory() == null) {
          page.report(report, Message.PAGE_PROJECT_UNKNOWN, path, project.problem());
          return Optional.empty();
        }
        file = project.directory().resolve(given).normalize();
      }
    } catch (InvalidPathException e) {
      page.report(report, Message.PAGE_UNREADABLE, path, "it is not a path: " + e.getMessage());
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      page.report(report, Message.PAGE_IS_DIRECTORY, path, file, path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      page.report(report, Message.PAGE_NOT_FOUND, path, file,
          project == null ? "(unused: the path is absolute)" : project.directory(),
          project == null ? "-" : project.how());
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      page.report(report, Message.PAGE_UNREADABLE, file, "it is not valid UTF-8");
    } catch (IOException e) {
      page.report(report, Message.PAGE_UNREADABLE, file, e.toString());
    }
    return Optional.empty();
  }
}
