package dev.errorcontract.springdoc;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Header;
import dev.errorcontract.catalog.Status;

/** The application's catalog. */
@ErrorCatalog("Shop")
@Status(code = 400, title = "Bad Request", description = "The request is wrong.")
@Status(code = 404, title = "Not Found", description = "No such thing.")
@Status(code = 406, title = "Not Acceptable", description = "No acceptable media type.")
@Status(code = 429, title = "Too Many Requests", description = "Slow down.",
    headers = @Header(name = "Retry-After", value = "60"))
@Status(code = 500, title = "Internal Server Error", description = "Our fault.")
@ApiError(status = 400, detail = "Invalid limit", description = "The limit is over 100.")
@ApiError(status = 404, detail = "No such order", description = "The order does not exist.")
@ApiError(status = 429, detail = "Too many orders", description = "More than 10 orders a minute.")
@FieldBody("detail")
@SuppressWarnings("error-contract:status-answer-added")
interface ShopErrors {}
