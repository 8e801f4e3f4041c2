package dev.errorcontract.examples.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes as they are over a socket and reads one HTTP/1.1 response: for requests no HTTP client
 * would send. The body is read by its {@code Content-Length}, by chunks, or up to the end of the
 * connection.
 */
public final class RawHttp {

  private static final int TIMEOUT_MILLIS = 10_000;
  /** How long to wait for bytes that must not come after the head of an answer to HEAD. */
  private static final int HEAD_TRAILER_MILLIS = 500;

  private RawHttp() {}

  /** One response: status code, headers (names lower-cased; the last value wins) and body bytes. */
  public record Answer(String statusLine, int status, Map<String, String> headers, byte[] body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * Sends {@code request} to the server at {@code base}; with {@code halfClose} the client then shuts
   * down its output, as a client does that sent less than it announced. For a {@code HEAD} request
   * the answer's body is whatever the server sent after the head (it must be nothing).
   *
   * @return the answer, or {@code null} when the server closed the connection without sending a byte
   */
  public static Answer exchange(URI base, byte[] request, boolean halfClose) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      if (halfClose) {
        socket.shutdownOutput();
      }
      boolean head = new String(request, 0, Math.min(5, request.length), StandardCharsets.ISO_8859_1)
          .equals("HEAD ");
      if (!head) {
        return read(socket.getInputStream(), false);
      }
      Answer answer = read(socket.getInputStream(), true);
      if (answer == null) {
        return null;
      }
      // Nothing may follow the head of a HEAD answer: what did would be read as the next response.
      socket.setSoTimeout(HEAD_TRAILER_MILLIS);
      byte[] after;
      try {
        after = socket.getInputStream().readAllBytes();
      } catch (java.net.SocketTimeoutException nothingMore) {
        after = new byte[0];
      }
      return new Answer(answer.statusLine(), answer.status(), answer.headers(), after);
    }
  }

  /**
   * Writes {@code parts} on one connection, pausing {@code pauseMillis} before each but the first (as
   * a client whose body arrives after its head), then reads {@code answers} answers from it.
   *
   * @return the answers in order; {@code null} for each the server closed the connection before
   */
  public static List<Answer> converse(URI base, long pauseMillis, int answers, byte[]... parts)
      throws IOException, InterruptedException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          Thread.sleep(pauseMillis);
        }
        socket.getOutputStream().write(parts[i]);
        socket.getOutputStream().flush();
      }
      List<Answer> read = new ArrayList<>();
      for (int i = 0; i < answers; i++) {
        read.add(read(socket.getInputStream(), false));
      }
      return read;
    }
  }

  private static Answer read(InputStream in, boolean headOnly) throws IOException {
    String statusLine = line(in);
    if (statusLine == null) {
      return null;
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    Map<String, String> headers = new LinkedHashMap<>();
    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      headers.put(
          header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
    }
    byte[] body;
    String length = headers.get("content-length");
    if (headOnly) {
      body = new byte[0];
    } else if (length != null) {
      body = in.readNBytes(Integer.parseInt(length));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line(in).trim(), 16); size > 0;
          size = Integer.parseInt(line(in).trim(), 16)) {
        chunks.write(in.readNBytes(size));
        line(in);
      }
      line(in);
      body = chunks.toByteArray();
    } else {
      body = in.readAllBytes();
    }
    return new Answer(statusLine, status, headers, body);
  }

  /** A line without its CRLF, or null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
      }
      line.write(b);
    }
    String text = line.toString(StandardCharsets.ISO_8859_1);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
