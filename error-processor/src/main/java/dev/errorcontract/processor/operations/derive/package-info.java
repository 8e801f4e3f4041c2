/**
 * Phase 2 of the operations pipeline: which catalog and error each exception type stands for, read
 * through the catalogs' own {@code derive}, and an operation with the errors it answers with.
 */
package dev.errorcontract.processor.operations.derive;
