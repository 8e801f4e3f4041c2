package dev.errorcontract.examples.signzy;

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
    boolean faultInjection) {

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
    for (int i = 0; i < args.size(); i++) {
      String flag = args.get(i);
      String value = null;
      int eq = flag.indexOf('=');
      // Both "--port 8080" and "--port=8080" are accepted, as most command lines do.
      if (flag.startsWith("--") && eq > 0) {
        value = flag.substring(eq + 1);
        flag = flag.substring(0, eq);
      }
      switch (flag) {
        case "--help":
        case "-h":
          return null;
        case "--fault-injection":
          if (value != null) {
            throw new UsageException("--fault-injection takes no value");
          }
          faultInjection = true;
          break;
        case "--host":
          host = value != null ? value : next(args, ++i, flag);
          if (host.isBlank()) {
            throw new UsageException("--host must not be empty");
          }
          break;
        case "--port":
          port = integer(flag, value != null ? value : next(args, ++i, flag), 0, 65535);
          break;
        case "--request-limit":
          requestLimit =
              integer(flag, value != null ? value : next(args, ++i, flag), 1, Integer.MAX_VALUE);
          break;
        case "--upstream":
          upstream = url(value != null ? value : next(args, ++i, flag));
          break;
        case "--upstream-timeout-ms":
          timeout =
              Duration.ofMillis(
                  integer(flag, value != null ? value : next(args, ++i, flag), 1, 600_000));
          break;
        default:
          throw new UsageException("unknown option: " + args.get(i));
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

  private static String next(List<String> args, int i, String flag) throws UsageException {
    if (i >= args.size() || args.get(i).startsWith("--")) {
      throw new UsageException(flag + " needs a value");
    }
    return args.get(i);
  }

  private static int integer(String flag, String text, int min, int max) throws UsageException {
    int n;
    try {
      n = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new UsageException(flag + " needs a whole number, not '" + text + "'");
    }
    if (n < min || n > max) {
      throw new UsageException(flag + " must be from " + min + " to " + max + ", not " + n);
    }
    return n;
  }

  /** A command line that cannot be run; its message says why. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
