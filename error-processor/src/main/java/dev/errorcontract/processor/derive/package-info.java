/**
 * Phase 2 of the pipeline: what a catalog means, derived once per catalog and read by every later
 * phase.
 *
 * <ul>
 *   <li>{@link dev.errorcontract.processor.derive.Meaning}, for any declaration, valid or not: which codes
 *       each status row covers, titles, generated names, inherited attributes, which row answers each
 *       status and condition. The validators check the declaration against it.
 *   <li>{@link dev.errorcontract.processor.derive.Description}, made by {@link
 *       dev.errorcontract.processor.derive.Describer} once the declaration is valid: every answer (the
 *       rows and the answers the library adds) with its template, arguments and attributes, and the
 *       body. The ambiguity check and the baseline comparison read it, and the generators' model wraps
 *       it. Its records keep their earlier names ({@code ErrorModel}, {@code StatusModel}, ...).
 *   <li>What both the checks and the generators read from it: the runtime's own rows and body shape
 *       ({@link dev.errorcontract.processor.derive.RuntimeModel}), the catalog's JSON ({@link
 *       dev.errorcontract.processor.derive.CatalogJson}) and the cell form of the pages ({@link
 *       dev.errorcontract.processor.derive.PageFormat}).
 * </ul>
 *
 * <p>Imports only {@code diagnostics} and {@code collect}.
 */
package dev.errorcontract.processor.derive;
