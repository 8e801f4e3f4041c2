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
 * client still has to adapt), 2 when an input cannot be read, with the reason on standard error.
 */
public final class Main {

  /** No breaking change. */
  public static final int OK = 0;
  /** At least one breaking change. */
  public static final int BREAKING = 1;
  /** Bad arguments or an unreadable document. */
  public static final int BAD_INPUT = 2;

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
      byte[] bytes = Files.readAllBytes(Path.of(name));
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
