package dev.errorcontract.jaxrs.acceptance;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.Status;

/**
 * The catalog of the Bean Validation suite (issue 25): its 422 row answers input that fails its
 * constraints ({@link Condition#INVALID_INPUT}), so the answer is told apart from an unreadable body's
 * 400.
 */
@ErrorCatalog("Validation")
@Status(code = 400, title = "Bad Request", description = "The request cannot be read.")
@Status(code = 404, title = "Not Found", description = "No such resource.")
@Status(code = 422, title = "Unprocessable Content", description = "The input breaks a rule.")
@Status(code = 500, title = "Internal Server Error", description = "Our fault.")
@ApiError(status = 422, detail = "Validation failed", code = "validation_failed",
    answers = Condition.INVALID_INPUT, description = "A value of the request breaks its rules.")
@FieldBody(value = "message", members = @Member(name = "code", value = CatalogValue.CODE))
interface ValidationErrors {}
