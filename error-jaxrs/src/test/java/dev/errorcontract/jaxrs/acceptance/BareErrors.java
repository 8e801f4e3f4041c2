package dev.errorcontract.jaxrs.acceptance;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.Status;

/**
 * Acceptance catalog (d): error rows grouped under bare status codes, as pages that give a status no
 * title or description of its own; the standard reason phrase is the title. The page describes no row,
 * which each row says for itself.
 */
@ErrorCatalog("Bare")
@Status(code = 400)
@Status(code = 404)
@Status(code = 409)
@Status(code = 500)
@ApiError(status = 400, detail = "Invalid email address", code = "invalid_email",
    suppress = "error-contract:missing-description")
@ApiError(status = 404, detail = "User not found", code = "user_not_found",
    suppress = "error-contract:missing-description")
@ApiError(status = 409, detail = "Email already registered", code = "email_taken",
    suppress = "error-contract:missing-description")
@FieldBody(value = "error", members = @Member(name = "code", value = CatalogValue.CODE))
interface BareErrors {}
