package dev.errorcontract.integration.contract;

/**
 * What a runtime's server must serve for the suite, said once: each constant is one endpoint, its
 * method and path (relative to the base URI the runtime gives the suite), and what it does. A runtime
 * adapter implements every one of them with its framework's own means (a JAX-RS resource, a Spring
 * controller); {@link dev.errorcontract.integration.contract.jaxrs.ContractResource} is the JAX-RS one,
 * shared by every JAX-RS runtime.
 *
 * <p>"The framework's own" means what an application written for that framework would use without the
 * library: in JAX-RS a {@code WebApplicationException} (or subclass), in Spring a {@code
 * ResponseStatusException}. Every answer the suite expects is the catalog's; the endpoints only raise.
 */
public enum Endpoint {

  /** {@code GET errors/{name}}: throws {@link ContractCatalog#exceptionFor} of the constant {@code name}. */
  ERRORS("GET", "errors/{name}"),

  /** {@code GET limit/{limit}}: throws {@code new ContractException.InvalidLimit(limit)} ({@code limit} an int). */
  LIMIT("GET", "limit/{limit}"),

  /** {@code GET retry}: throws {@code new ContractException.SlowDown().retryAfter(30)}. */
  RETRY("GET", "retry"),

  /**
   * {@code GET caused}: throws {@code new ContractException.Maintenance(cause)}, the cause an {@code
   * IllegalStateException} whose message holds {@link ContractCatalog#SECRET}.
   */
  CAUSED("GET", "caused"),

  /**
   * {@code GET json}: answers 200 {@code {"ok":true}} as {@code application/json}. GET is its only
   * method and {@code application/json} the only type it produces (the suite's 405 and 406).
   */
  JSON("GET", "json"),

  /**
   * {@code POST raw}: consumes {@code application/json} only (the suite's 415) and reads the body as
   * text, parsing {@code {"count":N}} by hand: answers 200 {@code {"count":N}} as {@code
   * application/json}; anything else raises the framework's own 400, with the body in its message.
   */
  RAW("POST", "raw"),

  /**
   * {@code POST bound}: consumes {@code application/json}, bound by the framework's JSON binding to an
   * object with one {@code int count}; answers 200 {@code count N} as {@code text/plain}. A body the
   * binding cannot read is the framework's unreadable-body condition.
   */
  BOUND("POST", "bound"),

  /** {@code GET status/{code}}: raises the framework's own exception for the status {@code code}, nothing more. */
  STATUS("GET", "status/{code}"),

  /**
   * {@code GET built/{code}}: an error response the application builds itself, with a body of its own:
   * status {@code code}, {@code text/plain} body {@code "raw text from " + SECRET}, {@code
   * Content-Language: en}, and by code: 401 {@code WWW-Authenticate: Bearer realm="app"}, 405 {@code
   * Allow: GET}, 429 {@code Retry-After: 5}, 503 {@code Retry-After: 120}. JAX-RS throws it as a {@code
   * WebApplicationException} carrying that response (which, by the specification, no mapper sees);
   * Spring returns it as a {@code ResponseEntity}.
   */
  BUILT("GET", "built/{code}"),

  /** {@code GET unavailable}: the framework's own 503 exception, carrying {@code Retry-After: 120}. */
  UNAVAILABLE("GET", "unavailable"),

  /**
   * {@code GET unauthorized}: the framework's own 401 exception, carrying its own challenge {@code
   * WWW-Authenticate: Bearer realm="framework"} (the catalog declares another).
   */
  UNAUTHORIZED("GET", "unauthorized"),

  /** {@code GET secret}: throws {@code new IllegalStateException("cannot connect with " + SECRET)}. */
  SECRET("GET", "secret"),

  /** {@code GET empty}: answers 204 with no body. */
  EMPTY("GET", "empty"),

  /** {@code GET redirect}: answers 303 with {@code Location} the {@link #JSON} endpoint's URI. */
  REDIRECT("GET", "redirect");

  private final String method;
  private final String path;

  Endpoint(String method, String path) {
    this.method = method;
    this.path = path;
  }

  /** The HTTP method the endpoint answers. */
  public String method() {
    return method;
  }

  /** The path relative to the base URI, {@code {name}} for a path parameter. */
  public String path() {
    return path;
  }
}
