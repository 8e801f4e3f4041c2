package dev.errorcontract.integration.quarkus;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.Arg;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Header;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.Status;

/**
 * The application's published error table: error-jaxrs's test catalog, with the request path as the
 * instance of every answer and a media type with a parameter, the two things the response filter and
 * the body writer must finish on Quarkus as elsewhere. From it the
 * processor generates {@code ShopError}, {@code ShopException} and the JAX-RS providers Quarkus finds
 * in its index of the application: nothing is registered or configured by hand.
 */
@ErrorCatalog("Shop")
@Status(code = 400, title = "Bad request", description = "The request is invalid.")
@Status(code = 401, title = "Unauthorized", description = "No valid credentials.",
    headers = @Header(name = "WWW-Authenticate", value = "ApiKey realm=\"shop\""))
@Status(code = 404, title = "Not found", description = "No such resource.")
@Status(code = 405, title = "Method not allowed", description = "Not with this method.")
@Status(code = 406, title = "Not acceptable", description = "No such representation.")
@Status(code = 415, title = "Unsupported media type", description = "Not in this format.")
@Status(code = 429, title = "Too many requests", description = "The rate limit was exceeded.",
    headers = @Header(name = "Retry-After", value = "60"))
@Status(code = 500, title = "Internal server error", description = "Our fault.")
@Status(code = 503, title = "Service unavailable", description = "Come back later.")
@ApiError(status = 400, detail = "Invalid nonce", code = "invalid_nonce",
    description = "The nonce could not be verified.")
@ApiError(status = 400, detail = "Invalid limit: {limit}", code = "invalid_limit",
    description = "The page limit is over 1000.", args = @Arg(name = "limit", type = int.class))
@ApiError(status = 404, detail = "Order \"not\" found", code = "order_not_found",
    description = "No order with this number.")
@ApiError(status = 429, detail = "Slow down", description = "Too many requests from this key.")
@ApiError(status = 503, detail = "Down for maintenance \u2013 back soon", constant = "MAINTENANCE",
    description = "Planned maintenance.")
@FieldBody(value = "detail", instance = Instance.REQUEST_PATH,
    mediaType = "application/json; charset=utf-8",
    members = @Member(name = "instance", value = CatalogValue.INSTANCE))
interface ShopErrors {}
