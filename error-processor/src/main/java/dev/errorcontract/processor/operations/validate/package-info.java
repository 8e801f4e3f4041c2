/** Phase 3 of the operations pipeline: the methods' bodies checked against their {@code throws} clauses. */
package dev.errorcontract.processor.operations.validate;
