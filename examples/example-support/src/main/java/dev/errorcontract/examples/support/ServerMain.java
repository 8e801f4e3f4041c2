package dev.errorcontract.examples.support;

import java.io.PrintStream;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code main} of an example server: parses the command line, starts the server, prints {@code
 * listening on http://HOST:PORT/} once it is ready and runs until the process is stopped.
 *
 * <p>Exit status: 2 for a command line that cannot be run (the error and the usage go to standard
 * error), 1 when the server cannot start, 0 for {@code --help} and after a normal stop.
 */
public final class ServerMain {

  /** Exit status for a command line that cannot be run. */
  public static final int EXIT_USAGE = 2;

  private ServerMain() {}

  /** The options every example server has. */
  public interface Options {
    /** The address to listen on. */
    String host();

    /** The port to listen on; 0 picks a free one. */
    int port();
  }

  /** A running server. */
  public interface Server {
    /** The base address, ending in {@code /}. */
    URI uri();

    /** Stops the server and waits (boundedly) until it has. */
    void stop() throws Exception;
  }

  /** An example's options parser. */
  @FunctionalInterface
  public interface Parser<O extends Options> {
    /**
     * @return the options, or {@code null} when {@code --help} was asked for
     * @throws CommandLineException for a command line that cannot be run
     */
    O parse(List<String> args) throws CommandLineException;
  }

  /** Starts an example's server with its options. */
  @FunctionalInterface
  public interface Starter<O extends Options> {
    /** @throws Exception when the server cannot start, such as when the port is taken */
    Server start(O options) throws Exception;
  }

  /**
   * Runs a server until the process is stopped.
   *
   * @param name the program's name, such as {@code passport-api}, which starts its error messages
   * @param usage the text printed for {@code --help} and after a bad command line
   * @return the exit status
   */
  public static <O extends Options> int run(
      String name,
      String usage,
      Parser<O> parser,
      Starter<O> starter,
      String[] args,
      PrintStream out,
      PrintStream err)
      throws InterruptedException {
    O options;
    try {
      options = parser.parse(Arrays.asList(args));
    } catch (CommandLineException e) {
      err.println(name + ": " + e.getMessage());
      err.println(usage);
      return EXIT_USAGE;
    }
    if (options == null) {
      out.println(usage);
      return 0;
    }
    Server server;
    try {
      server = starter.start(options);
    } catch (Exception e) {
      err.println(name + ": cannot listen on " + options.host() + ":" + options.port() + ": " + e);
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.stop();
                  } catch (Exception e) {
                    // The process is ending anyway; nothing is left to clean up.
                  } finally {
                    stopped.countDown();
                  }
                }));
    out.println("listening on " + server.uri());
    out.flush();
    stopped.await();
    return 0;
  }

  /** Ends the process with {@code status}, unless it is 0. */
  public static void exit(int status) {
    // Only a failure needs an explicit exit status; after a normal stop the JVM is ending already.
    if (status != 0) {
      System.exit(status);
    }
  }
}
