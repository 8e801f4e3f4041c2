package dev.errorcontract.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 4, HTTP: error responses per second of the Passport example server against the same kind
 * of server ({@link ConstantServer}: Jersey on Jetty 12, the examples' JaxrsServer) answering a hand-built constant
 * Response with the same bytes.
 *
 * <p>The request is {@code GET /registry/signing-message} without an API key: the Passport server's
 * authentication filter aborts with the generated feature's documented 401 ({@code
 * errors.toResponse(new PassportException.Unauthorized())}). The controls answer the same bytes: one
 * filter aborts with a constant 401, the other throws and a hand-written mapper returns it.
 *
 * <p>Load: {@code connections} raw sockets to 127.0.0.1 with keep-alive, each sending a request and
 * reading the whole response before the next (closed loop). Each server is warmed up, then measured in
 * rotating rounds; each round is bounded in time and in request count. The servers run in their own
 * JVMs with the same flags; the load generator runs in this one. A ratio is the median of the rounds'
 * ratios: a round measures every server back to back, so drift in the machine's speed between rounds
 * (other tenants of a VM host) cancels out of it.
 *
 * <p>Usage: {@code HttpHarness PASSPORT_JAR [connections] [rounds] [roundSeconds] [warmupSeconds]}.
 */
public final class HttpHarness {

  private static final long MAX_REQUESTS_PER_ROUND = 5_000_000;
  private static final String PATH = "/registry/signing-message";

