/**
 * Documentation from the catalog, and the check that a published page still says what the catalog
 * does.
 *
 * <p>{@link dev.errorcontract.processor.generate.docs.DocsGenerator} writes, per catalog, into the class
 * output under {@code META-INF/error-contract/} (so they ship inside the jar), with the catalog type as
 * originating element:
 *
 * <ul>
 *   <li>{@code <Name>.md}: the status table ({@code Code | Title | Description}), the error table
 *       ({@code Error Detail | Description}) when the catalog has error rows, and the body's members
 *       with an example; columns padded like the published pages, {@code |} escaped in cells;
 *   <li>{@code <Name>.openapi.json}: OpenAPI 3.1 components: the body schema, one response per
 *       documented error status, one example per error keyed by its constant name. Example values are
 *       the bytes the runtime's {@code JsonShape} renders, embedded unchanged; a template's example
 *       carries its detail as published ({@code Invalid limit: {limit}}) and says so in its description.
 *       {@code info.version} is a digest of the catalog data, since a catalog has no version of its own;
 *   <li>{@code <Name>.catalog.json}: the model as data for tools, with a {@code format} number.
 * </ul>
 *
 * <p>Everything is a function of the model: no timestamps, insertion-ordered JSON with one fixed
 * layout, so an unchanged catalog gives byte-identical files.
 *
 * <p>{@link dev.errorcontract.processor.generate.docs.PublishedPageCheck} is the drift check behind
 * {@code @PublishedPage}; it reads pages with the same cell rules the page generator writes them with.
 */
package dev.errorcontract.processor.generate.docs;
