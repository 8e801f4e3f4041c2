package dev.errorcontract.examples.passport;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Header;
import dev.errorcontract.catalog.PublishedPage;
import dev.errorcontract.catalog.Status;

/**
 * The Passport API's published page "Status and error codes", declared once: one {@link Status} per
 * row of its status table and one {@link ApiError} per row of its error table, in the page's order,
 * every string as published. Error bodies are {@code {"detail":"..."}}.
 *
 * <p>From this declaration the error-contract processor generates {@code PassportStatus}, {@code
 * PassportError}, {@code PassportException} (one nested exception per error) and {@code
 * PassportFeature}, which makes every error response of the server one of these rows.
 *
 * <p>The 401 row carries {@code WWW-Authenticate: ApiKey}. The published page does not mention the
 * header, but HTTP (RFC 9110, section 15.5.2) requires every 401 to carry a challenge; {@code ApiKey}
 * names the scheme the page describes (a key in {@code X-API-Key}) and clients that do not know it
 * ignore it. Leaving it out would make every 401 of this server a non-conforming one.
 */
@ErrorCatalog(value = "Passport", baseline = "src/contract/Passport.catalog.json")
@Status(code = 200, title = "OK", description = "The request was successful.")
// The page documents a generic 400 besides its rows ("Bad request"): the answer the library adds for it.
@Status(code = 400, title = "Bad request", description = "Bad request", suppress = "error-contract:status-answer-added")
@Status(
    code = 401,
    title = "Unauthorized",
    description = "Your API key is invalid.",
    headers = @Header(name = "WWW-Authenticate", value = "ApiKey"))
@Status(code = 404, title = "Not found", description = "The resource does not exist.")
@Status(code = 429, title = "Too Many Requests", description = "The rate limit was exceeded.")
@Status(code = 500, title = "Internal Server Error", description = "An error occurred with our API.")
@ApiError(
    status = 400,
    detail = "Invalid nonce",
    description = "The `nonce` used in the submit Passport API request could not be verified")
@ApiError(
    status = 400,
    detail = "Address does not match signature",
    description = "The signer could not be verified")
@ApiError(
    status = 400,
    detail = "Invalid limit",
    description = "The page limit of the Passport API request is greater than 1000")
@ApiError(
    status = 400,
    detail = "Unable to get score for provided Scorer ID",
    description = "Unable to validate that the Scorer ID belongs to the account holding the API key")
@ApiError(
    status = 401,
    detail = "Unauthorized",
    description = "`X-API-Key` was not specified in the header or an invalid API key was provided")
@ApiError(status = 500, detail = "Internal Server Error", description = "Something went wrong on our end")
@FieldBody("detail")
@PublishedPage("src/docs/errors.md")
public interface PassportErrors {}
