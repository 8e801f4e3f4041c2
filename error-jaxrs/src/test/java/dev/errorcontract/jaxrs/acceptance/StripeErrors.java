package dev.errorcontract.jaxrs.acceptance;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.Arg;
import dev.errorcontract.catalog.Attribute;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.RecordBody;
import dev.errorcontract.catalog.Status;

/**
 * Acceptance catalog (a): a nested error object in the manner of Stripe's page, with a {@code type}
 * attribute its status rows share, a {@code doc_url} only some rows have, a template argument bound to
 * a member of its own ({@code param}), and members left out when absent ({@code NON_NULL}).
 */
@ErrorCatalog(value = "Stripe", attributes = {"type", "doc_url"})
@Status(code = 200, title = "OK", description = "Everything worked as expected.")
@Status(code = 400, title = "Bad Request",
    description = "The request was unacceptable, often due to missing a required parameter.",
    attributes = @Attribute(name = "type", value = "invalid_request_error"))
@Status(code = 402, title = "Request Failed",
    description = "The parameters were valid but the request failed.",
    attributes = @Attribute(name = "type", value = "card_error"),
    suppress = "error-contract:nonstandard-title")
@Status(code = 404, title = "Not Found", description = "The requested resource doesn't exist.",
    attributes = @Attribute(name = "type", value = "invalid_request_error"))
@Status(code = {500, 502, 503, 504}, title = "Server Errors",
    description = "Something went wrong on Stripe's end.",
    attributes = @Attribute(name = "type", value = "api_error"))
@ApiError(status = 400, detail = "Missing required param: {param}.", code = "parameter_missing",
    constant = "PARAMETER_MISSING",
    description = "A required parameter was not given.", args = @Arg(name = "param", type = String.class))
@ApiError(status = 402, detail = "Your card was declined.", code = "card_declined", constant = "CARD_DECLINED",
    description = "The card was declined.",
    attributes = @Attribute(name = "doc_url", value = "https://stripe.com/docs/error-codes/card-declined"))
@ApiError(status = 404, detail = "Unrecognized request URL.", answers = Condition.UNKNOWN_PATH,
    constant = "UNRECOGNIZED_URL",
    description = "No route matches the request.")
@RecordBody(StripeBody.class)
interface StripeErrors {}
