package dev.errorcontract.spring.client;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.Arg;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.Status;

/**
 * The published table of an API the tests call but do not build (a client-only catalog): its server is
 * a plain JDK HTTP server writing answers by hand. A constant detail, templates with an {@code int}, a
 * {@code long} and a {@code String}, a member holding an argument and the status as a number.
 */
@ErrorCatalog(value = "Shop", clientOnly = true)
@Status(code = 200, title = "OK")
@Status(code = 400, title = "Bad Request")
@Status(code = 404, title = "Not Found")
@Status(code = 429, title = "Too Many Requests")
@Status(code = 500, title = "Internal Server Error")
@ApiError(status = 400, detail = "Invalid limit: {limit}", code = "invalid_limit", description = "The limit is over 1000.",
    args = @Arg(name = "limit", type = int.class))
@ApiError(status = 404, detail = "Order {orderId} of {customer} not found", code = "order_not_found",
    description = "No such order.",
    args = {@Arg(name = "orderId", type = long.class), @Arg(name = "customer", type = String.class)})
@ApiError(status = 429, detail = "Slow down", code = "rate_limited", description = "Too many requests.")
@ApiError(status = 500, detail = "Something went wrong on our end", code = "api_error", description = "A bug.")
@FieldBody(value = "message", members = {
  @Member(name = "code", value = CatalogValue.CODE),
  @Member(name = "status", value = CatalogValue.STATUS),
  @Member(name = "order", argument = "orderId", omitWhenAbsent = true)})
interface ShopErrors {}
