/**
 * Bean Validation failures answered by the catalog: linked against {@code jakarta.validation} and
 * loaded only when it is on the application's class path ({@code internal.BeanValidation}). Not an
 * API.
 */
package dev.errorcontract.jaxrs.internal.validation;
