package dev.errorcontract.jaxrs.acceptance;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, so that what is asserted is what the server put on the wire: the
 * status line's code, each header value byte for byte (no client normalising {@code Content-Type}),
 * the body's bytes.
 */
final class RawHttp {

  private RawHttp() {}

  /** One answer as sent. */
  record Answer(String statusLine, List<String[]> headers, byte[] body) {

    int status() {
      return Integer.parseInt(statusLine.split(" ", 3)[1]);
    }

    /** Every value of header {@code name}, compared ignoring case as HTTP says. */
    List<String> headers(String name) {
      List<String> values = new ArrayList<>();
      for (String[] header : headers) {
        if (header[0].equalsIgnoreCase(name)) {
          values.add(header[1]);
        }
      }
      return values;
    }

    String header(String name) {
      List<String> values = headers(name);
      return values.isEmpty() ? null : values.get(0);
    }

    String text() {
      return new String(body, UTF_8);
    }

    /** Everything, for failure messages. */
    @Override
    public String toString() {
      StringBuilder all = new StringBuilder(statusLine).append('\n');
      headers.forEach(h -> all.append(h[0]).append(": ").append(h[1]).append('\n'));
      return all.append('\n').append(text()).toString();
    }
  }

  /**
   * Sends {@code method path} with {@code headers} ("Name: value" lines) and {@code body} (or none),
   * with {@code Connection: close}, and reads the whole answer.
   */
  static Answer send(int port, String method, String path, String body, String... headers)
      throws IOException {
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    request.append("Host: 127.0.0.1:").append(port).append("\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    byte[] content = body == null ? new byte[0] : body.getBytes(UTF_8);
    if (body != null) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(readAll(socket.getInputStream()), method.equals("HEAD"));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        answer.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException keptOpen) {
      // A container that keeps the connection despite Connection: close; what came counts.
    }
    return answer.toByteArray();
  }

  private static Answer parse(byte[] raw, boolean head) {
    String text = new String(raw, ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("no complete header block in: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(new String[] {lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()});
    }
    byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    Answer answer = new Answer(lines[0], headers, rest);
    String encoding = answer.header("Transfer-Encoding");
    if (!head && encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      return new Answer(lines[0], headers, dechunk(rest));
    }
    return answer;
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String text = new String(chunked, ISO_8859_1);
    int at = 0;
    while (true) {
      int lineEnd = text.indexOf("\r\n", at);
      int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        return body.toByteArray();
      }
      body.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
