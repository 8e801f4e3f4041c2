package dev.errorcontract.integration.payara;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro as a separate JVM ({@code java -jar payara-micro.jar}) serving WARs on 127.0.0.1 and a
 * free port, without clustering; its standard output and error go to a log file the suite reads. A WAR
 * is served at its file name ({@code covered.war} at {@code /covered}), {@code ROOT.war} at {@code /}.
 */
final class PayaraMicro implements AutoCloseable {

  /** Start-up on 2 shared cores took 19 to 95 s here (other builds running); bounded all the same. */
  private static final long START_SECONDS = 240;
  private static final String READY = " ready in ";

  private final Process process;
  private final int port;
  private final Path log;

  private PayaraMicro(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts Payara Micro with the WARs and waits until it reports it is ready. */
  static PayaraMicro start(Path payaraJar, List<Path> wars) throws Exception {
    if (!Files.isRegularFile(payaraJar)) {
      throw new IllegalStateException("run through Maven: no " + payaraJar);
    }
    int port = freePort();
    Path work = Files.createTempDirectory("payara-micro");
    Path log = work.resolve("server.log");
    // Listens on the loopback interface only (the default listener binds every interface).
    Path preBoot = work.resolve("pre-boot.asadmin");
    Files.writeString(
        preBoot,
        "set configs.config.server-config.network-config.network-listeners.network-listener"
            + ".http-listener.address=127.0.0.1\n");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // The catalog the throwable corpus of RELIABILITY.md throws from (throwable-corpus).
                "-Dcorpus.catalog=" + TestError.class.getName(),
                "-jar", payaraJar.toString(),
                "--nocluster",
                "--port", Integer.toString(port),
                "--prebootcommandfile", preBoot.toString(),
                "--rootdir", work.resolve("root").toString()));
    for (Path war : wars) {
      command.add("--deploy");
      command.add(war.toString());
    }
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    PayaraMicro server = new PayaraMicro(process, port, log);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    while (!server.log().contains(READY)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        String output = server.log();
        server.close();
        throw new IllegalStateException("Payara Micro did not start:\n" + output);
      }
      Thread.sleep(200);
    }
    return server;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  int port() {
    return port;
  }

  /** Everything the server printed so far. */
  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  static Path path(String property) {
    String value = System.getProperty(property);
    return value == null ? Path.of("missing-" + property) : new File(value).toPath();
  }
}
