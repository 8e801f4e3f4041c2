package dev.errorcontract.examples.signzy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PAN registry, called over HTTP with the JAX-RS client. Every failure to get a usable answer is an
 * {@link UpstreamException} saying which kind it was, so the caller can answer with the documented 502
 * or 504; nothing of the upstream's own text travels further. Thread-safe.
 */
public final class RegistryClient implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Client client;
  private final URI base;

  /**
   * @param base the registry's base address
   * @param timeout how long to wait to connect, and then for the answer
   */
  public RegistryClient(URI base, Duration timeout) {
    this.base = base;
    this.client =
        ClientBuilder.newBuilder()
            .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .build();
  }

  /** The registry's record of a PAN, or empty when the registry does not know it. */
  public Optional<PanRecord> find(String pan) throws UpstreamException {
    JsonNode json = get(base.resolve("pans/" + pan), null);
    if (json == null) {
      return Optional.empty();
    }
    return Optional.of(
        new PanRecord(
            text(json, "panNumber"), text(json, "name"), text(json, "status"),
            text(json, "category")));
  }

  /** The updates of a PAN after {@code since}, oldest first, or empty when the PAN is unknown. */
  public Optional<List<PanUpdate>> updates(String pan, Instant since) throws UpstreamException {
    JsonNode json = get(base.resolve("pans/" + pan + "/updates"), since);
    if (json == null) {
      return Optional.empty();
    }
    JsonNode items = json.get("updates");
    if (items == null || !items.isArray()) {
      throw new UpstreamException(UpstreamException.Kind.BAD_ANSWER, "no updates array", null);
    }
    List<PanUpdate> updates = new ArrayList<>();
    for (JsonNode item : items) {
      updates.add(
          new PanUpdate(text(item, "field"), text(item, "value"), text(item, "updatedAt")));
    }
    return Optional.of(updates);
  }

  /** The JSON object answered, or {@code null} for a 404. */
  private JsonNode get(URI uri, Instant since) throws UpstreamException {
    var target = client.target(uri);
    if (since != null) {
      target = target.queryParam("since", since.toString());
    }
    String body;
    int status;
    try (Response response = target.request(MediaType.APPLICATION_JSON_TYPE).get()) {
      status = response.getStatus();
      body = response.readEntity(String.class);
    } catch (ProcessingException e) {
      throw new UpstreamException(
          timedOut(e) ? UpstreamException.Kind.TIMEOUT : UpstreamException.Kind.UNREACHABLE,
          "calling " + uri,
          e);
    }
    if (status == 404) {
      return null;
    }
    if (status != 200) {
      throw new UpstreamException(
          UpstreamException.Kind.BAD_ANSWER, "status " + status + " from " + uri, null);
    }
    try {
      JsonNode json = MAPPER.readTree(body);
      if (json == null || !json.isObject()) {
        throw new UpstreamException(
            UpstreamException.Kind.BAD_ANSWER, "not a JSON object from " + uri, null);
      }
      return json;
    } catch (IOException e) {
      throw new UpstreamException(UpstreamException.Kind.BAD_ANSWER, "bad JSON from " + uri, e);
    }
  }

  /** Whether the call failed for want of time, rather than for want of a peer. */
  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // SocketTimeoutException is an InterruptedIOException; so is the read timeout of every
      // connector built on java.net.
      if (t instanceof InterruptedIOException
          || t instanceof HttpTimeoutException
          || t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static String text(JsonNode json, String field) throws UpstreamException {
    JsonNode node = json.get(field);
    if (node == null || !node.isTextual()) {
      throw new UpstreamException(
          UpstreamException.Kind.BAD_ANSWER, "missing field " + field, null);
    }
    return node.asText();
  }

  @Override
  public void close() {
    client.close();
  }

  /**
   * A PAN as the registry knows it.
   *
   * @param panNumber the PAN
   * @param name the holder's registered name
   * @param status the registry's status, such as {@code VALID}
   * @param category the holder's category, such as {@code Individual}
   */
  public record PanRecord(String panNumber, String name, String status, String category) {}

  /**
   * A change to a PAN's record.
   *
   * @param field the changed field
   * @param value its new value
   * @param updatedAt when it changed, an ISO-8601 instant
   */
  public record PanUpdate(String field, String value, String updatedAt) {}

  /** The registry gave no usable answer. */
  public static final class UpstreamException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why there was no usable answer. */
    public enum Kind {
      /** No connection could be made. */
      UNREACHABLE,
      /** No answer came within the timeout (the connection, or the answer after it). */
      TIMEOUT,
      /** An answer came, but not one this client understands. */
      BAD_ANSWER
    }

    private final Kind kind;

    UpstreamException(Kind kind, String message, Throwable cause) {
      super(kind + ": " + message, cause);
      this.kind = kind;
    }

    /** Why there was no usable answer. */
    public Kind kind() {
      return kind;
    }
  }
}
