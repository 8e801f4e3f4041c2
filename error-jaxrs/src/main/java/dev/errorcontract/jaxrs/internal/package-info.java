/**
 * The implementation of {@link dev.errorcontract.jaxrs.ErrorContractFeature}: the mappers, the response
 * filter, the reader interceptor and the body writers. Public only so that generated per-catalog
 * providers can delegate to them; not an API, and it may change in any release. Applications use
 * {@code dev.errorcontract.jaxrs} only.
 */
package dev.errorcontract.jaxrs.internal;
