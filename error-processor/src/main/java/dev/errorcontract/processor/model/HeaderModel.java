package dev.errorcontract.processor.model;

/** A header a documented status always carries. */
public record HeaderModel(String name, String value) {}
