package dev.errorcontract.examples.signzy;

import dev.errorcontract.examples.support.CommandLineException;
import dev.errorcontract.examples.support.Flags;
import dev.errorcontract.examples.support.ServerMain;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

/**
 * The command line of the Signzy example server, parsed.
 *
 * @param host the address to listen on
 * @param port the port to listen on; 0 picks a free one
 * @param requestLimit requests each token may make per minute
 * @param upstream the PAN registry to check with, or {@code null} for the demo registry started
 *     in-process
 * @param upstreamTimeout how long to wait for the registry's answer
 * @param faultInjection whether {@code GET /debug/fail} is served
 */
public record SignzyOptions(
    String host,
    int port,
    int requestLimit,
    URI upstream,
    Duration upstreamTimeout,
    boolean faultInjection)
    implements ServerMain.Options {

  /** The usage text printed by {@code --help} and after a bad flag. */
  public static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar signzy-api.jar [options]",
          "",
          "  --host H                  address to listen on (default 127.0.0.1)",
          "  --port N                  port to listen on, 0 picks a free one (default 8080)",
          "  --request-limit N         requests per minute per token (default 120)",
          "  --upstream URL            the PAN registry to check with (default: a demo registry",
          "                            started in-process on a free 127.0.0.1 port)",
          "  --upstream-timeout-ms N   how long to wait for the registry (default 2000)",
          "  --fault-injection         serve GET /debug/fail?message=..., which throws",
          "  --help                    print this text and exit",
          "",
          "Demo data: token demo-token; PANs ABCDE1234F (with updates) and PQRST6789U (without).");

  /** The defaults: 127.0.0.1:8080, 120 requests per minute, the demo registry, 2 s timeout. */
  public static SignzyOptions defaults() {
    return new SignzyOptions("127.0.0.1", 8080, 120, null, Duration.ofMillis(2000), false);
  }

  /**
   * Parses the command line.
   *
   * @return the options, or {@code null} when {@code --help} was asked for
   * @throws UsageException for an unknown flag, a missing value or a value out of range
   */
  public static SignzyOptions parse(List<String> args) throws UsageException {
    SignzyOptions o = defaults();
    String host = o.host;
    int port = o.port;
    int requestLimit = o.requestLimit;
    URI upstream = o.upstream;
    Duration timeout = o.upstreamTimeout;
    boolean faultInjection = o.faultInjection;
    Flags<UsageException> flags = new Flags<>(args, UsageException::new);
    while (flags.hasNext()) {
      switch (flags.next()) {
        case "--help":
        case "-h":
          return null;
        case "--fault-injection":
          flags.noValue();
          faultInjection = true;
          break;
        case "--host":
          host = flags.nonBlankValue();
          break;
        case "--port":
          port = flags.integer(0, 65535);
          break;
        case "--request-limit":
          requestLimit = flags.integer(1, Integer.MAX_VALUE);
          break;
        case "--upstream":
          upstream = url(flags.value());
          break;
        case "--upstream-timeout-ms":
          timeout = Duration.ofMillis(flags.integer(1, 600_000));
          break;
        default:
          throw flags.unknown();
      }
    }
    return new SignzyOptions(host, port, requestLimit, upstream, timeout, faultInjection);
  }

  private static URI url(String text) throws UsageException {
    try {
      URI uri = new URI(text);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // Reported below, with the flag's name.
    }
    throw new UsageException("--upstream needs an http or https URL, not '" + text + "'");
  }

  /** A command line that cannot be run; its message says why. */
  public static final class UsageException extends CommandLineException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
