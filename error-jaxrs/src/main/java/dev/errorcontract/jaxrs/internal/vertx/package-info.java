/**
 * The answers Vert.x writes on Quarkus outside Quarkus REST, installed on Quarkus's router by the
 * class the processor generates per catalog: compiled against Vert.x Web, which error-jaxrs depends
 * on optionally, and loaded only where it runs. Not an API.
 */
package dev.errorcontract.jaxrs.internal.vertx;
