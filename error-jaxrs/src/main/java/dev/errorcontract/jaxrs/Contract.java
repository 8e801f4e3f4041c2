package dev.errorcontract.jaxrs;

import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.StatusCodes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One catalog, precomputed for the hot path: everything a mapper or the filter needs per status is an
 * array lookup, so answering a constant error allocates nothing beyond the {@link Response}.
 *
 * <p>Immutable after construction except for the media-type cache, which only grows for media types
 * of exceptions from another catalog than the registered one.
 */
final class Contract {

  private static final int FIRST = 400;
  private static final int LAST = 599;

  private final ErrorTable table;
  /** The status line sent for each code 400..599: the JAX-RS constant where one exists. */
  private final Response.StatusType[] statusTypes = new Response.StatusType[LAST - FIRST + 1];
  /** {@link ErrorTable#forStatus} for each code 400..599, resolved once. */
  private final DocumentedError[] answers = new DocumentedError[LAST - FIRST + 1];
  /** Whether the catalog documents the code itself (not by the fallback rule). */
  private final boolean[] documented = new boolean[LAST - FIRST + 1];
  /** Parsed once per media type string; catalogs use one or two. */
  private final Map<String, MediaType> mediaTypes = new ConcurrentHashMap<>();

  Contract(ErrorTable table) {
    this.table = Objects.requireNonNull(table, "table");
    for (int code = FIRST; code <= LAST; code++) {
      int i = code - FIRST;
      statusTypes[i] = statusTypeOf(code);
      answers[i] = Objects.requireNonNull(table.forStatus(code), "forStatus");
      documented[i] = table.status(code).isPresent();
    }
    for (DocumentedError error : table.errors()) {
      mediaType(error.mediaType());
    }
  }

  ErrorTable table() {
    return table;
  }

  /** The documented error answering {@code status}; statuses past 599 answer as a server error. */
  DocumentedError answerFor(int status) {
    if (status >= FIRST && status <= LAST) {
      return answers[status - FIRST];
    }
    return answers[500 - FIRST];
  }

  /** Whether the catalog documents this very status. */
  boolean isDocumented(int status) {
    return status >= FIRST && status <= LAST && documented[status - FIRST];
  }

  /** The status line to send for {@code code}; a constant for 400..599. */
  Response.StatusType statusType(int code) {
    if (code >= FIRST && code <= LAST) {
      return statusTypes[code - FIRST];
    }
    return statusTypeOf(code);
  }

  /** The parsed media type, cached: parsing per response would allocate and cost. */
  MediaType mediaType(String mediaType) {
    MediaType parsed = mediaTypes.get(mediaType);
    if (parsed == null) {
      parsed = mediaTypes.computeIfAbsent(mediaType, MediaType::valueOf);
    }
    return parsed;
  }

  /**
   * A response builder for the documented error: its status, its pre-encoded body with its media type
   * (none when the error has no constant body) and the headers its status declares.
   */
  Response.ResponseBuilder documented(DocumentedError error) {
    DocumentedStatus status = error.status();
    Response.ResponseBuilder builder = Response.status(statusType(status.code()));
    ErrorBody body = error.body();
    if (body != null && status.allowsBody()) {
      builder.entity(body).type(mediaType(error.mediaType()));
    }
    Map<String, String> declared = status.headers();
    if (!declared.isEmpty()) {
      declared.forEach(builder::header);
    }
    return builder;
  }

  /**
   * Copies the headers of a framework's error response that the contract keeps, each only on the
   * status it means something on: {@code Allow} on 405, {@code WWW-Authenticate} on 401 and {@code
   * Retry-After} on 429 and 503. A header the documented status declares itself is never overridden:
   * the declaration is the contract.
   */
  static void keepHeaders(
      MultivaluedMap<String, Object> from, int answeredStatus, DocumentedStatus documented,
      Response.ResponseBuilder to) {
    String name;
    switch (answeredStatus) {
      case 405:
        name = "Allow";
        break;
      case 401:
        name = "WWW-Authenticate";
        break;
      case 429:
      case 503:
        name = "Retry-After";
        break;
      default:
        return;
    }
    if (from == null || containsIgnoreCase(documented.headers(), name)) {
      return;
    }
    List<Object> values = valuesIgnoreCase(from, name);
    if (values != null) {
      for (Object value : values) {
        to.header(name, value);
      }
    }
  }

  static boolean containsIgnoreCase(Map<String, ?> headers, String name) {
    if (headers.isEmpty()) {
      return false;
    }
    for (String key : headers.keySet()) {
      if (key.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** Header maps of the implementations are case-insensitive or not; look both ways. */
  static <V> List<V> valuesIgnoreCase(MultivaluedMap<String, V> headers, String name) {
    List<V> values = headers.get(name);
    if (values != null) {
      return values;
    }
    List<V> found = null;
    for (Map.Entry<String, List<V>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        if (found == null) {
          found = new ArrayList<>(entry.getValue());
        } else {
          found.addAll(entry.getValue());
        }
      }
    }
    return found;
  }

  private static Response.StatusType statusTypeOf(int code) {
    Response.Status constant = Response.Status.fromStatusCode(code);
    if (constant != null) {
      return constant;
    }
    String phrase = StatusCodes.reasonPhrase(code);
    return new Code(code, phrase == null ? "" : phrase);
  }

  /** A status JAX-RS has no constant for, such as 429 before 2.1 or 599. */
  private static final class Code implements Response.StatusType {
    private final int code;
    private final String reason;
    private final Response.Status.Family family;

    Code(int code, String reason) {
      this.code = code;
      this.reason = reason;
      this.family = Response.Status.Family.familyOf(code);
    }

    @Override
    public int getStatusCode() {
      return code;
    }

    @Override
    public Response.Status.Family getFamily() {
      return family;
    }

    @Override
    public String getReasonPhrase() {
      return reason;
    }

    @Override
    public String toString() {
      return code + " " + reason;
    }
  }
}
