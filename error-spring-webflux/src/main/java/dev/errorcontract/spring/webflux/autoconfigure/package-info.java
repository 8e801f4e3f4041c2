/**
 * The Spring Boot auto-configuration of the WebFlux handler ({@link
 * dev.errorcontract.spring.webflux.autoconfigure.ErrorContractWebFluxAutoConfiguration}).
 */
package dev.errorcontract.spring.webflux.autoconfigure;
