package dev.errorcontract.processor.derive;

import dev.errorcontract.catalog.Column;

/**
 * A column of a documentation table: its header as the page writes it and what its cells hold.
 *
 * @param attribute the attribute shown, for {@link Column.Cell#ATTRIBUTE}; null otherwise
 */
public record ColumnModel(String header, Column.Cell cell, String attribute) {}
