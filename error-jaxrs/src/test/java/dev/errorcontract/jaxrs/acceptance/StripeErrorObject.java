package dev.errorcontract.jaxrs.acceptance;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.errorcontract.catalog.Bind;
import dev.errorcontract.catalog.CatalogValue;

/** The error object of catalog (a); absent members are left out, as Jackson would. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StripeErrorObject(
    @Bind(attribute = "type") String type,
    @Bind(CatalogValue.CODE) String code,
    @Bind(CatalogValue.DETAIL) String message,
    @Bind(argument = "param") String param,
    @Bind(attribute = "doc_url") String doc_url) {}
