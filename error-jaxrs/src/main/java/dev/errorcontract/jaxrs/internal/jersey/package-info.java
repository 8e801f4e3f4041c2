/**
 * What only a Jersey SPI can do: loaded only when the runtime is Jersey. Not an API.
 */
package dev.errorcontract.jaxrs.internal.jersey;
