package dev.errorcontract.jaxrs.acceptance;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.Status;

/**
 * Acceptance catalog (c): one status row covering several codes, documented once, each code answering
 * with exactly itself; the body carries the code sent, so the test sees which one the body was made
 * for. Its instance comes from exceptions only: framework-made answers have none.
 */
@ErrorCatalog("Gateway")
@Status(code = 400, title = "Bad Request", description = "The request is invalid.")
@Status(code = {500, 502, 503, 504}, title = "Server errors",
    description = "Something went wrong on our end.")
@ApiError(status = 400, detail = "Unknown region", code = "unknown_region",
    description = "No such region.")
@ApiError(status = 503, detail = "Upstream maintenance", code = "maintenance",
    description = "The upstream is down for maintenance.")
@FieldBody(value = "message", instance = Instance.EXCEPTION, members = {
    @Member(name = "code", value = CatalogValue.CODE, omitWhenAbsent = true),
    @Member(name = "status", value = CatalogValue.STATUS),
    @Member(name = "instance", value = CatalogValue.INSTANCE, omitWhenAbsent = true)})
interface GatewayErrors {}
