package dev.errorcontract.examples.signzy;

import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.PublishedPage;
import dev.errorcontract.catalog.Status;

/**
 * The Signzy API's published page "Errors", declared once: one {@link Status} per row of its table,
 * every string as published. The page has no separate error table: each error answers with its status
 * title in the {@code message} field, such as {@code {"message":"Access Forbidden"}}.
 *
 * <p>Two rows are kept as the page has them, on purpose. The 204 row is titled "Not Modified" (HTTP
 * calls 204 "No Content"); the title is the API's own and stays, hence the warning suppressed on that row (as on the
 * other rows whose titles are the API's own wording), and a
 * 204 is sent without a body as HTTP requires. The 504 row's apostrophe is the right single quotation
 * mark (U+2019) that the published page mis-encoded as {@code â€™}.
 *
 * <p>This page documents no {@code WWW-Authenticate} challenge for its 401 (its {@code Authorization}
 * header holds a bare token with no scheme), so none is declared.
 */
@ErrorCatalog(value = "Signzy", baseline = "src/contract/Signzy.catalog.json")
@Status(code = 200, title = "OK", description = "The request was successful.")
@Status(
    code = 204,
    title = "Not Modified",
    description = "There was no new data to return.",
    suppress = "error-contract:nonstandard-title")
@Status(
    code = 400,
    title = "Bad Request",
    description =
        "The request was invalid or cannot be otherwise served. This may happen due to invalid"
            + " Parameters passed.")
@Status(
    code = 401,
    title = "Authorization Required",
    description = "Missing or incorrect authentication credentials.",
    suppress = "error-contract:nonstandard-title")
@Status(
    code = 403,
    title = "Access Forbidden",
    description =
        "The request is understood, but it has been refused or access is not allowed. An"
            + " accompanying error message will explain why. This code is used when requests are"
            + " being denied due to request limits.",
    suppress = "error-contract:nonstandard-title")
@Status(
    code = 404,
    title = "Not Found",
    description = "The URI requested is invalid or the resource requested is not available.")
@Status(
    code = 422,
    title = "Un-processable Entity",
    description = "Missing Inputs or the JSON body of a request is badly-formed.",
    suppress = "error-contract:nonstandard-title")
@Status(
    code = 500,
    title = "Internal Server Error",
    description =
        "Something is broken. This is usually a temporary error, for example in a high load"
            + " situation or if an endpoint is temporarily having issues.Try again later.")
@Status(
    code = 502,
    title = "Bad gateway/Internal Server Error",
    description = "Signzy service is down or the service is getting upgraded.",
    suppress = "error-contract:nonstandard-title")
@Status(
    code = 504,
    title = "Gateway Timeout",
    description =
        "The Signzy servers are up, but the request couldn\u2019t be serviced due to some failure"
            + " within the internal stack. Try again later.")
@FieldBody("message")
@PublishedPage("src/docs/errors.md")
public interface SignzyErrors {}
