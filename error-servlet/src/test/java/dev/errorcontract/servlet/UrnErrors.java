package dev.errorcontract.servlet;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.Status;

/**
 * A catalog whose every answer carries a correlation URN as its instance, for the servlet's own
 * answers ({@code ContainerErrorServletTest}); never registered with a JAX-RS application here.
 */
@ErrorCatalog("Urn")
@Status(code = 400, title = "Bad Request", description = "The request is invalid.")
@Status(code = 404, title = "Not Found", description = "No such resource.")
@Status(code = 500, title = "Internal Server Error", description = "Our fault.")
@ApiError(status = 404, detail = "No route matches the request path.", constant = "NO_ROUTE",
    description = "The path names no resource.", answers = Condition.UNKNOWN_PATH)
@FieldBody(value = "detail", instance = Instance.CORRELATION_URN,
    members = @Member(name = "instance", value = CatalogValue.INSTANCE))
interface UrnErrors {}
