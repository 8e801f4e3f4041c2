/**
 * Phase 1 of the operations pipeline: the handler methods as declared, read by the runtime adapters
 * ({@link dev.errorcontract.processor.spi.RuntimeAdapter#handlerMethod}).
 */
package dev.errorcontract.processor.operations.collect;
