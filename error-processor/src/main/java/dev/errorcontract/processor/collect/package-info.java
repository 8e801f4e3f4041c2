/**
 * Phase 1 of the pipeline: reads an {@code @ErrorCatalog} declaration, and every value its annotations
 * declare, once, into the declaration records of {@link dev.errorcontract.processor.collect.Declarations},
 * each value with its source position. Later phases read these records, never the annotations' values;
 * they use annotations and elements only as positions for diagnostics. Imports only {@code diagnostics}.
 */
package dev.errorcontract.processor.collect;
