package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Body;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.derive.Meaning;
import dev.errorcontract.processor.diagnostics.Report;

/** What the checks of a body's members need besides the member: the catalog, its one body and the report. */
record BodyContext(Catalog catalog, Meaning meaning, Attributes attributes, Body body, Report report) {}
