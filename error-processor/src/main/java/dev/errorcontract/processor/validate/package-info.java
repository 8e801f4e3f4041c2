/**
 * Phase 3 of the pipeline: every rule a catalog must follow, reported all at once at the narrowest
 * position. The declaration's rules ({@link dev.errorcontract.processor.validate.CatalogValidator}) and
 * the published page's ({@link dev.errorcontract.processor.validate.PublishedPageValidator}) read the
 * declaration with its {@code Meaning}; ambiguity ({@link
 * dev.errorcontract.processor.validate.AmbiguityValidator}) and the comparison with the previous release
 * ({@link dev.errorcontract.processor.validate.BaselineCheck}, whose differences error-evolution's {@code
 * Differ} classifies) read its {@code Description}. Validators generate nothing. Imports only {@code
 * diagnostics}, {@code collect} and {@code derive}.
 */
package dev.errorcontract.processor.validate;
