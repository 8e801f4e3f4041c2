package dev.errorcontract.processor.validate;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the project (module) directory published page paths are relative to, from inside javac, where
 * the working directory means nothing (Maven runs every module of a reactor from the root).
 *
 * <ol>
 *   <li>The processor option {@value #OPTION}, when given: the build tool knows the directory for sure.
 *   <li>Otherwise the class output directory, asked of the Filer: the nearest directory above it that
 *       holds a build file ({@code pom.xml}, {@code build.gradle}, {@code build.gradle.kts}), which is
 *       the module directory for both Maven ({@code target/classes}) and Gradle ({@code
 *       build/classes/java/main}).
 * </ol>
 */
public final class ProjectDirectory {

  /** The processor option naming the project directory. */
  static final String OPTION = "errorcontract.projectDir";

  private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");

  /** The directory found, or why none was: exactly one of the two is not null. */
  public record Found(Path directory, String how, String problem) {}

  private ProjectDirectory() {}

  public static Found find(ProcessingEnvironment env) {
    String option = env.getOptions().get(OPTION);
    if (option != null) {
      try {
        return new Found(Path.of(option).toAbsolutePath().normalize(), "from -A" + OPTION, null);
      } catch (InvalidPathException e) {
        return new Found(null, null, "-A" + OPTION + "=" + option + " is not a path: " + e.getMessage());
      }
    }
    URI classOutput;
    try {
      // Only asks where such a file would go; the probe is never created.
      FileObject probe = env.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", "error-contract.probe");
      classOutput = probe.toUri();
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return new Found(null, null, "the compiler does not tell where the class output directory is: " + e);
    }
    if (!"file".equals(classOutput.getScheme())) {
      return new Found(null, null, "the class output is not a directory (" + classOutput + ")");
    }
    Path output = Path.of(classOutput).getParent();
    for (Path dir = output; dir != null; dir = dir.getParent()) {
      for (String buildFile : BUILD_FILES) {
        if (Files.isRegularFile(dir.resolve(buildFile))) {
          return new Found(dir, "the directory of " + dir.resolve(buildFile), null);
        }
      }
    }
    return new Found(null, null, "no directory above the class output " + output + " holds a build file "
        + String.join(", ", BUILD_FILES));
  }
}
