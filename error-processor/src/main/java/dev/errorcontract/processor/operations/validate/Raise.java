package dev.errorcontract.processor.operations.validate;

import com.sun.source.tree.Tree;
import dev.errorcontract.processor.operations.derive.CatalogErrors.CatalogType;

/**
 * A place in a method body where a catalog error is created: a {@code new} of its exception, a
 * constructor reference such as {@code PassportException.InvalidNonce::new}, or a call of a private
 * method of the same class that creates one (directly or through further private methods).
 *
 * @param type the exception
 * @param tree the expression: the {@code new}, the reference, or the call
 * @param how what a message says happens there, such as {@code "new PassportException.InvalidNonce()"}
 */
record Raise(CatalogType type, Tree tree, String how) {}
