/**
 * Phase 5 of the pipeline: the generated sources, and with {@code generate.docs} the documents, all
 * functions of the model. Imports the earlier phases only.
 */
package dev.errorcontract.processor.generate;
