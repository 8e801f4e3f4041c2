/**
 * The runtime-adapter service interface: how a web framework's glue plugs into the processor, which
 * itself knows no framework. An adapter is a {@link dev.errorcontract.processor.spi.RuntimeAdapter}
 * found with {@link java.util.ServiceLoader} on the annotation processor path; it generates what its
 * framework needs for each catalog ({@link dev.errorcontract.processor.spi.CatalogContext}) and reads its
 * framework's handler methods for the per-operation contracts ({@link
 * dev.errorcontract.processor.spi.HandlerMethod}). This package imports no other package of the
 * processor: it is all an adapter may rely on.
 */
package dev.errorcontract.processor.spi;
