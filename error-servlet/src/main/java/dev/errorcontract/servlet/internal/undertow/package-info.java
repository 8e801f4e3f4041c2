/**
 * What only Undertow needs: the servlet and error page of {@code web-fragment.xml} for Undertow
 * deployments that read no descriptor, through Undertow's {@code ServletExtension}, which only
 * Undertow loads. Not an API.
 */
package dev.errorcontract.servlet.internal.undertow;
