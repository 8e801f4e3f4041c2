package dev.errorcontract.jaxrs.acceptance;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of catalog (a): {@code {"error":{...}}}. */
record StripeBody(@JsonProperty("error") StripeErrorObject error) {}
