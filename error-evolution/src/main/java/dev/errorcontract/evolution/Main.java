package dev.errorcontract.evolution;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar error-evolution.jar old.catalog.json new.catalog.json}: prints the Markdown changelog
 * of the contract. Exit status 0 when no change is breaking, 1 when one is (acknowledged or not: a
 * client still has to adapt), 2 when it cannot compare the two, with the reason in one line on standard
 * error: an input that cannot be read, is larger than {@link #MAX_INPUT_BYTES}, is not a contract, or
 * describes another catalog than the other one. A consumer's CI can then tell "breaking" from "not
 * compared".
 */
public final class Main {

  /** No breaking change. */
  public static final int OK = 0;
  /** At least one breaking change. */
  public static final int BREAKING = 1;
  /** Bad arguments or an unreadable document. */
  public static final int BAD_INPUT = 2;

  /**
   * The largest input read: 8 MiB. A processor's contract of thousands of rows takes a few hundred KiB;
   * anything larger is refused before it is read, so the tool never runs out of memory.
   */
  public static final long MAX_INPUT_BYTES = 8L * 1024 * 1024;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** What {@link #main} does, with its streams given and its exit status returned. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: java -jar error-evolution.jar OLD.catalog.json NEW.catalog.json");
      err.println("Prints the Markdown changelog of an error contract; exit status 1 on breaking changes,"
          + " 2 on bad input.");
      return BAD_INPUT;
    }
    try {
      Contract before = read(args[0]);
      Contract after = read(args[1]);
      if (!java.util.Objects.equals(before.name(), after.name())) {
        throw new BadContract(args[0] + " is the contract of the catalog \"" + before.name() + "\" and " + args[1]
            + " of \"" + after.name() + "\": two versions of one catalog are compared, not two catalogs");
      }
      List<Change> changes = Differ.compare(before, after);
      out.print(Changelog.markdown(before, after, changes));
      out.flush();
      return changes.stream().anyMatch(Change::breaking) ? BREAKING : OK;
    } catch (BadContract e) {
      err.println("error-evolution: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  private static Contract read(String name) throws BadContract {
    try {
      byte[] bytes;
      try (java.io.InputStream in = Files.newInputStream(Path.of(name))) {
        // Read one byte past the bound, whatever the file claims its size is (a pipe claims none).
        bytes = in.readNBytes((int) MAX_INPUT_BYTES + 1);
      }
      if (bytes.length > MAX_INPUT_BYTES) {
        throw new BadContract(name + " is larger than " + MAX_INPUT_BYTES / (1024 * 1024)
            + " MiB, more than any contract takes; it is not compared");
      }
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      return Contract.parse(text, name);
    } catch (CharacterCodingException e) {
      throw new BadContract(name + " is not UTF-8 text");
    } catch (InvalidPathException e) {
      throw new BadContract(name + " is not a path: " + e.getMessage());
    } catch (IOException e) {
      throw new BadContract(name + " cannot be read: " + e);
    }
  }
}
