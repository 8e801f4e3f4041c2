package shop;

import dev.errorcontract.catalog.DocumentedStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The documented statuses of the Shop catalog, as published and declared on {@link ShopErrors}.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from shop.ShopErrors"
)
public enum ShopStatus implements DocumentedStatus {
  /**
   * 200 OK: The request was successful.
   */
  OK(200, "OK", "The request was successful."),

  /**
   * 400 Bad Request: The request is invalid.
   */
  BAD_REQUEST(400, "Bad Request", "The request is invalid."),

  /**
   * 401 Unauthorized: No valid API key.
   */
  UNAUTHORIZED(401, "Unauthorized", "No valid API key.", "WWW-Authenticate", "ApiKey realm=\"shop\""),

  /**
   * 404 Not Found: No such resource.
   */
  NOT_FOUND(404, "Not Found", "No such resource."),

  /**
   * 500 Internal Server Error: Our fault &lt;sorry&gt; &amp; *&#47; &#64;here.
   */
  INTERNAL_SERVER_ERROR(500, "Internal Server Error", "Our fault <sorry> & */ @here.");

  private final int code;

  private final String title;

  private final String description;

  private final Map<String, String> headers;

  ShopStatus(int code, String title, String description, String... headers) {
    this.code = code;
    this.title = title;
    this.description = description;
    this.headers = headerMap(headers);
  }

  /**
   * The HTTP status code.
   */
  @Override
  public int code() {
    return code;
  }

  /**
   * The title exactly as published.
   */
  @Override
  public String title() {
    return title;
  }

  /**
   * The description exactly as published.
   */
  @Override
  public String description() {
    return description;
  }

  /**
   * The headers every answer with this status carries.
   */
  @Override
  public Map<String, String> headers() {
    return headers;
  }

  private static Map<String, String> headerMap(String... namesAndValues) {
    if (namesAndValues.length == 0) {
      return Map.of();
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The documented status with this code, if the catalog documents it.
   */
  public static Optional<ShopStatus> of(int code) {
    switch (code) {
      case 200: return Optional.of(OK);
      case 400: return Optional.of(BAD_REQUEST);
      case 401: return Optional.of(UNAUTHORIZED);
      case 404: return Optional.of(NOT_FOUND);
      case 500: return Optional.of(INTERNAL_SERVER_ERROR);
      default: return Optional.empty();
    }
  }
}
