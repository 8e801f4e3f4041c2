/**
 * Spring MVC glue: every error a Spring MVC application answers is one its catalog documents. With
 * Spring Boot the auto-configuration ({@link
 * dev.errorcontract.spring.webmvc.ErrorContractWebMvcAutoConfiguration}) installs it; without Boot,
 * register {@link dev.errorcontract.spring.webmvc.ErrorContractExceptionResolver} among the MVC
 * configuration's exception resolvers and {@link dev.errorcontract.spring.webmvc.ErrorContractFilter}
 * as the first filter, both built on one {@link dev.errorcontract.spring.webmvc.WebMvcErrorContract}.
 */
package dev.errorcontract.spring.webmvc;
