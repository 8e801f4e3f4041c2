package dev.errorcontract.examples.passport;

/**
 * The Passport HTTP cases ({@link PassportHttpCases}, shared with the Jersey server of passport-api)
 * against this module's jar, the Spring Boot application: the same cases, the same bytes.
 */
class PassportSpringIT extends PassportHttpCases {}
