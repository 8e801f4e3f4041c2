package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.DocumentedError;

/**
 * Implemented by every JAX-RS provider the processor generates for a catalog, naming the catalog by its
 * generated error enum. It lets {@code ErrorContractFeature} see, from the classes an application has
 * registered (by scanning or by listing them), that a catalog's generated providers are there, and
 * register nothing of the same kind a second time. It has no methods: implementations never call it.
 *
 * <p>Internal: public so that generated providers can implement it (the Jersey adapter, in {@code
 * internal.jersey}, looks for it too); not an API.
 *
 * @param <E> the catalog's generated error enum, such as {@code PassportError}
 */
public interface GeneratedProvider<E extends Enum<E> & DocumentedError> {}
