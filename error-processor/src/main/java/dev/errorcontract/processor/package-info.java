/**
 * The annotation processors of error-contract. {@link dev.errorcontract.processor.ErrorCatalogProcessor}
 * runs one pipeline per catalog, and its packages are its phases, in this order:
 *
 * <ol>
 *   <li>{@code diagnostics}: the message catalog and the reports every phase writes to;
 *   <li>{@code collect}: every declared value read once from the annotations, with its position, into
 *       the declaration records;
 *   <li>{@code derive}: what the declaration means, derived once per catalog: its {@code Meaning}
 *       (answers, titles, names, coverage; for any declaration), then, once the declaration is valid,
 *       its complete {@code Description} with the runtime's rows and body shape and the catalog's JSON;
 *   <li>{@code validate}: every rule, each reading the declaration and what {@code derive} made of it;
 *   <li>{@code model}: the immutable model generators read, made only from a valid catalog;
 *   <li>{@code generate} (with {@code generate.docs}): the sources and documents.
 * </ol>
 *
 * <p>A package imports only packages of its own phase or earlier ones, and no packages import each
 * other in a cycle; {@code operations} is the per-operation pipeline of the same phases ({@code
 * operations.collect}, {@code operations.derive}, {@code operations.validate}), with its processor on
 * top. {@code PipelineOrderTest} checks this, and that the picture in the README is the real one.
 */
package dev.errorcontract.processor;
