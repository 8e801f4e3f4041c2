package dev.errorcontract.jaxrs.acceptance;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.Status;

/**
 * Acceptance catalog (e): every condition the framework raises answered by a row the page documents,
 * some of another code than the condition's own (an unreadable body is a 422, an undocumented 5xx a
 * 503), and a correlation URN as the instance of every answer.
 */
@ErrorCatalog("Routed")
@Status(code = 400, title = "Bad Request", description = "The request is invalid.")
@Status(code = 404, title = "Not Found", description = "No such resource.")
@Status(code = 405, title = "Method Not Allowed", description = "Not with this method.")
@Status(code = 406, title = "Not Acceptable", description = "No such representation.")
@Status(code = 415, title = "Unsupported Media Type", description = "Not in this format.")
@Status(code = 422, title = "Unprocessable Content", description = "The body is not understood.")
@Status(code = 500, title = "Internal Server Error", description = "Our fault.")
@Status(code = 503, title = "Service Unavailable", description = "Come back later.")
@ApiError(status = 404, detail = "No route matches the request path.", constant = "NO_ROUTE", description = "The path names no resource.",
    answers = Condition.UNKNOWN_PATH)
@ApiError(status = 405, detail = "This route does not take that method.", constant = "WRONG_METHOD", description = "The resource exists, not with this method.",
    answers = Condition.METHOD_NOT_ALLOWED)
@ApiError(status = 406, detail = "No representation matches Accept.", constant = "NO_REPRESENTATION", description = "No representation the client accepts.",
    answers = Condition.NOT_ACCEPTABLE)
@ApiError(status = 415, detail = "This route does not take that content type.",
    constant = "WRONG_CONTENT_TYPE", description = "The resource does not read this format.", answers = Condition.UNSUPPORTED_MEDIA_TYPE)
@ApiError(status = 422, detail = "The request body could not be read.", constant = "UNREADABLE", description = "The body is not what the resource reads.",
    answers = Condition.UNREADABLE_BODY)
@ApiError(status = 400, detail = "The request was not understood.", constant = "NOT_UNDERSTOOD", description = "A client error the page has no row for.",
    answers = Condition.UNDOCUMENTED_CLIENT_ERROR)
@ApiError(status = 503, detail = "Try again later.", constant = "TRY_LATER", description = "A server error the page has no row for.",
    answers = Condition.UNDOCUMENTED_SERVER_ERROR)
@ApiError(status = 500, detail = "Something broke on our side.", constant = "BROKEN", description = "An unexpected failure on the server.",
    answers = Condition.UNEXPECTED_FAILURE)
@FieldBody(value = "detail", instance = Instance.CORRELATION_URN,
    members = @Member(name = "instance", value = CatalogValue.INSTANCE))
interface RoutedErrors {}
