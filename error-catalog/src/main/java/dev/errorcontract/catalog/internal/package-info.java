/**
 * Support code that only generated code calls: the body shapes and their compiled templates ({@link
 * dev.errorcontract.catalog.internal.JsonShape}, {@link dev.errorcontract.catalog.internal.BodyTemplate},
 * {@link dev.errorcontract.catalog.internal.RowBodies}), the rows a generated enum holds ({@link
 * dev.errorcontract.catalog.internal.ErrorRow}, {@link dev.errorcontract.catalog.internal.StatusRow}) and
 * the JSON string encoder ({@link dev.errorcontract.catalog.internal.JsonText}).
 *
 * <p>Not an API: it changes with the processor that generates the calls, and users never import it.
 * Framework glue uses the interfaces of {@code dev.errorcontract.catalog} only.
 */
package dev.errorcontract.catalog.internal;
