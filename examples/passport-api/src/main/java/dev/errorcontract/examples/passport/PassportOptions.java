package dev.errorcontract.examples.passport;

import java.time.Duration;
import java.util.List;

/**
 * The command line of the Passport example server, parsed.
 *
 * @param host the address to listen on
 * @param port the port to listen on; 0 picks a free one
 * @param rateLimit requests each API key may make per minute
 * @param nonceTtl how long a signing-message nonce stays valid
 * @param faultInjection whether {@code GET /debug/fail} is served
 */
public record PassportOptions(
    String host, int port, int rateLimit, Duration nonceTtl, boolean faultInjection) {

  /** The usage text printed by {@code --help} and after a bad flag. */
  public static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar passport-api.jar [options]",
          "",
          "  --host H                  address to listen on (default 127.0.0.1)",
          "  --port N                  port to listen on, 0 picks a free one (default 8080)",
          "  --rate-limit N            requests per minute per API key (default 120)",
          "  --nonce-ttl-seconds N     how long a signing-message nonce stays valid (default 300)",
          "  --fault-injection         serve GET /debug/fail?message=..., which throws",
          "  --help                    print this text and exit",
          "",
          "Demo data: API key demo-api-key owns scorer 1; scorer 2 belongs to another account.");

  /** The defaults: 127.0.0.1:8080, 120 requests per minute, nonces valid for 5 minutes. */
  public static PassportOptions defaults() {
    return new PassportOptions("127.0.0.1", 8080, 120, Duration.ofMinutes(5), false);
  }

  /**
   * Parses the command line.
   *
   * @return the options, or {@code null} when {@code --help} was asked for
   * @throws UsageException for an unknown flag, a missing value or a value out of range
   */
  public static PassportOptions parse(List<String> args) throws UsageException {
    PassportOptions o = defaults();
    String host = o.host;
    int port = o.port;
    int rateLimit = o.rateLimit;
    Duration nonceTtl = o.nonceTtl;
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
        case "--rate-limit":
          rateLimit =
              integer(flag, value != null ? value : next(args, ++i, flag), 1, Integer.MAX_VALUE);
          break;
        case "--nonce-ttl-seconds":
          nonceTtl =
              Duration.ofSeconds(
                  integer(flag, value != null ? value : next(args, ++i, flag), 1, 86_400));
          break;
        default:
          throw new UsageException("unknown option: " + args.get(i));
      }
    }
    return new PassportOptions(host, port, rateLimit, nonceTtl, faultInjection);
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
