/**
 * What only a CXF extension point can do: a bus extension CXF loads itself, linked only when CXF is
 * the running implementation. Not an API.
 */
package dev.errorcontract.jaxrs.internal.cxf;
