/**
 * The baseline comparison: after the model is built, the catalog's {@code .catalog.json} is compared
 * with the previous release's ({@code @ErrorCatalog(baseline)}) by error-evolution's {@link
 * dev.errorcontract.evolution.Differ}, the one place deciding what is breaking, and every change is
 * reported at the row it concerns.
 */
package dev.errorcontract.processor.evolve;
