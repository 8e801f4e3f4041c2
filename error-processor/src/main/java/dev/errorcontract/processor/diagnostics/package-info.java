/**
 * Phase 0 of the pipeline: the message catalog with its stable keys, positions, and the reports every
 * later phase writes its problems to. Imports no other package of the processor.
 */
package dev.errorcontract.processor.diagnostics;
