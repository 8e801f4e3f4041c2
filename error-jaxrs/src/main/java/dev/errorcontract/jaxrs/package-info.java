/** Jakarta REST glue: mappers and filters that make every error response a documented one. */
package dev.errorcontract.jaxrs;
