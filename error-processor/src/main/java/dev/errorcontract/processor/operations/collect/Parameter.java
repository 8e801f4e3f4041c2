package dev.errorcontract.processor.operations.collect;

/**
 * A path or query parameter of a resource method.
 *
 * @param in {@code path} or {@code query}
 * @param schemaType the JSON schema type its Java type converts from: {@code integer}, {@code number},
 *     {@code boolean} or {@code string}
 */
public record Parameter(String name, String in, String schemaType) {}
