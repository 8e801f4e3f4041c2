/**
 * Documentation from the catalog, part of the {@code generate} phase.
 *
 * <p>{@link dev.errorcontract.processor.generate.docs.DocsGenerator} writes, per catalog, into the class
 * output under {@code META-INF/error-contract/} (so they ship inside the jar), with the catalog type as
 * originating element:
 *
 * <ul>
 *   <li>{@code <Name>.md}: the status table and the error table with the columns {@code @PublishedPage}
 *       declares (by default {@code Code | Title | Description} and {@code Error Detail | Description};
 *       a status row's codes cell reads {@code 500, 502, 503, 504} or {@code 5XX}), the answers the
 *       library adds (marked as such), which answer each framework condition gets, and the body's
 *       members with an example; columns padded like the published pages, cells in {@link
 *       dev.errorcontract.processor.derive.PageFormat#cell cell form};
 *   <li>{@code <Name>.openapi.json}: OpenAPI 3.1 components: the body schema (members that can be
 *       left out are not required), one response per error status row with the codes it covers
 *       ({@code x-error-contract-codes}), one example per error keyed by its constant name, an added
 *       answer's example saying so. Example values are
 *       the bytes the runtime's {@code JsonShape} renders, embedded unchanged; a template's example
 *       carries its detail as published ({@code Invalid limit: {limit}}) and says so in its description.
 *       {@code info.version} is a digest of the catalog data, since a catalog has no version of its own;
 *   <li>{@code <Name>.catalog.json}: the model as data for tools, with a {@code format} number (2:
 *       codes, ranges, attributes, per-row titles and types, answered conditions, media type, columns).
 * </ul>
 *
 * <p>Catalogs of one name in different packages of one compilation write theirs under their package
 * ({@code META-INF/error-contract/com/example/Passport.md}), so neither overwrites the other.
 *
 * <p>Everything is a function of the model: no timestamps, insertion-ordered JSON with one fixed
 * layout, so an unchanged catalog gives byte-identical files.
 *
 * <p>The drift check behind {@code @PublishedPage} ({@code validate.PublishedPageValidator}) reads pages
 * with the same cell rules ({@link dev.errorcontract.processor.derive.PageFormat}) the page generator
 * writes them with.
 */
package dev.errorcontract.processor.generate.docs;
