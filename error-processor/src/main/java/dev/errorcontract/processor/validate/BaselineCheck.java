package dev.errorcontract.processor.validate;

import dev.errorcontract.evolution.BadContract;
import dev.errorcontract.evolution.Change;
import dev.errorcontract.evolution.Contract;
import dev.errorcontract.evolution.Differ;
import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import dev.errorcontract.processor.derive.CatalogJson;
import dev.errorcontract.processor.derive.Description;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Compares a valid catalog with its baseline ({@code @ErrorCatalog(baseline)}): an unacknowledged
 * breaking change is an error at the row, everything else a note. The baseline is a checked-in file,
 * resolved like a published page.
 */
public final class BaselineCheck {

  /**
   * The prefix of a baseline read from the annotation processor path, where the previous release's
   * artifact carries it: {@code processorpath:META-INF/error-contract/Passport.catalog.json}.
   */
  public static final String PROCESSOR_PATH = "processorpath:";

  private final ProcessingEnvironment env;

  public BaselineCheck(ProcessingEnvironment env) {
    this.env = env;
  }

  /** The changes against the baseline; none when the catalog names none. */
  public Report check(Declarations.Catalog declaration, Description description) {
    Report report = new Report();
    Located<String> baseline = declaration.baseline();
    if (baseline.get().isEmpty()) {
      return report;
    }
    Optional<Contract> before = read(baseline, declaration, description, report);
    if (before.isEmpty()) {
      return report;
    }
    if (!java.util.Objects.equals(before.get().name(), description.name())) {
      report.report(Message.BASELINE_OTHER_CATALOG, declaration.type(), baseline, baseline.get(), before.get().name(),
          description.name(), description.name(), description.name());
      return report;
    }
    Contract after;
    try {
      after = Contract.parse(
          new String(CatalogJson.bytes(description), StandardCharsets.UTF_8), description.name() + ".catalog.json");
    } catch (BadContract e) {
      throw new IllegalStateException("the processor cannot read its own .catalog.json: " + e.getMessage(), e);
    }
    ChangeSites sites = new ChangeSites(declaration, description, baseline);
    List<Change> changes = Differ.compare(before.get(), after);
    UnusedMarkers.report(report, declaration, description, before.get(), changes, baseline.get());
    for (Change change : changes) {
      ChangeSites.Site site = sites.of(change);
      String what = change.kind().key();
      if (change.unacknowledged()) {
        report.report(Message.CONTRACT_BREAKING, declaration.type(), site.where(), what, change.text(),
            baseline.get(), site.acknowledge());
      } else if (change.breaking()) {
        report.report(Message.CONTRACT_BREAKING_ACKNOWLEDGED, declaration.type(), site.where(), what, change.text(),
            baseline.get(), change.acknowledgement());
      } else {
        report.report(Message.CONTRACT_COMPATIBLE, declaration.type(), site.where(), what, change.text(),
            baseline.get());
      }
    }
    return report;
  }

  private Optional<Contract> read(
      Located<String> baseline, Declarations.Catalog declaration, Description description, Report report) {
    String path = baseline.get();
    if (path.startsWith(PROCESSOR_PATH)) {
      return fromProcessorPath(path.substring(PROCESSOR_PATH.length()), baseline, declaration, description, report);
    }
    Path file;
    ProjectDirectory.Found project = null;
    try {
      Path given = Path.of(path.strip());
      if (path.isBlank()) {
        throw new InvalidPathException(path, "the path is blank");
      }
      if (given.isAbsolute()) {
        file = given;
      } else {
        project = ProjectDirectory.find(env);
        if (project.directory() == null) {
          report.report(Message.BASELINE_UNREADABLE, declaration.type(), baseline, path,
              "the project directory is unknown (" + project.problem() + "); pass it to javac with"
                  + " -A" + dev.errorcontract.processor.validate.PublishedPageValidator.PROJECT_DIR_OPTION + "=<dir>");
          return Optional.empty();
        }
        file = project.directory().resolve(given).normalize();
      }
    } catch (InvalidPathException e) {
      report.report(Message.BASELINE_UNREADABLE, declaration.type(), baseline, path, "it is not a path: " + e.getMessage());
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      report.report(Message.BASELINE_NOT_FOUND, declaration.type(), baseline, path, file,
          project == null ? "unused: the path is absolute" : project.directory(),
          project == null ? "-" : project.how(), description.name());
      return Optional.empty();
    }
    try {
      return parse(Files.readAllBytes(file), file.getFileName().toString(), baseline, declaration, report);
    } catch (IOException e) {
      report.report(Message.BASELINE_UNREADABLE, declaration.type(), baseline, path, e.toString());
      return Optional.empty();
    }
  }

  /**
   * A baseline inside a jar or directory of the processor path: the processor's own class loader is
   * made from that path (or from the class path, when javac finds processors there).
   */
  private Optional<Contract> fromProcessorPath(
      String resource, Located<String> baseline, Declarations.Catalog declaration, Description description,
      Report report) {
    java.net.URL url = BaselineCheck.class.getClassLoader().getResource(resource);
    if (url == null) {
      report.report(Message.BASELINE_NOT_ON_PROCESSOR_PATH, declaration.type(), baseline, baseline.get(), resource,
          description.name());
      return Optional.empty();
    }
    java.net.URLConnection connection;
    try {
      connection = url.openConnection();
      // A cached jar would keep a replaced artifact's old contract for the life of the build daemon.
      connection.setUseCaches(false);
      try (java.io.InputStream in = connection.getInputStream()) {
        return parse(in.readAllBytes(), resource, baseline, declaration, report);
      }
    } catch (IOException e) {
      report.report(Message.BASELINE_UNREADABLE, declaration.type(), baseline, baseline.get(), e.toString());
      return Optional.empty();
    }
  }

  private static Optional<Contract> parse(
      byte[] bytes, String name, Located<String> baseline, Declarations.Catalog declaration, Report report) {
    String path = baseline.get();
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return Optional.of(Contract.parse(text, name.substring(name.lastIndexOf('/') + 1)));
    } catch (CharacterCodingException e) {
      report.report(Message.BASELINE_UNREADABLE, declaration.type(), baseline, path, "it is not UTF-8 text");
    } catch (BadContract e) {
      report.report(Message.BASELINE_UNREADABLE, declaration.type(), baseline, path, e.getMessage());
    }
    return Optional.empty();
  }
}
