package dev.errorcontract.examples.passport;

import dev.errorcontract.examples.support.CommandLineException;
import dev.errorcontract.examples.support.Flags;
import dev.errorcontract.examples.support.ServerMain;
import java.time.Duration;
import java.util.List;

/**
 * The command line of the Passport example servers (passport-api and passport-spring take the same
 * options), parsed.
 *
 * @param host the address to listen on
 * @param port the port to listen on; 0 picks a free one
 * @param rateLimit requests each API key may make per minute
 * @param nonceTtl how long a signing-message nonce stays valid
 * @param faultInjection whether {@code GET /debug/fail} is served
 */
public record PassportOptions(
    String host, int port, int rateLimit, Duration nonceTtl, boolean faultInjection)
    implements ServerMain.Options {

  /** The usage text of passport-api, printed by {@code --help} and after a bad flag. */
  public static final String USAGE = usage("passport-api.jar");

  /**
   * The usage text of a Passport server: both take the same options.
   *
   * @param jar the jar's file name, such as {@code passport-api.jar}
   */
  public static String usage(String jar) {
    return String.join(
        "\n",
        "usage: java -jar " + jar + " [options]",
        "",
        "  --host H                  address to listen on (default 127.0.0.1)",
        "  --port N                  port to listen on, 0 picks a free one (default 8080)",
        "  --rate-limit N            requests per minute per API key (default 120)",
        "  --nonce-ttl-seconds N     how long a signing-message nonce stays valid (default 300)",
        "  --fault-injection         serve GET /debug/fail?message=..., which throws",
        "  --help                    print this text and exit",
        "",
        "Demo data: API key demo-api-key owns scorer 1; scorer 2 belongs to another account.");
  }

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
        case "--rate-limit":
          rateLimit = flags.integer(1, Integer.MAX_VALUE);
          break;
        case "--nonce-ttl-seconds":
          nonceTtl = Duration.ofSeconds(flags.integer(1, 86_400));
          break;
        default:
          throw flags.unknown();
      }
    }
    return new PassportOptions(host, port, rateLimit, nonceTtl, faultInjection);
  }

  /** A command line that cannot be run; its message says why. */
  public static final class UsageException extends CommandLineException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
