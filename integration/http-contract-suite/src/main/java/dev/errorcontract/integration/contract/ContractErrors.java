package dev.errorcontract.integration.contract;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.Arg;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Header;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.Status;

/**
 * The one catalog of the HTTP contract suite, compiled once, in this module: every runtime's server
 * answers with it ({@code ContractError}, {@code ContractException}, {@code ContractStatus}). It holds
 * what the cases need to tell a right answer from a near miss: headers declared on a status (a
 * challenge, a delay), a row with a template argument, details with a quote and a non-ASCII character,
 * a row the catalog names for a framework condition ({@code UNREADABLE_BODY}), statuses answered by no
 * row (the library adds their answers), the request path as the {@code instance} of every answer, and
 * a media type with a parameter, which must be sent exactly as declared.
 */
@ErrorCatalog("Contract")
@Status(code = 400, title = "Bad request", description = "The request is invalid.")
@Status(code = 401, title = "Unauthorized", description = "No valid credentials.",
    headers = @Header(name = "WWW-Authenticate", value = "ApiKey realm=\"contract\""))
@Status(code = 404, title = "Not found", description = "No such resource.")
@Status(code = 405, title = "Method not allowed", description = "Not with this method.")
@Status(code = 406, title = "Not acceptable", description = "No such representation.")
@Status(code = 415, title = "Unsupported media type", description = "Not in this format.")
@Status(code = 429, title = "Too many requests", description = "The rate limit was exceeded.",
    headers = @Header(name = "Retry-After", value = "60"))
@Status(code = 500, title = "Internal server error", description = "Our fault.")
@Status(code = 503, title = "Service unavailable", description = "Come back later.")
@ApiError(status = 400, detail = "Bad request", answers = Condition.STATUS,
    description = "The request is invalid.")
@ApiError(status = 400, detail = "Malformed body", answers = Condition.UNREADABLE_BODY,
    description = "The body is not the JSON the operation reads.")
@ApiError(status = 400, detail = "Invalid limit: {limit}", code = "invalid_limit",
    description = "The page limit is over 1000.", args = @Arg(name = "limit", type = int.class))
@ApiError(status = 404, detail = "Passport \"not\" found", code = "passport_not_found",
    description = "No passport for this address.")
@ApiError(status = 429, detail = "Slow down", description = "Too many requests from this key.")
@ApiError(status = 503, detail = "Down for maintenance \u2013 back soon", constant = "MAINTENANCE",
    description = "Planned maintenance.")
@FieldBody(value = "detail", instance = Instance.REQUEST_PATH,
    mediaType = "application/json; charset=utf-8",
    members = @Member(name = "instance", value = CatalogValue.INSTANCE))
public interface ContractErrors {}
