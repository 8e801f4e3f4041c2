package dev.errorcontract.spring.webmvc.app.orders;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.ProblemBody;
import dev.errorcontract.catalog.Status;

/**
 * A second catalog in the same application, with problem bodies carrying the request path: its
 * exceptions answer as it documents, while the framework's conditions are the condition catalog's.
 */
@ErrorCatalog("Orders")
@Status(code = 400, title = "Bad Request")
@Status(code = 409, title = "Conflict")
@Status(code = 500, title = "Internal Server Error")
@ApiError(status = 409, detail = "The order is already shipped.",
    description = "A shipped order cannot change.")
@ProblemBody(type = "https://example.com/problems", instance = Instance.REQUEST_PATH)
interface OrdersErrors {}
