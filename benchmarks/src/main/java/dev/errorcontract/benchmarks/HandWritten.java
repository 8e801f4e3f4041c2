package dev.errorcontract.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Baseline (a): what teams write today without a contract. An exception carrying a status and a
 * message, and a mapper that builds a {@code Map}; the server writes the map with Jackson's JAX-RS
 * entity provider around the team's {@link ObjectMapper} ({@link #PROVIDER}), or, as the cheapest
 * possible Jackson write, with the {@code ObjectMapper} alone ({@link #JSON}).
 */
final class HandWritten {

  static final ObjectMapper JSON = new ObjectMapper();
  /** The {@code MessageBodyWriter} a Jakarta REST server with Jackson registers for JSON entities. */
  static final JacksonJsonProvider PROVIDER = new JacksonJsonProvider(JSON);

  private HandWritten() {}

  /** The team's own exception: a status, a title and a message. */
  static final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String title;

    ApiException(int status, String title, String message) {
      super(message);
      this.status = status;
      this.title = title;
    }
  }

  /** The team's mapper. */
  static final class Mapper implements ExceptionMapper<ApiException> {
    @Override
    public Response toResponse(ApiException e) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "about:blank");
      body.put("title", e.title);
      body.put("status", e.status);
      body.put("detail", e.getMessage());
      return Response.status(e.status).type("application/problem+json").entity(body).build();
    }
  }
}
