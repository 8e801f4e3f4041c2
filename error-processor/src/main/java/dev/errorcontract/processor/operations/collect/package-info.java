/** Phase 1 of the operations pipeline: the JAX-RS resource methods as declared. */
package dev.errorcontract.processor.operations.collect;
