/**
 * The client side of a catalog for Spring (issue 23): {@link
 * dev.errorcontract.spring.client.ErrorContractResponseErrorHandler} for {@code RestClient} and {@code
 * RestTemplate}, {@link dev.errorcontract.spring.client.ErrorContractExchangeFilter} for {@code
 * WebClient}; an {@code @HttpExchange} interface built on either client throws what the client throws.
 * Both decode with the catalog's generated decoder, so what decodes, what is undocumented and the 64 KiB
 * bound are the decoder's own.
 */
package dev.errorcontract.spring.client;
