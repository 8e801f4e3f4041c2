package com.acme.shop;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Status;

/** The Acme shop's published error table. */
@ErrorCatalog("Shop")
@Status(code = 400, title = "Bad Request", description = "The request is invalid.")
@Status(code = 404, title = "Not Found", description = "No such resource.")
@Status(code = 500, title = "Internal Server Error", description = "Our fault.")
@ApiError(status = 404, detail = "No such order", description = "No order has this number.")
@ApiError(status = 400, detail = "Invalid order", description = "The order cannot be placed.")
@FieldBody("message")
@SuppressWarnings("error-contract:acme-unknown-path-by-status")
interface ShopErrors {}
