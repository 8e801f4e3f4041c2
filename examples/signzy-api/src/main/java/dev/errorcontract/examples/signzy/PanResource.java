package dev.errorcontract.examples.signzy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errorcontract.examples.support.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PAN verification, checked with the upstream registry. Each failure is thrown as the catalog
 * exception of its published status; nothing here writes an error body itself.
 */
@Path("/api/v3/pan")
public final class PanResource {

  /** A PAN: five letters, four digits, a letter. */
  private static final Pattern PAN = Pattern.compile("[A-Z]{5}[0-9]{4}[A-Z]");

  private final RegistryClient registry;

  PanResource(RegistryClient registry) {
    this.registry = registry;
  }

  /** Verifies a PAN and whether the given name is the registered one. */
  @POST
  @Path("/verify")
  public Response verify(byte[] body)
      throws SignzyException.UnProcessableEntity, SignzyException.BadRequest, SignzyException.NotFound,
          SignzyException.GatewayTimeout, SignzyException.BadGatewayInternalServerError {
    JsonNode json = Json.object(body);
    String pan = json == null ? null : text(json, "panNumber");
    String name = json == null ? null : text(json, "name");
    // The published 422 covers both "missing inputs" and "badly-formed JSON".
    if (pan == null || name == null) {
      throw new SignzyException.UnProcessableEntity();
    }
    String panNumber = checkedPan(pan);
    RegistryClient.PanRecord record;
    try {
      record = registry.find(panNumber).orElseThrow(SignzyException.NotFound::new);
    } catch (RegistryClient.UpstreamException e) {
      throw upstreamFailure(e);
    }
    boolean nameMatch = normalized(name).equals(normalized(record.name()));
    return Json.ok(
        new Result<>(
            new Verification(
                record.panNumber(), record.name(), nameMatch, record.status(),
                record.category())));
  }

  /** The changes to a PAN's record since an instant: 200 with them, or 204 when there are none. */
  @GET
  @Path("/{panNumber}/updates")
  public Response updates(
      @PathParam("panNumber") String pan, @QueryParam("since") String sinceText)
      throws SignzyException.BadRequest, SignzyException.NotFound, SignzyException.GatewayTimeout,
          SignzyException.BadGatewayInternalServerError {
    String panNumber = checkedPan(pan);
    Instant since;
    try {
      since = Instant.parse(sinceText == null ? "" : sinceText);
    } catch (DateTimeParseException e) {
      throw new SignzyException.BadRequest(e);
    }
    List<RegistryClient.PanUpdate> updates;
    try {
      updates = registry.updates(panNumber, since).orElseThrow(SignzyException.NotFound::new);
    } catch (RegistryClient.UpstreamException e) {
      throw upstreamFailure(e);
    }
    if (updates.isEmpty()) {
      // The published 204 "There was no new data to return." A 204 never carries a body.
      return Response.status(SignzyStatus.NOT_MODIFIED.code()).build();
    }
    return Json.ok(new Result<>(new Updates(panNumber, updates)));
  }

  /** The PAN upper-cased, or a 400 when it is not one syntactically. */
  private static String checkedPan(String pan) {
    String upper = pan.trim().toUpperCase(Locale.ROOT);
    if (!PAN.matcher(upper).matches()) {
      throw new SignzyException.BadRequest();
    }
    return upper;
  }

  /** 504 when the registry did not answer in time; 502 when it is down or answered nonsense. */
  private static SignzyException upstreamFailure(RegistryClient.UpstreamException e) {
    return e.kind() == RegistryClient.UpstreamException.Kind.TIMEOUT
        ? new SignzyException.GatewayTimeout(e)
        : new SignzyException.BadGatewayInternalServerError(e);
  }

  private static String normalized(String name) {
    return name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.get(field);
    return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }

  record Result<T>(T result) {}

  record Verification(
      String panNumber, String name, boolean nameMatch, String status, String category) {}

  record Updates(String panNumber, List<RegistryClient.PanUpdate> updates) {}
}