  public static void main(String[] args) throws Exception {
    Path passportJar = Path.of(args[0]);
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int roundSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int warmupSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    if (!Files.isRegularFile(passportJar)) {
      throw new IllegalArgumentException("no Passport server jar at " + passportJar);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Jetty sets TCP_NODELAY on accepted connections itself (the JDK HTTP server, used before, needed
    // -Dsun.net.httpserver.nodelay=true).
    List<String> jvm = new ArrayList<>(List.of(java, "-Xms256m", "-Xmx256m"));
    // Extra server JVM options, such as a profiler: -Dbench.serverJvmArgs="-XX:StartFlightRecording=..."
    String extra = System.getProperty("bench.serverJvmArgs", "").trim();
    if (!extra.isEmpty()) {
      jvm.addAll(List.of(extra.split("\\s+")));
    }
    Server passport = null;
    Server constant = null;
    Server mapped = null;
    try {
      List<String> passportCommand = new ArrayList<>(jvm);
      passportCommand.addAll(List.of("-jar", passportJar.toString(), "--host", "127.0.0.1", "--port", "0",
          "--rate-limit", "1000000000"));
      passport = Server.start("passport", passportCommand);
      Reply reference = Reply.fetch(passport.port, PATH);
      System.out.printf(Locale.ROOT, "# passport answers %d, %s, headers %s, %d bytes: %s%n",
          reference.status, reference.contentType, reference.headers, reference.body.length,
          new String(reference.body, StandardCharsets.UTF_8));
      if (reference.status < 400) {
        throw new IllegalStateException("expected an error from the Passport server: " + reference.status);
      }
      constant = control("constant", "abort", jvm, reference);
      mapped = control("mapped", "mapper", jvm, reference);
      System.out.printf(Locale.ROOT, "# %d connections, warm-up %d s each, %d rounds of %d s each%n",
          connections, warmupSeconds, rounds, roundSeconds);
      Server[] servers = {passport, constant, mapped};
      for (Server server : servers) {
        load(server.port, connections, warmupSeconds);
      }
      double[][] rps = new double[servers.length][rounds];
      for (int r = 0; r < rounds; r++) {
        // Rotate the order each round, so that drift favours none.
        for (int i = 0; i < servers.length; i++) {
          int s = (i + r) % servers.length;
          rps[s][r] = load(servers[s].port, connections, roundSeconds);
        }
        System.out.printf(Locale.ROOT,
            "round %d: passport %.0f/s, constant abortWith %.0f/s, constant via mapper %.0f/s%n",
            r + 1, rps[0][r], rps[1][r], rps[2][r]);
      }
      double pm = ProcessorHarness.median(rps[0]);
      double cm = ProcessorHarness.median(rps[1]);
      double mm = ProcessorHarness.median(rps[2]);
      System.out.printf(Locale.ROOT, "RESULT http.passport.rps %.0f%n", pm);
      System.out.printf(Locale.ROOT, "RESULT http.constant.rps %.0f%n", cm);
      System.out.printf(Locale.ROOT, "RESULT http.mapped.rps %.0f%n", mm);
      double[] ratios = new double[rounds];
      double[] ratiosMapped = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = rps[0][r] / rps[1][r];
        ratiosMapped[r] = rps[0][r] / rps[2][r];
      }
      System.out.printf(Locale.ROOT, "RESULT http.ratio %.3f%n", ProcessorHarness.median(ratios));
      System.out.printf(Locale.ROOT, "RESULT http.ratio.mapped %.3f%n",
          ProcessorHarness.median(ratiosMapped));
      System.out.printf(Locale.ROOT, "RESULT http.ratio.rounds %s%n", spread(ratios));
      System.out.printf(Locale.ROOT, "RESULT http.ratio.mapped.rounds %s%n", spread(ratiosMapped));
    } finally {
      if (mapped != null) {
        mapped.stop();
      }
      if (constant != null) {
        constant.stop();
      }
      if (passport != null) {
        passport.stop();
      }
    }
  }

  /** Starts a {@link ConstantServer} answering with {@code reference}, and checks that it does. */
  private static Server control(String name, String mode, List<String> jvm, Reply reference)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(jvm);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        ConstantServer.class.getName(), mode, Integer.toString(reference.status), reference.contentType,
        Base64.getEncoder().encodeToString(reference.body)));
    command.addAll(reference.headers);
    Server server = Server.start(name, command);
    Reply control = Reply.fetch(server.port, PATH);
    if (control.status != reference.status || !Arrays.equals(control.body, reference.body)
        || !control.contentType.equals(reference.contentType)
        || !control.headers.equals(reference.headers)) {
      server.stop();
      throw new IllegalStateException(name + " server answers differently: " + control.status
          + " " + control.contentType + " " + control.headers + " "
          + new String(control.body, StandardCharsets.UTF_8));
    }
    return server;
  }

  /** Responses per second over {@code seconds}, or fewer when the request bound is reached. */
  private static double load(int port, int connections, int seconds) throws Exception {
    byte[] request = ("GET " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nAccept: */*\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong done = new AtomicLong();
    AtomicLong budget = new AtomicLong(MAX_REQUESTS_PER_ROUND);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      Thread t = new Thread(() -> {
        try (Socket socket = new Socket()) {
          socket.setTcpNoDelay(true);
          socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
          socket.setSoTimeout(10_000);
          OutputStream out = socket.getOutputStream();
          ResponseReader in = new ResponseReader(socket.getInputStream());
          while (!stop.get() && budget.decrementAndGet() >= 0) {
            out.write(request);
            out.flush();
            if (in.next() < 400) {
              throw new IllegalStateException("not an error response");
            }
            done.incrementAndGet();
          }
        } catch (Throwable e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      });
      threads.add(t);
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline && budget.get() > 0) {
      Thread.sleep(20);
    }
    stop.set(true);
    long count = done.get();
    double elapsed = (System.nanoTime() - start) / 1e9;
    for (Thread t : threads) {
      t.join(15_000);
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("load failed on port " + port, failures.get(0));
    }
    return count / elapsed;
  }

  /** Reads HTTP/1.1 responses off a kept-alive connection: Content-Length or chunked bodies. */
  static final class ResponseReader {
    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int pos;
    private int limit;

    ResponseReader(InputStream in) {
      this.in = in;
    }

    /** Reads one whole response; returns its status. */
    int next() throws IOException {
      String statusLine = line();
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        int colon = header.indexOf(':');
        String name = header.substring(0, colon).trim();
        String value = header.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Content-Length")) {
          length = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
          chunked = true;
        }
      }
      if (chunked) {
        for (long size = Long.parseLong(line().trim(), 16); size > 0;
            size = Long.parseLong(line().trim(), 16)) {
          skip(size);
          line();
        }
        line();
      } else if (length > 0) {
        skip(length);
      } else if (length < 0) {
        throw new IOException("response without length on a kept-alive connection");
      }
      return status;
    }

    private String line() throws IOException {
      StringBuilder sb = new StringBuilder();
      while (true) {
        int b = read();
        if (b == '\n') {
          int n = sb.length();
          return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
        }
        sb.append((char) b);
      }
    }

    private void skip(long n) throws IOException {
      while (n > 0) {
        if (pos == limit) {
          fill();
        }
        int step = (int) Math.min(n, limit - pos);
        pos += step;
        n -= step;
      }
    }

    private int read() throws IOException {
      if (pos == limit) {
        fill();
      }
      return buffer[pos++] & 0xff;
    }

    private void fill() throws IOException {
      int n = in.read(buffer);
      if (n < 0) {
        throw new IOException("connection closed");
      }
      pos = 0;
      limit = n;
    }
  }

  /** One response fetched on a fresh connection, for checking. */
  record Reply(int status, String contentType, List<String> headers, byte[] body) {
    static Reply fetch(int port, String path) throws IOException {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] all = socket.getInputStream().readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = text.substring(0, end);
        int status = Integer.parseInt(head.substring(9, 12));
        String type = "";
        List<String> headers = new ArrayList<>();
        String[] lines = head.split("\r\n");
        for (String header : Arrays.copyOfRange(lines, 1, lines.length)) {
          int colon = header.indexOf(':');
          String name = header.substring(0, colon).trim();
          String value = header.substring(colon + 1).trim();
          if (name.equalsIgnoreCase("Content-Type")) {
            type = value;
          } else if (!List.of("date", "content-length", "transfer-encoding", "connection")
              .contains(name.toLowerCase(Locale.ROOT))) {
            headers.add(name);
            headers.add(value);
          }
        }
        return new Reply(status, type, headers, Arrays.copyOfRange(all, end + 4, all.length));
      }
    }
  }

  /** A server process started from the harness; prints "listening on URI" when ready. */
  static final class Server {
    final Process process;
    final int port;

    private Server(Process process, int port) {
      this.process = process;
      this.port = port;
    }

    static Server start(String name, List<String> command) throws IOException, InterruptedException {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .start();
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      String line;
      while ((line = out.readLine()) != null) {
        int at = line.indexOf("listening on ");
        if (at >= 0) {
          int port = URI.create(line.substring(at + 13).trim()).getPort();
          Thread drain = new Thread(() -> {
            try {
              ByteArrayOutputStream ignored = new ByteArrayOutputStream();
              out.lines().forEach(l -> {
                if (ignored.size() < 10_000) {
                  System.err.println("[" + name + "] " + l);
                  ignored.write(0);
                }
              });
            } catch (RuntimeException e) {
              // the process ended
            }
          });
          drain.setDaemon(true);
          drain.start();
          return new Server(process, port);
        }
        System.err.println("[" + name + "] " + line);
        if (System.nanoTime() > deadline) {
          break;
        }
      }
      process.destroyForcibly();
      throw new IllegalStateException(name + " server did not start: " + command);
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** The lowest and highest of the rounds' ratios, such as {@code 0.91-1.04}. */
  private static String spread(double[] ratios) {
    double[] sorted = ratios.clone();
    java.util.Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.3f-%.3f", sorted[0], sorted[sorted.length - 1]);
  }
}
