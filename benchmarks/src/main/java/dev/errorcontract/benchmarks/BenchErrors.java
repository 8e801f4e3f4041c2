package dev.errorcontract.benchmarks;

import dev.errorcontract.catalog.Arg;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.ErrorDetail;
import dev.errorcontract.catalog.ProblemBody;
import dev.errorcontract.catalog.Status;

/**
 * The catalog the JMH benchmarks measure, compiled by the processor like any user's: a Passport-like
 * table with one constant detail, one templated detail and a server error. Problem details, so that
 * every contender writes the same members (type, title, status, detail).
 */
@ErrorCatalog(
    name = "Bench",
    statuses = {
      @Status(code = 200, title = "OK", description = "The request succeeded."),
      @Status(code = 400, title = "Bad Request", description = "The request is invalid."),
      @Status(code = 404, title = "Not Found", description = "The resource does not exist."),
      @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
    },
    errors = {
      @ErrorDetail(
          status = 400,
          detail = "Invalid nonce",
          description = "The nonce used in the submit request could not be verified."),
      @ErrorDetail(
          status = 404,
          detail = "Passport {passportId} not found",
          description = "No passport has this id.",
          args = @Arg(name = "passportId", type = String.class)),
      @ErrorDetail(
          status = 500,
          detail = "Passport store unavailable",
          description = "The passport store did not answer.")
    })
@ProblemBody
public interface BenchErrors {}
