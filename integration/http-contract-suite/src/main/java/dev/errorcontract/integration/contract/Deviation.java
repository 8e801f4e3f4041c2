package dev.errorcontract.integration.contract;

/**
 * The ways a runtime may legitimately answer a case otherwise, each one known and named. A runtime
 * adapter declares the ones that hold for it, each with the reason ({@link HttpContractSuite#deviations});
 * the suite then asserts, for that case, exactly what the deviation says the runtime does instead. So a
 * deviation is never a skip: when the runtime changes, the case fails and the declaration has to go.
 */
public enum Deviation {

  /**
   * The run has no JSON binding (a JAX-RS implementation without a JSON provider) and the
   * implementation says so as a 415: a JSON body for {@link Endpoint#BOUND} has no reader, so every
   * body there, well-formed or not, is the documented 415.
   */
  NO_JSON_BINDING_IS_415,

  /**
   * The run has no JSON binding and the implementation reports the missing reader as a failure to read
   * the body (Jersey's {@code MessageBodyProviderNotFoundException}): every body for {@link
   * Endpoint#BOUND}, well-formed or not, is the catalog's unreadable-body row.
   */
  NO_JSON_BINDING_IS_UNREADABLE_BODY,

  /**
   * The runtime sends the catalog's media type respelled, without the space before its parameter
   * ({@code application/json;charset=utf-8} for the declared {@code application/json; charset=utf-8}).
   * The container's own behaviour, out of reach of the API the library writes through: Tomcat's
   * {@code setContentType} reparses every media type and writes the charset back as {@code ;charset=};
   * Jetty 12's replaces a well-known type ({@code application/json;charset=utf-8} is one) with its own
   * cached spelling. The suite asserts exactly that spelling, so a change fails the case and removes
   * the declaration.
   */
  MEDIA_TYPE_RESPELLED,

  /**
   * The runtime does not rewrite a response the application built and returned itself ({@link
   * Endpoint#BUILT}): it is sent as built, its status, body and headers untouched. The suite asserts
   * that, so that the gap stays visible.
   */
  BUILT_RESPONSE_SENT_AS_BUILT;
}
