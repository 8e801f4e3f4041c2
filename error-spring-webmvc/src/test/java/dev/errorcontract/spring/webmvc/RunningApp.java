package dev.errorcontract.spring.webmvc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A Spring Boot application of the tests on its embedded server, bound to 127.0.0.1 on a free port,
 * started and stopped by the test. The server is the one surefire's run leaves on the class path
 * ({@code errorcontract.test.server}: {@code tomcat} or {@code jetty}), checked at start.
 */
final class RunningApp implements AutoCloseable {

  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  private final ConfigurableApplicationContext context;
  final int port;

  private RunningApp(ConfigurableApplicationContext context) {
    this.context = context;
    this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  /** Starts {@code app} with {@code properties} ({@code name=value}). */
  static RunningApp start(Class<?> app, String... properties) {
    return start(app, null, properties);
  }

  /** Starts {@code app} with a class loader of its own (for the catalog index it sees). */
  static RunningApp start(Class<?> app, ClassLoader loader, String... properties) {
    SpringApplication application =
        loader == null ? new SpringApplication(app)
            : new SpringApplication(new DefaultResourceLoader(loader), app);
    List<String> args = new ArrayList<>(List.of(
        "--server.address=127.0.0.1", "--server.port=0", "--spring.main.banner-mode=off"));
    for (String property : properties) {
      args.add("--" + property);
    }
    RunningApp running = new RunningApp(application.run(args.toArray(String[]::new)));
    String expected = System.getProperty("errorcontract.test.server");
    if (expected != null) {
      assertEquals(expected, running.serverName(), "the embedded server of this run");
    }
    return running;
  }

  /** {@code tomcat} or {@code jetty}: the class of the running web server, through the API both Boots share. */
  String serverName() {
    try {
      Object server = context.getClass().getMethod("getWebServer").invoke(context);
      // TomcatWebServer; JettyWebServer (Boot 3), JettyServletWebServer (Boot 4).
      String name = server.getClass().getSimpleName().toLowerCase(Locale.ROOT);
      return name.startsWith("tomcat") ? "tomcat" : name.startsWith("jetty") ? "jetty" : name;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  ConfigurableApplicationContext context() {
    return context;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return send(builder);
  }

  /** Sends {@code request} as written on a raw socket; what the server wrote until it closed or 5 s passed. */
  String raw(String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          read.write(buffer, 0, n);
          if (complete(read.toString(StandardCharsets.ISO_8859_1))) {
            break;
          }
        }
      } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
        // The server kept the connection or reset it: what it wrote is the answer.
      }
      return read.toString(StandardCharsets.ISO_8859_1);
    }
  }

  /** Whether a response with a Content-Length has all its body. */
  private static boolean complete(String read) {
    int end = read.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    for (String line : read.substring(0, end).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        int length = Integer.parseInt(line.substring(15).strip());
        return read.length() - end - 4 >= length;
      }
    }
    return false;
  }

  @Override
  public void close() {
    context.close();
  }
}
