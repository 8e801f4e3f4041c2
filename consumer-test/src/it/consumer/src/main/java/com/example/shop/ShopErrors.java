package com.example.shop;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.Arg;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Status;

/** The shop's published error table. */
@ErrorCatalog("Shop")
@Status(code = 200, title = "OK", description = "The request was successful.")
@Status(code = 400, title = "Bad Request", description = "The request is invalid.")
@Status(code = 404, title = "Not Found", description = "No such resource.")
@Status(code = 500, title = "Internal Server Error", description = "Something went wrong on our side.")
@ApiError(status = 400, detail = "Invalid quantity: {quantity}",
    description = "The quantity is not between 1 and 99.", args = @Arg(name = "quantity", type = int.class))
@FieldBody("detail")
interface ShopErrors {}
