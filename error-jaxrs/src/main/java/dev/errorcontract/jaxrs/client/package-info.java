/**
 * The client side of a catalog (issue 15): a JAX-RS {@link jakarta.ws.rs.client.ClientResponseFilter}
 * and a MicroProfile Rest Client {@code ResponseExceptionMapper} that throw the typed exception of a
 * documented error answer, with the catalog's generated decoder.
 */
package dev.errorcontract.jaxrs.client;
