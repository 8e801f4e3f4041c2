/**
 * The operations pipeline (issue 16), in the phases of the catalogs': {@code operations.collect} reads
 * the resource methods, {@code operations.derive} finds the catalog behind each exception type and
 * makes an operation's errors, {@code operations.validate} checks the methods' bodies against their
 * {@code throws} clauses; {@code generate.docs} writes the documents, and this package's processor runs
 * the phases in that order.
 */
package dev.errorcontract.processor.operations;
