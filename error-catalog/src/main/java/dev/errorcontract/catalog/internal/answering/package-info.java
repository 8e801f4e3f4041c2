/**
 * What the framework adapters share to answer outside the generated code: the catalog's answer to
 * every error code and framework condition ({@link
 * dev.errorcontract.catalog.internal.answering.AnswerTable}), the correlation id of an answer, how it
 * is logged, at which level, in which header and as which {@code instance} ({@link
 * dev.errorcontract.catalog.internal.answering.Correlation}), and the catalogs a deployment answers for
 * ({@link dev.errorcontract.catalog.internal.answering.DeployedTables}). Framework-free, so that the
 * JAX-RS glue ({@code error-jaxrs}, its Vert.x routes included) and the servlet ({@code
 * error-servlet}) answer with one piece of code.
 *
 * <p>Public because those modules are other packages; not an API: applications and generated code
 * never import it, and it may change in any release.
 */
package dev.errorcontract.catalog.internal.answering;
