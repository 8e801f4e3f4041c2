package dev.errorcontract.spring.webflux;

import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Status;

/**
 * A second catalog on the tests' class path: with two, the auto-configuration needs to be told which
 * one answers WebFlux's conditions ({@code AutoConfigurationTest}).
 */
@ErrorCatalog("Other")
@Status(code = 400, title = "Bad Request", description = "The request is invalid.")
@Status(code = 500, title = "Internal Server Error", description = "Our fault.")
@FieldBody("message")
interface OtherErrors {}
