/**
 * Jakarta REST glue: register {@link dev.errorcontract.jaxrs.ErrorContractFeature} (or the generated
 * {@code <Name>Feature}) and every error response the application sends is a documented one.
 */
package dev.errorcontract.jaxrs;
