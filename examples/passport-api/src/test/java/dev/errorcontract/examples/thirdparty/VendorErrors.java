package dev.errorcontract.examples.thirdparty;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.Arg;
import dev.errorcontract.catalog.Attribute;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.Status;

/**
 * The published error table of an API this project does not build: the server the acceptance suite
 * calls writes these answers by hand, in many JSON spellings. Templates with an {@code int}, a {@code
 * long} and a {@code double}, a member holding an argument, the status as a number, attributes, and a
 * detail with quotes, a slash, non-ASCII and a character outside the BMP.
 */
@ErrorCatalog(value = "Vendor", attributes = "type")
@Status(code = 400, title = "Bad Request", attributes = @Attribute(name = "type", value = "invalid_request_error"))
@Status(code = 404, title = "Not Found", attributes = @Attribute(name = "type", value = "invalid_request_error"))
@Status(code = 429, title = "Too Many Requests", attributes = @Attribute(name = "type", value = "rate_limit_error"))
@Status(code = 500, title = "Internal Server Error", attributes = @Attribute(name = "type", value = "api_error"))
@ApiError(status = 400, detail = "Invalid limit: {limit}", code = "invalid_limit", description = "The limit is over 1000.",
    args = @Arg(name = "limit", type = int.class))
@ApiError(status = 400, detail = "Caf\u00e9 couldn\u2019t \"brew\" a/b \u2615 \uD83D\uDE00", code = "brew",
    description = "A detail with every kind of character.")
@ApiError(status = 404, detail = "Order {orderId} of {customer} not found", code = "order_not_found",
    description = "No such order.",
    args = {@Arg(name = "orderId", type = long.class), @Arg(name = "customer", type = String.class)})
@ApiError(status = 429, detail = "Slow down: retry in {seconds} s", code = "rate_limited",
    description = "Too many requests.", args = @Arg(name = "seconds", type = double.class))
@ApiError(status = 500, detail = "Something went wrong on our end", description = "A bug.")
@FieldBody(value = "message", members = {
  @Member(name = "code", value = CatalogValue.CODE, omitWhenAbsent = true),
  @Member(name = "type", attribute = "type"),
  @Member(name = "status", value = CatalogValue.STATUS),
  @Member(name = "order", argument = "orderId", omitWhenAbsent = true)})
interface VendorErrors {}
