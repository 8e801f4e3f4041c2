package dev.errorcontract.jaxrs.acceptance;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.Arg;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.ProblemBody;
import dev.errorcontract.catalog.Status;

/**
 * Acceptance catalog (b): RFC 9457 problem details with a type and title per row, the request path as
 * the {@code instance} of every answer (framework-made ones included), an extension member left out
 * when absent, and a media type with a parameter.
 */
@ErrorCatalog("Problem")
@Status(code = 400, title = "Bad Request", description = "The request is invalid.")
@Status(code = 403, title = "Forbidden", description = "Not with these credentials.")
@Status(code = 404, title = "Not Found", description = "No such resource.")
@Status(code = 405, title = "Method Not Allowed", description = "Not with this method.")
@Status(code = 500, title = "Internal Server Error", description = "Our fault.")
@ApiError(status = 403, detail = "Your current balance is 30, but that costs {cost}.",
    constant = "OUT_OF_CREDIT", code = "out_of_credit", description = "Not enough credit.",
    type = "https://example.com/probs/out-of-credit", title = "You do not have enough credit.",
    args = @Arg(name = "cost", type = int.class))
@ApiError(status = 400, detail = "The account number is not valid.", constant = "BAD_ACCOUNT",
    description = "The account number fails its check digit.",
    type = "https://example.com/probs/bad-account", title = "Invalid account")
@ApiError(status = 404, detail = "The requested resource could not be found.",
    constant = "NO_SUCH_RESOURCE", answers = Condition.UNKNOWN_PATH,
    description = "No route matches the path.", type = "https://example.com/probs/not-found")
@ProblemBody(type = "https://example.com/probs/general", instance = Instance.REQUEST_PATH,
    mediaType = "application/problem+json; charset=utf-8",
    extensions = @Member(name = "code", value = CatalogValue.CODE, omitWhenAbsent = true))
interface ProblemErrors {}
