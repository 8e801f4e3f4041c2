package dev.errorcontract.examples.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The example's jar, run as users run it ({@code java -jar}) on 127.0.0.1 and a free port, until
 * closed. Every wait is bounded.
 */
public final class ServerProcess implements AutoCloseable {

  // Generous: four servers start side by side, on 2 cores other builds may share.
  private static final long START_SECONDS = 90;

  private final Process process;
  private final URI uri;
  private final Path log;

  private ServerProcess(Process process, URI uri, Path log) {
    this.process = process;
    this.uri = uri;
    this.log = log;
  }

  /** Starts the jar named by the {@code example.jar} system property with {@code args}. */
  public static ServerProcess start(String... args) throws Exception {
    String jar = System.getProperty("example.jar");
    if (jar == null || !new File(jar).isFile()) {
      throw new IllegalStateException("no example.jar to run: " + jar + " (run through Maven)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of("--host", "127.0.0.1", "--port", "0"));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("example-server", ".log");
    Process process =
        new ProcessBuilder(command).redirectError(log.toFile()).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    try {
      line = CompletableFuture.supplyAsync(() -> readLine(out)).get(START_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("server did not start: " + Files.readString(log), e);
    }
    String prefix = "listening on ";
    if (line == null || !line.startsWith(prefix)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "unexpected first line: " + line + "\n" + Files.readString(log));
    }
    return new ServerProcess(process, URI.create(line.substring(prefix.length())), log);
  }

  /**
   * {@link #start} in the background, so that a suite starts its servers side by side; a failure to
   * start is the future's {@link IllegalStateException}.
   */
  public static CompletableFuture<ServerProcess> startAsync(String... args) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return start(args);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** Closes each server in turn, skipping those that never started ({@code null}). */
  public static void closeAll(ServerProcess... servers) throws Exception {
    for (ServerProcess s : servers) {
      if (s != null) {
        s.close();
      }
    }
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      return null;
    }
  }

  /** The server's base address, ending in {@code /}. */
  public URI uri() {
    return uri;
  }

  /** The server's process id: the load harness reads its heap with {@code jcmd}. */
  public long pid() {
    return process.pid();
  }

  /** What the server wrote to standard error so far. */
  public String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Files.deleteIfExists(log);
  }
}
