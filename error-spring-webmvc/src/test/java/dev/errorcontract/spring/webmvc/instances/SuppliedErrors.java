package dev.errorcontract.spring.webmvc.instances;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.Member;
import dev.errorcontract.catalog.Status;

/**
 * Issue 25: an instance of the application's own ({@link Instance#SUPPLIED}), made by {@link
 * SupportReferences} for every answer, framework-made ones included, in a member left out when the
 * supplier gives none.
 */
@ErrorCatalog(value = "Supplied", instanceSupplier = SupportReferences.class)
@Status(code = 400, title = "Bad Request", description = "The request is invalid.")
@Status(code = 404, title = "Not Found", description = "No such resource.")
@Status(code = 500, title = "Internal Server Error", description = "Our fault.")
@ApiError(status = 400, detail = "Out of stock.", description = "The item cannot be ordered now.",
    answers = Condition.STATUS)
@FieldBody(value = "message", instance = Instance.SUPPLIED,
    members = @Member(name = "support_reference", value = CatalogValue.INSTANCE, omitWhenAbsent = true))
interface SuppliedErrors {}
