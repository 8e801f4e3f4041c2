package dev.errorcontract.benchmarks;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.Arg;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.ProblemBody;
import dev.errorcontract.catalog.Status;

/**
 * The catalog the JMH benchmarks measure, compiled by the processor like any user's: a Passport-like
 * table with one constant detail, one templated detail and a server error. Problem details, so that
 * every contender writes the same members (type, title, status, detail). The {@code doc_url} extension
 * is given by no row and left out when absent: the bodies are the same bytes as without it, and it
 * must cost nothing.
 */
@ErrorCatalog(value = "Bench", attributes = "doc_url")
@Status(code = 200, title = "OK", description = "The request succeeded.")
@Status(code = 400, title = "Bad Request", description = "The request is invalid.")
@Status(code = 404, title = "Not Found", description = "The resource does not exist.")
@Status(code = 500, title = "Internal Server Error", description = "Our fault.")
@ApiError(status = 400, detail = "Invalid nonce",
    description = "The nonce used in the submit request could not be verified.")
@ApiError(status = 404, detail = "Passport {passportId} not found", description = "No passport has this id.",
    args = @Arg(name = "passportId", type = String.class))
@ApiError(status = 500, detail = "Passport store unavailable", description = "The passport store did not answer.")
@ProblemBody(extensions = @Member(name = "doc_url", attribute = "doc_url", omitWhenAbsent = true))
public interface BenchErrors {}
