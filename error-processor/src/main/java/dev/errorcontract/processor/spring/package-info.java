/**
 * The built-in Spring MVC runtime adapter: {@code @RequestMapping} handler methods read as operations,
 * through the service interface only (like any third party's adapter), Spring's annotations read by name.
 */
package dev.errorcontract.processor.spring;
