/**
 * Phase 4 of the pipeline: the immutable model generators read, made from a catalog that validated
 * cleanly: its {@code Description} with what only generation adds. Imports only {@code derive}.
 */
package dev.errorcontract.processor.model;
