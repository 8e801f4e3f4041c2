package dev.errorcontract.spring.webflux.instances;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.ProblemBody;
import dev.errorcontract.catalog.Status;

/**
 * Issue 25: Mailchimp's Marketing API error page, whose problem details carry a bare UUID as their
 * {@code instance} ({@code "instance": "3b4dcb40-0b6b-4820-bfaa-41267b3826ea"}): {@link
 * Instance#CORRELATION_UUID}, on every answer, framework-made ones included.
 */
@ErrorCatalog("Mailchimp")
@Status(code = 400, title = "Bad Request", description = "Your request could not be processed.")
@Status(code = 404, title = "Resource Not Found", description = "The requested resource could not be found.",
    suppress = "error-contract:nonstandard-title")
@Status(code = 405, title = "Method Not Allowed", description = "The requested method and resource are not compatible.")
@Status(code = 500, title = "Internal Server Error", description = "An unexpected internal error has occurred.")
@ApiError(status = 400, detail = "Your request could not be processed.", constant = "BAD_REQUEST",
    description = "The request is malformed or invalid.", answers = Condition.STATUS)
@ApiError(status = 404, detail = "The requested resource could not be found.", constant = "RESOURCE_NOT_FOUND",
    description = "No resource at this path.", answers = {Condition.STATUS, Condition.UNKNOWN_PATH})
@ApiError(status = 405, constant = "METHOD_NOT_ALLOWED",
    detail = "The requested method and resource are not compatible. See the Allow header for this resource's available methods.",
    description = "The resource does not take this method.", answers = {Condition.STATUS, Condition.METHOD_NOT_ALLOWED})
@ApiError(status = 500, constant = "INTERNAL_SERVER_ERROR",
    detail = "An unexpected internal error has occurred. Please contact Support for more information.",
    description = "A failure on the server.", answers = {Condition.STATUS, Condition.UNEXPECTED_FAILURE})
@ProblemBody(type = "https://mailchimp.com/developer/marketing/docs/errors/", instance = Instance.CORRELATION_UUID,
    mediaType = "application/problem+json; charset=utf-8")
interface MailchimpErrors {}
