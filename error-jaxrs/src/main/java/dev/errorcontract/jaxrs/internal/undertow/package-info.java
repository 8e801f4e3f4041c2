/**
 * What only Undertow needs, for RESTEasy served by Undertow's servlet container: the declared {@code
 * Content-Type} put back where Undertow respells it. Reached by reflection, so nothing here links
 * against RESTEasy or Undertow, and it does nothing anywhere else. Not an API.
 */
package dev.errorcontract.jaxrs.internal.undertow;
