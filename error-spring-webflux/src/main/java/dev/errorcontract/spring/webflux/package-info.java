/**
 * Spring WebFlux: {@link dev.errorcontract.spring.webflux.ErrorContractWebExceptionHandler} answers every
 * error of the application with the catalog's documented bytes.
 */
package dev.errorcontract.spring.webflux;
