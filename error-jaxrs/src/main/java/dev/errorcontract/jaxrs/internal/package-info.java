/**
 * The implementation of {@link dev.errorcontract.jaxrs.ErrorContractFeature}: the mappers, the response
 * filter, the reader interceptor and the body writers. Generated per-catalog providers call {@link
 * dev.errorcontract.jaxrs.internal.ProviderRuntime} and implement {@link
 * dev.errorcontract.jaxrs.internal.GeneratedProvider}; the other public classes are public because the
 * feature ({@code dev.errorcontract.jaxrs}) registers them or the adapters' packages ({@code jersey},
 * {@code cxf}, {@code vertx}, {@code undertow}) use them. Not an API, and it may change in any release.
 * Applications use {@code dev.errorcontract.jaxrs} only.
 */
package dev.errorcontract.jaxrs.internal;
