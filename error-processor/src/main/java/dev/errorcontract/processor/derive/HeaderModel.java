package dev.errorcontract.processor.derive;

/** A header a documented status always carries. */
public record HeaderModel(String name, String value) {}
