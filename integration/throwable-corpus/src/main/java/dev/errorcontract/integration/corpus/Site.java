package dev.errorcontract.integration.corpus;

/** Where the server throws a corpus case. */
public enum Site {
  /** The resource method. */
  RESOURCE,
  /** A {@code ContainerRequestFilter}, before the resource runs. */
  REQUEST_FILTER,
  /** A {@code ContainerResponseFilter}, after the resource answered 200. */
  RESPONSE_FILTER
}
